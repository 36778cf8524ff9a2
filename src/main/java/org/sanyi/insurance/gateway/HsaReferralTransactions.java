package org.sanyi.insurance.gateway;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.referral.ReferralRegistration;
import org.sanyi.insurance.referral.ReferralRegistrationRepository;
import org.sanyi.insurance.referral.ReferralRegistrations;
import org.sanyi.insurance.referral.ReferralRegistrations.Filing;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * 2501 转院备案 ({@code refmedin{…}} → {@code result{trt_dcla_detl_sn}}), 2502 撤销转院备案
 * ({@code data{psn_no, trt_dcla_detl_sn, memo}}) and 5304 转院信息查询 ({@code data{psn_no,
 * begntime, endtime}} → {@code refmedin[]}). Every field is read with its national length
 * and kind; a wrong one is {@code -2} naming it.
 */
@Component
class HsaReferralTransactions implements HsaTransaction.Group {

	/**
	 * An institution code of the national pattern or a local one (letters and digits).
	 */
	private static final Pattern INSTITUTION_CODE = Pattern.compile("[0-9A-Za-z]{1,30}");

	private static final Pattern REFERRAL_TYPE = Pattern.compile("[0-9A-Za-z]{1,3}");

	private final ReferralRegistrations registrations;

	private final ReferralRegistrationRepository repository;

	HsaReferralTransactions(ReferralRegistrations registrations, ReferralRegistrationRepository repository) {
		this.registrations = registrations;
		this.repository = repository;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("2501", this::file);
		transactions.put("2502", this::revoke);
		transactions.put("5304", this::query);
	}

	Map<String, Object> file(HsaCall call) {
		HsaInput d = call.input().node("refmedin");
		String psnNo = d.text("psn_no", 30);
		String insutype = d.code("insutype", Set.of("310", "390"));
		String tel = d.optionalText("tel", 50);
		d.optionalText("addr", 200);
		String insuredRegion = d.region("insu_optins", false);
		String diagnosis = diagnosisCode(d);
		Filing filing = new Filing(psnNo, insutype, tel, insuredRegion, diagnosis, d.text("diag_name", 100),
				d.optionalText("dise_cond_dscr", 2000),
				d.pattern("reflin_medins_no", 30, INSTITUTION_CODE, "应为定点医药机构编号（字母、数字）", true),
				d.text("reflin_medins_name", 200), d.region("mdtrtarea_admdvs", true),
				"1".equals(d.code("hosp_agre_refl_flag", Set.of("0", "1"))),
				d.pattern("refl_type", 3, REFERRAL_TYPE, "应为转院类型代码（1–3 位字母或数字）", true), d.date("refl_date"),
				d.text("refl_rea", 100), d.text("refl_opnn", 100), d.date("begndate"),
				d.optionalText("enddate", 19) == null ? null : d.date("enddate"));
		ReferralRegistration r = registrations.file(filing, call.institution(), call.msgid(), call.received());
		return Map.of("result", Map.of("trt_dcla_detl_sn", r.serial()));
	}

	Map<String, Object> revoke(HsaCall call) {
		HsaInput d = call.input().node("data");
		String psnNo = d.text("psn_no", 30);
		String serial = d.text("trt_dcla_detl_sn", 30);
		String memo = d.optionalText("memo", 500);
		ReferralRegistration r = registrations.revoke(serial, psnNo, call.code(), call.msgid(), memo,
				call.received().toInstant());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("trt_dcla_detl_sn", r.serial());
		out.put("vali_flag", "0");
		return Map.of("result", out);
	}

	/**
	 * 5304: the person's registrations whose term meets the window, whoever filed them
	 * (the receiving hospital checks its patient's).
	 */
	Map<String, Object> query(HsaCall call) {
		HsaInput d = call.input().node("data");
		String psnNo = d.text("psn_no", 30);
		LocalDateTime from = d.optionalTime("begntime");
		LocalDateTime to = d.optionalTime("endtime");
		if (from != null && to != null && to.isBefore(from)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.data.endtime", to, "早于 begntime");
		}
		List<Map<String, Object>> rows = repository
			.ofPerson(psnNo, from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate())
			.stream()
			.map(HsaReferralTransactions::refmedin)
			.toList();
		return Map.of("refmedin", rows);
	}

	private static Map<String, Object> refmedin(ReferralRegistration r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("trt_dcla_detl_sn", r.serial());
		m.put("psn_no", r.psnNo());
		m.put("insutype", r.insutype());
		m.put("fixmedins_code", r.institution());
		m.put("insu_optins", r.insuredRegion());
		m.put("diag_code", r.diagnosisCode());
		m.put("diag_name", r.diagnosisName());
		m.put("reflin_medins_no", r.target());
		m.put("reflin_medins_name", r.targetName());
		m.put("mdtrtarea_admdvs", r.targetRegion());
		m.put("out_flag", r.outOfRegion() ? "1" : "0");
		m.put("hosp_agre_refl_flag", r.hospitalAgrees() ? "1" : "0");
		m.put("refl_type", r.referralType());
		m.put("refl_date", r.referralDate().toString());
		m.put("refl_rea", r.reason());
		m.put("begndate", r.from().toString());
		m.put("enddate", r.until() == null ? null : r.until().toString());
		m.put("vali_flag", r.status().name().equals("VALID") ? "1" : "0");
		return m;
	}

	/** ICD-10 医保版 or a TCM disease code. */
	private static String diagnosisCode(HsaInput d) {
		String code = d.text("diag_code", 30);
		if (!HsaVisitTransactions.ICD10.matcher(code).matches() && !HsaVisitTransactions.TCM.matcher(code).matches()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, d.path() + ".diag_code", HsaText.echo(code),
					"应为 ICD-10 医保版诊断编码（如 I63.900）或中医病证编码");
		}
		return code;
	}

}
