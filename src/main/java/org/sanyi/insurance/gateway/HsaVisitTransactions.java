package org.sanyi.insurance.gateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.settlement.VisitService;
import org.sanyi.insurance.settlement.VisitService.AdmissionChange;
import org.sanyi.insurance.settlement.VisitService.NewVisit;
import org.sanyi.insurance.settlement.VisitService.UploadedLine;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.Masking;

import org.springframework.stereotype.Component;

/**
 * The visit transactions: outpatient registration and its cancellation (2201/2202), visit
 * information (2203), admission, discharge and their cancellations (2401/2402/2404/2405),
 * fee lines and their cancellation (2204/2205 outpatient, 2301/2302 inpatient).
 */
@Component
class HsaVisitTransactions implements HsaTransaction.Group {

	private static final Set<String> CERT_TYPES = Set.of("01", "02", "03");

	private static final Set<String> INSUTYPES = Set.of("310", "390");

	static final int MAX_DIAGNOSES = 40;

	/**
	 * ICD-10 医保版: category, subcategory with an optional extension (x001), optional
	 * dagger-asterisk pair.
	 */
	static final Pattern ICD10 = Pattern
		.compile("[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,3}([A-Za-z][0-9]{3})?)?(\\+[A-Z][0-9]{2}(\\.[0-9A-Za-z])?\\*)?");

	/**
	 * 中医病证分类与代码: GB/T 15657-2021 (A04.03.03) and the older six-character codes (BNW010).
	 */
	static final Pattern TCM = Pattern.compile("[A-Z][A-Z0-9]{1,5}(\\.[0-9A-Z]{1,3}){0,4}");

	static final Pattern DISEASE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+*_-]{0,29}");

	private final VisitService visits;

	private final VoucherUse vouchers;

	HsaVisitTransactions(VisitService visits, VoucherUse vouchers) {
		this.vouchers = vouchers;
		this.visits = visits;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("2201", this::register);
		transactions.put("2202", call -> cancel(call, false, "2202"));
		transactions.put("2203", this::describe);
		transactions.put("2401", this::admit);
		transactions.put("2402", this::discharge);
		transactions.put("2403", this::changeAdmission);
		transactions.put("2404", call -> cancel(call, true, "2404"));
		transactions.put("2405", this::undoDischarge);
		transactions.put("2204", call -> upload(call, false, "2204"));
		transactions.put("2301", call -> upload(call, true, "2301"));
		transactions.put("2205", call -> cancelLines(call, false, "2205"));
		transactions.put("2302", call -> cancelLines(call, true, "2302"));
	}

	/** 2201 门诊挂号 → {@code data{mdtrt_id, psn_no, ipt_otp_no}}. */
	Map<String, Object> register(HsaCall call) {
		HsaInput d = call.input().node("data");
		String certType = d.code("mdtrt_cert_type", CERT_TYPES);
		NewVisit visit = new NewVisit(call.institution(), d.text("psn_no", 30), d.code("insutype", INSUTYPES),
				d.time("begntime"), certType, certificateNo(d, certType), d.text("ipt_otp_no", 30), null,
				d.optionalText("atddr_no", 30), d.optionalText("dr_name", 50), d.optionalText("dept_code", 30),
				d.optionalText("dept_name", 100), d.optionalText("caty", 10), null, null, null, List.of(),
				insuredRegion(call), call.msgid());
		vouchers.use(visit.certType(), visit.certNo(), visit.psnNo(), call.code(), "2201");
		VisitRow row = visits.open(visit, false);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("mdtrt_id", row.visitId());
		out.put("psn_no", row.psnNo());
		out.put("ipt_otp_no", row.hospitalNo());
		return Map.of("data", out);
	}

	/** 2401 入院办理 → {@code result{mdtrt_id}}. */
	Map<String, Object> admit(HsaCall call) {
		HsaInput m = call.input().node("mdtrtinfo");
		String certType = m.code("mdtrt_cert_type", CERT_TYPES);
		NewVisit visit = new NewVisit(call.institution(), m.text("psn_no", 30), m.code("insutype", INSUTYPES),
				m.time("begntime"), certType, certificateNo(m, certType), m.text("ipt_no", 30), m.text("med_type", 6),
				m.optionalText("atddr_no", 30), m.optionalText("chfpdr_name", 50), m.optionalText("adm_dept_codg", 30),
				m.optionalText("adm_dept_name", 100), null, m.optionalText("adm_bed", 30), diseaseCode(m),
				m.optionalText("dise_name", 300), diagnoses(call.input(), m.optionalText("psn_no", 30)),
				insuredRegion(call), call.msgid());
		vouchers.use(visit.certType(), visit.certNo(), visit.psnNo(), call.code(), "2401");
		VisitRow row = visits.open(visit, true);
		return Map.of("result", Map.of("mdtrt_id", row.visitId()));
	}

	/** 2203 门诊就诊信息上传: {@code mdtrtinfo} and {@code diseinfo[]}. */
	Map<String, Object> describe(HsaCall call) {
		HsaInput m = call.input().node("mdtrtinfo");
		String medType = m.text("med_type", 6);
		visits.describe(call.code(), m.text("mdtrt_id", 30), m.text("psn_no", 30), medType, diseaseCode(m),
				m.optionalText("dise_name", 300), diagnoses(call.input(), null));
		return Map.of();
	}

	/**
	 * 2403 住院信息变更: {@code adminfo} and, optionally, {@code diseinfo[]} (replacing the
	 * admission's).
	 */
	Map<String, Object> changeAdmission(HsaCall call) {
		HsaInput a = call.input().node("adminfo");
		visits.changeAdmission(call.code(), a.text("mdtrt_id", 30), a.text("psn_no", 30),
				new AdmissionChange(a.optionalText("med_type", 6), diseaseCode(a), a.optionalText("dise_name", 300),
						a.optionalText("adm_dept_codg", 30), a.optionalText("adm_dept_name", 100),
						a.optionalText("adm_bed", 30), a.optionalText("atddr_no", 30),
						a.optionalText("chfpdr_name", 50), diagnoses(call.input(), null)));
		return Map.of();
	}

	/** 2402 出院办理: {@code dscginfo} and {@code diseinfo[]}. */
	Map<String, Object> discharge(HsaCall call) {
		HsaInput d = call.input().node("dscginfo");
		visits.discharge(call.code(), d.text("mdtrt_id", 30), d.text("psn_no", 30), d.time("endtime"), diseaseCode(d),
				d.optionalText("dise_name", 300), d.optionalText("dscg_way", 3), diagnoses(call.input(), null));
		return Map.of();
	}

	/** 2202 门诊挂号撤销 / 2404 入院撤销. */
	Map<String, Object> cancel(HsaCall call, boolean inpatient, String infno) {
		HsaInput d = call.input().node("data");
		visits.cancel(call.code(), d.text("mdtrt_id", 30), d.text("psn_no", 30), inpatient, infno);
		return Map.of();
	}

	/** 2405 出院撤销. */
	Map<String, Object> undoDischarge(HsaCall call) {
		HsaInput d = call.input().node("data");
		visits.undoDischarge(call.code(), d.text("mdtrt_id", 30), d.text("psn_no", 30), "2405");
		return Map.of();
	}

	/**
	 * 2204 / 2301 费用明细上传 → {@code result[]}: the platform's classification of every line.
	 * A line with {@code init_feedetl_sn} is a refund (退费明细) of that line: negative
	 * {@code cnt} and amount, answered with its (negative) split.
	 */
	Map<String, Object> upload(HsaCall call, boolean inpatient, String infno) {
		List<HsaInput> feedetail = call.input().array("feedetail");
		if (feedetail.isEmpty()) {
			throw new BusinessException(InsuranceErrors.NO_FEE_LINES);
		}
		String visitId = feedetail.getFirst().text("mdtrt_id", 30);
		String psnNo = feedetail.getFirst().text("psn_no", 30);
		List<UploadedLine> lines = new ArrayList<>();
		for (HsaInput f : feedetail) {
			if (!visitId.equals(f.text("mdtrt_id", 30)) || !psnNo.equals(f.text("psn_no", 30))) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, f.path() + ".mdtrt_id",
						f.text("mdtrt_id", 30), "一次上传只能是同一人的同一次就诊");
			}
			lines.add(new UploadedLine(f.text("feedetl_sn", 30), inpatient ? null : f.text("chrg_bchno", 30),
					f.text("med_list_codg", 50), f.optionalText("medins_list_codg", 150),
					f.optionalText("medins_list_name", 200), f.decimal("pric", 6), f.decimal("cnt", 4),
					f.decimal("det_item_fee_sumamt", 2), f.optionalTime("fee_ocur_time"),
					f.optionalText("bilg_dept_codg", 30), f.optionalText("bilg_dr_codg", 30),
					f.optionalText("init_feedetl_sn", 30), f.optionalWhole("prd_days", 1, 366), externalRx(f)));
		}
		List<FeeLineRow> rows = visits.upload(call.code(), visitId, psnNo, lines, inpatient, call.msgid(), infno);
		return Map.of("result", rows.stream().map(HsaFields::lineResult).toList());
	}

	/**
	 * The {@code rxno} of a line dispensed on an external prescription
	 * ({@code rx_circ_flag} 1, 外购处方), which then must name it; null for any other line
	 * (its {@code rxno}, the HIS's own prescription number, is not kept).
	 */
	private static String externalRx(HsaInput f) {
		if (!f.flag("rx_circ_flag", false)) {
			return null;
		}
		String rxno = f.optionalText("rxno", 40);
		if (rxno == null) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, f.path() + ".rxno", "",
					"外购处方标志 rx_circ_flag 为 1 时必须填写外配处方编号");
		}
		return rxno;
	}

	/**
	 * 2205 {@code data{mdtrt_id, chrg_bchno, psn_no}} / 2302 {@code data{feedetl_sn,
	 * mdtrt_id, psn_no}}; 0000 = all.
	 */
	Map<String, Object> cancelLines(HsaCall call, boolean inpatient, String infno) {
		HsaInput d = call.input().node("data");
		int cancelled = visits.cancelLines(call.code(), d.text("mdtrt_id", 30), d.text("psn_no", 30),
				inpatient ? null : d.text("chrg_bchno", 30), inpatient ? d.text("feedetl_sn", 30) : null, inpatient,
				infno);
		return Map.of("data", Map.of("cnt", cancelled));
	}

	private static String insuredRegion(HsaCall call) {
		if (call.envelope().insuredRegion() == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, "insuplc_admdvs");
		}
		return call.envelope().insuredRegion();
	}

	/**
	 * {@code diseinfo[]}: at most {@value #MAX_DIAGNOSES} diagnoses with distinct
	 * positive {@code diag_srt_no}, codes of the national patterns (ICD-10 医保版 for
	 * Western diagnoses, the TCM disease and syndrome codes for {@code diag_type} 2/3).
	 * The bound keeps every stored copy of the codes, comma-joined, within its column
	 * (the DRG case keeps them in 1,000 characters: 40 codes of at most 22 characters and
	 * their commas fit).
	 */
	private static List<Diagnosis> diagnoses(HsaInput input, String ignored) {
		List<HsaInput> items = input.optionalArray("diseinfo");
		if (items.size() > MAX_DIAGNOSES) {
			throw new BusinessException(InsuranceErrors.TOO_MANY_DIAGNOSES, input.path() + ".diseinfo",
					String.valueOf(items.size()), String.valueOf(MAX_DIAGNOSES));
		}
		List<Diagnosis> out = new ArrayList<>();
		Set<Integer> orders = new HashSet<>();
		for (HsaInput d : items) {
			String order = d.text("diag_srt_no", 5);
			int srt;
			try {
				srt = Integer.parseInt(order);
			}
			catch (NumberFormatException ex) {
				srt = 0;
			}
			if (srt < 1) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, d.path() + ".diag_srt_no", order, "应为正整数");
			}
			if (!orders.add(srt)) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, d.path() + ".diag_srt_no", order, "诊断排序号重复");
			}
			String type = d.code("diag_type", Set.of("1", "2", "3"));
			String code = "1".equals(type)
					? d.pattern("diag_code", 30, ICD10, "应为 ICD-10 医保版诊断编码（如 K80.200、A01.000x005+J17.0*）", true)
					: d.pattern("diag_code", 30, TCM, "应为中医病证编码（如 A04.03.03、BNW010）", true);
			out.add(new Diagnosis(srt, type, d.has("maindiag_flag") ? d.flag("maindiag_flag", false) : srt == 1, code,
					d.text("diag_name", 300), d.optionalText("diag_dept", 100), d.optionalText("dise_dor_no", 30),
					d.optionalText("dise_dor_name", 50), d.optionalTime("diag_time")));
		}
		return out;
	}

	/**
	 * {@code dise_codg}: a disease, by-disease or day-surgery list code; no separators,
	 * no spaces.
	 */
	private static String diseaseCode(HsaInput node) {
		return node.pattern("dise_codg", 30, DISEASE_CODE, "应为病种编码（字母、数字及 . + * _ -）", false);
	}

	/**
	 * {@code mdtrt_cert_no} of its type: for 02 a valid resident ID number (GB 11643).
	 */
	static String certificateNo(HsaInput node, String certType) {
		String value = node.text("mdtrt_cert_no", 600);
		if ("02".equals(certType) && !IdNumber.isValid(value.toUpperCase(java.util.Locale.ROOT), LocalDate.now())) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, node.path() + ".mdtrt_cert_no",
					Masking.idNumber(value), "凭证类型 02 应为 18 位居民身份证号码（出生日期真实、校验位正确）");
		}
		return value;
	}

}
