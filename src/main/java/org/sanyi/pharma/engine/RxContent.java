package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a doctor signs: the prescription's header and its drug lines, with the national
 * field names (next-wave.md §3.2, YG7101).
 *
 * @param institutionCode {@code fixmedins_code}
 * @param hospRxno {@code hosp_rxno}
 * @param initRxno {@code init_rxno} of a renewal, else empty
 * @param rxTypeCode {@code rx_type_code}: see {@link RxType}
 * @param psnNo {@code psn_no}
 * @param doctorCode {@code prsc_dr_code}
 * @param diagnosisCode {@code dise_codg}
 * @param validDays {@code valid_days}
 * @param repeat {@code rept_flag}
 * @param maxRepeats {@code max_rept_cnt} (1 unless repeat)
 * @param minIntervalDays {@code min_inrv_days}
 * @param continuation {@code rx_cotn_flag} (a renewal, 复诊续方)
 * @param lines the drug lines, in order
 */
public record RxContent(String institutionCode, String hospRxno, String initRxno, String rxTypeCode, String psnNo,
		String doctorCode, String diagnosisCode, int validDays, boolean repeat, int maxRepeats, int minIntervalDays,
		boolean continuation, List<Line> lines) {

	public RxContent {
		lines = List.copyOf(lines);
	}

	/**
	 * A drug line.
	 *
	 * @param code {@code med_list_codg}
	 * @param singleDose {@code sin_doscnt}
	 * @param doseUnit {@code sin_dosunt}
	 * @param frequency {@code used_frqu_codg} (qd, bid, tid, qid, qn, q12h, q8h, prn)
	 * @param route {@code medc_way_codg}
	 * @param days {@code prd_days}
	 * @param quantity {@code ent_cnt} in the pricing unit
	 */
	public record Line(String code, BigDecimal singleDose, String doseUnit, String frequency, String route, int days,
			BigDecimal quantity) {
	}

	/**
	 * The text the signatures cover: the non-empty header fields sorted by name as
	 * {@code name=value}, then each line's fields sorted by name as
	 * {@code rxdetail[i].name=value}, joined by {@code &} (the national open interface's
	 * signing order, insurance.md §4.3). Numbers in plain notation without trailing
	 * zeros, flags as 0/1, so the HIS and the platform compute the same text from the
	 * same values.
	 */
	public String canonicalText() {
		Map<String, String> header = new TreeMap<>();
		header.put("dise_codg", diagnosisCode);
		header.put("fixmedins_code", institutionCode);
		header.put("hosp_rxno", hospRxno);
		header.put("init_rxno", initRxno);
		header.put("max_rept_cnt", Integer.toString(maxRepeats));
		header.put("min_inrv_days", Integer.toString(minIntervalDays));
		header.put("prsc_dr_code", doctorCode);
		header.put("psn_no", psnNo);
		header.put("rept_flag", repeat ? "1" : "0");
		header.put("rx_cotn_flag", continuation ? "1" : "0");
		header.put("rx_type_code", rxTypeCode);
		header.put("valid_days", Integer.toString(validDays));
		List<String> parts = new ArrayList<>();
		append(parts, "", header);
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			Map<String, String> line = new TreeMap<>();
			line.put("ent_cnt", plain(l.quantity()));
			line.put("med_list_codg", l.code());
			line.put("medc_way_codg", l.route());
			line.put("prd_days", Integer.toString(l.days()));
			line.put("sin_doscnt", plain(l.singleDose()));
			line.put("sin_dosunt", l.doseUnit());
			line.put("used_frqu_codg", l.frequency());
			append(parts, "rxdetail[" + i + "].", line);
		}
		return String.join("&", parts);
	}

	private static void append(List<String> parts, String prefix, Map<String, String> fields) {
		fields.forEach((k, v) -> {
			if (v != null && !v.isEmpty()) {
				parts.add(prefix + k + "=" + v);
			}
		});
	}

	private static String plain(BigDecimal d) {
		return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
	}

}
