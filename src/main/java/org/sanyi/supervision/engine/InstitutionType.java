package org.sanyi.supervision.engine;

/**
 * 医疗机构类型 of the national rule template, as far as a rule needs to tell institutions
 * apart: a rule for hospitals only (限医院) should not fire at a village clinic or a
 * pharmacy, and costs per visit are compared among institutions of the same level and
 * type (同级同类).
 */
public enum InstitutionType {

	/** 综合医院. */
	GENERAL,
	/** 中医医院 (also 中西医结合、民族医). */
	TCM,
	/** 专科医院 (also 妇幼保健院). */
	SPECIALTY,
	/** 基层医疗卫生机构: 乡镇卫生院、社区卫生服务中心、村卫生室. */
	PRIMARY,
	/** 定点零售药店. */
	PHARMACY

}
