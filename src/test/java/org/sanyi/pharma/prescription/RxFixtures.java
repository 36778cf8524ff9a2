package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;

/**
 * Prescriptions as a HIS builds and signs them: the canonical text computed from the same
 * values it sends, signed with the doctor's own key (a HIS's signing device).
 */
final class RxFixtures {

	static final String TICAGRELOR = "XB01ACA003A001010101073";

	static final String SITAGLIPTIN = "XA10BHA001A001010101480";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private RxFixtures() {
	}

	/** A doctor's or pharmacist's key pair. */
	static RxSignatures.KeyPair key(Algorithm algorithm) {
		return RxSignatures.generate(algorithm, new SecureRandom());
	}

	static String nextHospRxno() {
		return "IT" + ProcessHandle.current().pid() % 10_000 + "-" + SEQUENCE.incrementAndGet();
	}

	/**
	 * A 7101/7102 input for {@code person}: one line of sitagliptin 100 mg qd for
	 * {@code days} days, 4 boxes.
	 */
	static Map<String, Object> prescription(String hospRxno, NewPerson person, String doctor, int days,
			boolean repeat) {
		Map<String, Object> rx = new LinkedHashMap<>();
		rx.put("hosp_rxno", hospRxno);
		rx.put("rx_type_code", "3");
		rx.put("psn_no", person.psnNo());
		rx.put("patn_name", person.name());
		rx.put("prsc_dept_name", "内分泌科");
		rx.put("prsc_dr_code", doctor);
		rx.put("prsc_dr_name", "测试医生");
		rx.put("dise_codg", "E11.900");
		rx.put("dise_name", "2型糖尿病");
		rx.put("valid_days", "30");
		rx.put("rept_flag", repeat ? "1" : "0");
		if (repeat) {
			rx.put("max_rept_cnt", "2");
			rx.put("min_inrv_days", "28");
		}
		rx.put("rx_cotn_flag", "0");
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("med_list_codg", SITAGLIPTIN);
		line.put("drug_genname", "西格列汀片");
		line.put("sin_doscnt", "100");
		line.put("sin_dosunt", "mg");
		line.put("used_frqu_codg", "qd");
		line.put("medc_way_codg", "口服");
		line.put("prd_days", Integer.toString(days));
		line.put("ent_cnt", "4");
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("rxinfo", rx);
		input.put("rxdetail", List.of(line));
		input.put("mdtrtinfo", Map.of("gend", person.sex(), "brdy", person.birthDate().toString()));
		return input;
	}

	/** The canonical text of what {@link #prescription} sends. */
	static String canonical(String institution, Map<String, Object> input) {
		@SuppressWarnings("unchecked")
		Map<String, Object> rx = (Map<String, Object>) input.get("rxinfo");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lines = (List<Map<String, Object>>) input.get("rxdetail");
		List<RxContent.Line> content = new ArrayList<>();
		for (Map<String, Object> l : lines) {
			content
				.add(new RxContent.Line((String) l.get("med_list_codg"), new BigDecimal((String) l.get("sin_doscnt")),
						(String) l.get("sin_dosunt"), (String) l.get("used_frqu_codg"), (String) l.get("medc_way_codg"),
						Integer.parseInt((String) l.get("prd_days")), new BigDecimal((String) l.get("ent_cnt"))));
		}
		boolean repeat = "1".equals(rx.get("rept_flag"));
		return new RxContent(institution, (String) rx.get("hosp_rxno"), "", (String) rx.get("rx_type_code"),
				(String) rx.get("psn_no"), (String) rx.get("prsc_dr_code"), (String) rx.get("dise_codg"),
				Integer.parseInt((String) rx.get("valid_days")), repeat,
				repeat ? Integer.parseInt((String) rx.get("max_rept_cnt")) : 1,
				repeat ? Integer.parseInt((String) rx.get("min_inrv_days")) : 0, false, content)
			.canonicalText();
	}

	/** The input with the doctor's signature of its canonical text. */
	static Map<String, Object> signed(String institution, Map<String, Object> input, RxSignatures.KeyPair key) {
		Map<String, Object> out = new LinkedHashMap<>(input);
		out.put("signinfo", Map.of("sign_algorithm", key.algorithm().name(), "dr_sign",
				RxSignatures.sign(key.algorithm(), key.privateKey(), canonical(institution, input))));
		return out;
	}

	/** A 7206 line: {@code boxes} boxes with as many distinct 追溯码. */
	static Map<String, Object> soldLine(String code, int boxes, String price) {
		List<String> traces = new ArrayList<>();
		int base = SEQUENCE.addAndGet(boxes);
		for (int i = 0; i < boxes; i++) {
			traces
				.add("81" + "%06d".formatted(ProcessHandle.current().pid() % 1_000_000) + "%012d".formatted(base + i));
		}
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("med_list_codg", code);
		l.put("cnt", Integer.toString(boxes));
		l.put("pric", price);
		l.put("manu_lotnum", "LOT-IT-1");
		l.put("expy_end", "2028-12-31");
		l.put("drug_trac_codg", traces);
		return l;
	}

}
