package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Rows of visits, their diagnoses and fee lines. */
public final class Visits {

	private Visits() {
	}

	/**
	 * A visit (就诊): an outpatient registration (2201) or an admission (2401).
	 *
	 * @param visitId {@code mdtrt_id}
	 * @param psnNo {@code psn_no}
	 * @param insutype {@code insutype}
	 * @param institution {@code fixmedins_code}
	 * @param institutionName its name
	 * @param institutionRegion its registry region
	 * @param hospitalLevel {@code hosp_lv}
	 * @param treatmentRegion {@code mdtrtarea_admvs}
	 * @param insuredRegion {@code insuplc_admdvs}
	 * @param kind OUTPATIENT or INPATIENT
	 * @param medType {@code med_type}, once known
	 * @param hospitalNo {@code ipt_otp_no}
	 * @param begin {@code begntime}
	 * @param end {@code endtime} (discharge)
	 * @param certType {@code mdtrt_cert_type}
	 * @param certNo {@code mdtrt_cert_no}
	 * @param diseaseCode {@code dise_codg}
	 * @param diseaseName {@code dise_name}
	 * @param doctorCode {@code atddr_no}
	 * @param doctorName {@code dr_name}
	 * @param deptCode {@code dept_code} / {@code adm_dept_codg}
	 * @param deptName {@code dept_name}
	 * @param caty {@code caty}
	 * @param bed {@code adm_bed}
	 * @param dischargeWay {@code dscg_way}
	 * @param status REGISTERED, ADMITTED, DISCHARGED, SETTLED, CANCELLED
	 * @param createdMsgid the msgid of 2201/2401
	 */
	public record VisitRow(String visitId, String psnNo, String insutype, String institution, String institutionName,
			String institutionRegion, String hospitalLevel, String treatmentRegion, String insuredRegion, String kind,
			String medType, String hospitalNo, LocalDateTime begin, LocalDateTime end, String certType, String certNo,
			String diseaseCode, String diseaseName, String doctorCode, String doctorName, String deptCode,
			String deptName, String caty, String bed, String dischargeWay, VisitStatus status, String createdMsgid) {

		public boolean inpatient() {
			return "INPATIENT".equals(kind);
		}

	}

	/** A diagnosis of a visit ({@code diseinfo}). */
	public record Diagnosis(int order, String type, boolean main, String code, String name, String dept,
			String doctorCode, String doctorName, LocalDateTime time) {
	}

	/**
	 * A fee line as uploaded and classified. A refund line (退费明细) names its original
	 * ({@code initLineNo} = {@code init_feedetl_sn}, {@code initLineId} = the original's
	 * row id), has a negative quantity and amount, and its split is the change it makes
	 * to the original's split; any other line has both {@code null}. {@code days} is
	 * {@code prd_days} (the days a drug line supplies) when the HIS sent it;
	 * {@code externalRx} the {@code rxno} of a line dispensed on an external prescription
	 * ({@code rx_circ_flag} 1), a refund line's its original's.
	 */
	public record FeeLineRow(long id, String visitId, String lineNo, String batchNo, String code, String hospitalCode,
			String itemName, String chargeType, BigDecimal price, BigDecimal quantity, BigDecimal amount,
			LocalDateTime occurredAt, String deptCode, String doctorCode, String catalogueClass,
			BigDecimal selfPayRatio, BigDecimal priceCap, BigDecimal fullOwnPay, BigDecimal overLimit,
			BigDecimal preSelfPay, BigDecimal inScope, String status, String setlId, String uploadMsgid,
			String initLineNo, Long initLineId, Integer days, String externalRx) {

		/**
		 * A charge line (no original); {@code days} is {@code prd_days} or null,
		 * {@code externalRx} the external prescription or null.
		 */
		public FeeLineRow(long id, String visitId, String lineNo, String batchNo, String code, String hospitalCode,
				String itemName, String chargeType, BigDecimal price, BigDecimal quantity, BigDecimal amount,
				LocalDateTime occurredAt, String deptCode, String doctorCode, String catalogueClass,
				BigDecimal selfPayRatio, BigDecimal priceCap, BigDecimal fullOwnPay, BigDecimal overLimit,
				BigDecimal preSelfPay, BigDecimal inScope, String status, String setlId, String uploadMsgid,
				Integer days, String externalRx) {
			this(id, visitId, lineNo, batchNo, code, hospitalCode, itemName, chargeType, price, quantity, amount,
					occurredAt, deptCode, doctorCode, catalogueClass, selfPayRatio, priceCap, fullOwnPay, overLimit,
					preSelfPay, inScope, status, setlId, uploadMsgid, null, null, days, externalRx);
		}

		public boolean refund() {
			return initLineId != null;
		}

	}

}
