package org.sanyi.pharma.prescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxType;
import tools.jackson.databind.JsonNode;

/**
 * A 7101/7102 input read: {@code rxinfo{…}}, {@code rxdetail[…]}, {@code mdtrtinfo{gend,
 * brdy, pregnancy_weeks}} and, at 7102, {@code signinfo{sign_algorithm, dr_sign}}.
 *
 * @param content what the doctor signs
 * @param patientName {@code patn_name}
 * @param deptName {@code prsc_dept_name}
 * @param doctorName {@code prsc_dr_name}
 * @param diagnosisName {@code dise_name}
 * @param longReason {@code long_rx_reason}: why more days than the kind allows
 * @param sex {@code gend} 1/2/9
 * @param birthDate {@code brdy}
 * @param pregnancyWeeks {@code pregnancy_weeks}, 0 when not pregnant
 * @param doctorTitle {@code prsc_dr_title}: 1 resident, 2 attending, 3 associate chief, 4
 * chief (for the antimicrobial tiers)
 * @param consulted {@code cnsl_flag}: a 特殊使用级 antimicrobial agreed in a consultation
 * @param lineNames {@code drug_genname} of each line
 */
record RxUpload(RxContent content, String patientName, String deptName, String doctorName, String diagnosisName,
		String longReason, String sex, LocalDate birthDate, int pregnancyWeeks, int doctorTitle, boolean consulted,
		List<String> lineNames) {

	private static final Set<String> FREQUENCIES = Set.of("qd", "bid", "tid", "qid", "qn", "q12h", "q8h", "q6h", "qw",
			"biw", "prn", "st");

	static RxUpload read(JsonNode input, String institutionCode) {
		RxFields rx = RxFields.input(input, "rxinfo");
		String type = rx.text("rx_type_code", 3);
		if (RxType.ofCode(type).isEmpty()) {
			throw RxFields.invalid(rx.at("rx_type_code"), type);
		}
		boolean repeat = rx.flag("rept_flag");
		int maxRepeats = repeat ? rx.integer("max_rept_cnt", 2, 12) : rx.optionalInteger("max_rept_cnt", 1, 1, 1);
		int interval = repeat ? rx.integer("min_inrv_days", 1, 90) : rx.optionalInteger("min_inrv_days", 0, 0, 0);
		boolean continuation = rx.flag("rx_cotn_flag");
		String init = rx.optionalText("init_rxno", 40);
		if (continuation && init.isEmpty()) {
			throw RxFields.invalid(rx.at("init_rxno"), "");
		}
		List<RxContent.Line> lines = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (RxFields l : RxFields.root(input).array("rxdetail", 20)) {
			String frequency = l.text("used_frqu_codg", 10).toLowerCase(java.util.Locale.ROOT);
			if (!FREQUENCIES.contains(frequency)) {
				throw RxFields.invalid(l.at("used_frqu_codg"), frequency);
			}
			lines.add(new RxContent.Line(l.text("med_list_codg", 50), l.positive("sin_doscnt", 4),
					l.text("sin_dosunt", 20), frequency, l.text("medc_way_codg", 20), l.integer("prd_days", 1, 84),
					l.positive("ent_cnt", 2)));
			names.add(l.optionalText("drug_genname", 200));
		}
		RxContent content = new RxContent(institutionCode, rx.text("hosp_rxno", 40), init, type, rx.text("psn_no", 30),
				rx.text("prsc_dr_code", 30), rx.text("dise_codg", 30), rx.integer("valid_days", 1, 90), repeat,
				maxRepeats, interval, continuation, lines);
		RxFields m = RxFields.input(input, "mdtrtinfo");
		String sex = m.code("gend", Set.of("1", "2", "9"));
		int weeks = m.optionalInteger("pregnancy_weeks", 0, 45, 0);
		if (weeks > 0 && !"2".equals(sex)) {
			throw RxFields.invalid(m.at("pregnancy_weeks"), Integer.toString(weeks));
		}
		return new RxUpload(content, rx.text("patn_name", 50), rx.text("prsc_dept_name", 100),
				rx.text("prsc_dr_name", 50), rx.text("dise_name", 200), rx.optionalText("long_rx_reason", 200), sex,
				m.date("brdy"), weeks, rx.optionalInteger("prsc_dr_title", 1, 4, 2), rx.flag("cnsl_flag"), names);
	}

}
