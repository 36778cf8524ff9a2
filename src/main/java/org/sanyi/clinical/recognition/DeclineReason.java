package org.sanyi.clinical.recognition;

/**
 * Why a doctor orders the test again although a recognisable result exists: the
 * exceptions of 《医疗机构检查检验结果 互认管理办法》 (国卫医发〔2022〕6号). A failed external quality assessment
 * is not a reason here: such results are never offered.
 */
public enum DeclineReason {

	/** 病情变化或结果与临床表现不符 */
	CONDITION_CHANGED,
	/** 检查检验项目指标变化快 */
	FAST_CHANGING,
	/** 手术、输血等重大医疗措施前 */
	MAJOR_INTERVENTION,
	/** 急诊、急救等抢救 */
	EMERGENCY,
	/** 司法、伤残、病退等鉴定 */
	FORENSIC_ASSESSMENT,
	/** 患者或家属要求复查 */
	PATIENT_REQUEST,
	/** 间隔时间过长，结果已无参考价值 */
	TOO_LONG_AGO,
	/** 结果接近临界值，需要复核 */
	NEAR_THRESHOLD,
	/** 医生认为有必要复查 */
	PHYSICIAN_JUDGEMENT,
	/** 其他不可预知的临床需要 */
	OTHER

}
