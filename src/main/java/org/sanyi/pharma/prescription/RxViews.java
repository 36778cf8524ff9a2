package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.engine.PrescriptionRules;

/** A prescription in the national output fields (7104, 7202, 7203). */
final class RxViews {

	private RxViews() {
	}

	static Map<String, Object> summary(PrescriptionRow rx, OffsetDateTime now) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("hi_rxno", rx.hiRxno());
		out.put("hosp_rxno", rx.hospRxno());
		out.put("init_rxno", rx.initRxno() == null ? "" : rx.initRxno());
		out.put("fixmedins_code", rx.institutionCode());
		out.put("psn_no", rx.psnNo());
		out.put("rx_type_code", rx.rxTypeCode());
		out.put("rx_stas_codg", rx.state().name());
		out.put("expired", rx.expiredAt(now) ? "1" : "0");
		out.put("valid_end_time", RxClock.format(rx.validEnd()));
		out.put("rept_flag", rx.repeat() ? "1" : "0");
		out.put("max_rept_cnt", rx.maxRepeats());
		out.put("reptd_cnt", rx.used());
		out.put("min_inrv_days", rx.minIntervalDays());
		out.put("rx_cotn_flag", rx.continuation() ? "1" : "0");
		java.time.LocalDate next = PrescriptionRules.nextUse(rx.rules());
		out.put("next_use_date", next == null ? "" : next.toString());
		out.put("chosen_pharmacy", rx.chosenPharmacy() == null ? "" : rx.chosenPharmacy());
		out.put("holder_pharmacy", rx.holderPharmacy() == null ? "" : rx.holderPharmacy());
		out.put("review_result", rx.reviewResult() == null ? "" : rx.reviewResult());
		out.put("undo_rea", rx.revokeReason() == null ? "" : rx.revokeReason());
		return out;
	}

	static Map<String, Object> full(PrescriptionRow rx, List<RxLineRow> lines, List<RxEventRow> events,
			OffsetDateTime now) {
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> info = summary(rx, now);
		info.put("patn_name", rx.patientName());
		info.put("prsc_dept_name", rx.deptName());
		info.put("prsc_dr_code", rx.doctorCode());
		info.put("prsc_dr_name", rx.doctorName());
		info.put("dise_codg", rx.diagnosisCode());
		info.put("dise_name", rx.diagnosisName());
		info.put("valid_days", rx.validDays());
		info.put("sign_algorithm", rx.signAlgorithm());
		info.put("dr_sign", rx.doctorSignature());
		out.put("rxinfo", info);
		out.put("rxdetail", lines.stream().map(RxViews::line).toList());
		out.put("rxtrace", events.stream().map(RxViews::event).toList());
		return out;
	}

	static Map<String, Object> line(RxLineRow l) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("med_list_codg", l.code());
		out.put("drug_genname", l.name());
		out.put("sin_doscnt", l.singleDose().stripTrailingZeros().toPlainString());
		out.put("sin_dosunt", l.doseUnit());
		out.put("used_frqu_codg", l.frequency());
		out.put("medc_way_codg", l.route());
		out.put("prd_days", l.days());
		out.put("ent_cnt", l.quantity());
		return out;
	}

	static Map<String, Object> event(RxEventRow e) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("kind", e.kind());
		out.put("time", RxClock.format(e.at()));
		out.put("opter", e.actor());
		out.put("fixmedins_code", e.institution() == null ? "" : e.institution());
		out.put("dscr", e.detail());
		return out;
	}

	static Map<String, Object> dispensing(DispensingRow d) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("use_no", d.useNo());
		out.put("fixmedins_code", d.pharmacyCode());
		out.put("setl_id", d.setlId() == null ? "" : d.setlId());
		out.put("pay_mode", d.payMode());
		out.put("phar_code", d.pharmacistCode());
		out.put("disp_code", d.dispenserCode());
		out.put("chk_code", d.checkerCode());
		out.put("sel_date", d.dispensedOn().toString());
		out.put("sumamt", d.amount());
		out.put("drugdetail", d.lines().stream().map(l -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("med_list_codg", l.code());
			m.put("cnt", l.quantity());
			m.put("pric", l.unitPrice());
			m.put("manu_lotnum", l.batchNo());
			m.put("expy_end", l.expiry().toString());
			m.put("drug_trac_codg", List.of(l.traceCodes().split(",")));
			return m;
		}).toList());
		return out;
	}

}
