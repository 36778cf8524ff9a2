package org.sanyi.insurance.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Enrolment;
import org.sanyi.insurance.person.Persons.Identity;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.Masking;

import org.springframework.stereotype.Component;

/** 9001 sign-in, 1101 person information, 2001 benefit eligibility. */
@Component
class HsaPersonTransactions implements HsaTransaction.Group {

	private final PersonRepository persons;

	private final SignIns signIns;

	private final VoucherUse vouchers;

	HsaPersonTransactions(PersonRepository persons, SignIns signIns, VoucherUse vouchers) {
		this.persons = persons;
		this.signIns = signIns;
		this.vouchers = vouchers;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("9001", this::signIn);
		transactions.put("1101", this::personInfo);
		transactions.put("2001", this::eligibility);
	}

	/**
	 * 9001 签到: {@code signIn{opter_no, mac, ip}} → {@code signinoutb{sign_time,
	 * sign_no}}.
	 */
	Map<String, Object> signIn(HsaCall call) {
		HsaInput in = call.input().node("signIn");
		SignIns.SignIn signIn = signIns.signIn(call.code(), in.text("opter_no", 30), in.optionalText("mac", 100),
				in.optionalText("ip", 100));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("sign_time",
				signIn.at().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).format(HsaFields.TIME));
		out.put("sign_no", signIn.signNo());
		return Map.of("signinoutb", out);
	}

	/**
	 * 1101 人员信息获取 by e-voucher token (01), ID number (02) or social-security card (03).
	 */
	Map<String, Object> personInfo(HsaCall call) {
		HsaInput data = call.input().node("data");
		String certType = data.code("mdtrt_cert_type", Set.of("01", "02", "03"));
		String certNo = data.text("mdtrt_cert_no", 600);
		LocalDateTime at = data.optionalTime("begntime");
		Person person = switch (certType) {
			case "01" -> {
				yield byIdNumber(vouchers.idNumber(certNo, call.institution().code(), "1101"), certType);
			}
			case "02" -> byIdNumber(certNo, certType);
			default -> {
				data.text("card_sn", 32);
				yield persons.findByCard(certNo)
					.orElseThrow(
							() -> new BusinessException(InsuranceErrors.NO_PERSON_FOR_CERTIFICATE, certType, certNo));
			}
		};
		String certno = data.optionalText("certno", 50);
		if (certno != null && !certno.equalsIgnoreCase(person.certNo())) {
			// the national input may name the person's certificate too: it must be the
			// one the card or token belongs to
			throw new BusinessException(InsuranceErrors.CERTIFICATE_MISMATCH, certType, Masking.idNumber(certno),
					person.psnNo());
		}
		int year = (at == null ? call.received().toLocalDate() : at.toLocalDate()).getYear();
		Map<String, Object> base = new LinkedHashMap<>();
		base.put("psn_no", person.psnNo());
		base.put("psn_cert_type", person.certType());
		base.put("certno", person.certNo());
		base.put("psn_name", person.name());
		base.put("gend", person.sex());
		base.put("naty", person.nation());
		base.put("brdy", person.birthDate().toString());
		base.put("age", person.ageOn(call.received().toLocalDate()));
		BigDecimal balance = persons.balance(person.psnNo()).orElse(BigDecimal.ZERO.setScale(2));
		List<Map<String, Object>> insurance = new ArrayList<>();
		for (Enrolment e : persons.enrolments(person.psnNo())) {
			if (e.year() == year) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("balc", "310".equals(e.insutype()) ? balance : BigDecimal.ZERO.setScale(2));
				row.put("insutype", e.insutype());
				row.put("psn_type", person.psnType());
				row.put("psn_insu_stas", e.status());
				row.put("psn_insu_date", e.since().toString());
				row.put("paus_insu_date", e.pausedOn() == null ? null : e.pausedOn().toString());
				row.put("cvlserv_flag", person.civilServant() ? "1" : "0");
				row.put("insuplc_admdvs", person.insuredRegion());
				row.put("emp_name", person.employer());
				insurance.add(row);
			}
		}
		List<Map<String, Object>> identities = new ArrayList<>();
		for (Identity identity : persons.identities(person.psnNo())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("psn_idet_type", identity.type());
			row.put("psn_type_lv", null);
			row.put("memo", null);
			row.put("begntime", identity.from().toString());
			row.put("endtime", identity.to() == null ? null : identity.to().toString());
			identities.add(row);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("baseinfo", base);
		out.put("insuinfo", insurance);
		out.put("idetinfo", identities);
		return out;
	}

	/** 2001 人员待遇享受检查: whether each fund of the scheme pays for the person on the date. */
	Map<String, Object> eligibility(HsaCall call) {
		HsaInput data = call.input().node("data");
		String psnNo = data.text("psn_no", 30);
		String insutype = data.code("insutype", Set.of("310", "390"));
		data.optionalText("med_type", 6);
		LocalDateTime at = data.optionalTime("begntime");
		Person person = persons.find(psnNo)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_PERSON, psnNo));
		LocalDate day = at == null ? call.received().toLocalDate() : at.toLocalDate();
		boolean enrolled = persons.enrolment(psnNo, insutype, day.getYear()).filter(Enrolment::active).isPresent();
		List<String> funds = new ArrayList<>(List.of("310".equals(insutype) ? "310100" : "390100"));
		funds.add("310".equals(insutype) ? "330100" : "390200");
		if (person.civilServant()) {
			funds.add("320100");
		}
		if (persons.identities(psnNo).stream().anyMatch(i -> i.validOn(day))) {
			funds.add("610100");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String fund : funds) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("psn_no", psnNo);
			row.put("trt_chk_type", "1");
			row.put("fund_pay_type", fund);
			row.put("trt_enjymnt_flag", enrolled ? "1" : "0");
			row.put("begndate", LocalDate.of(day.getYear(), 1, 1).toString());
			row.put("enddate", LocalDate.of(day.getYear(), 12, 31).toString());
			row.put("trt_chk_rslt", enrolled ? "正常享受待遇" : "未正常参保，不享受待遇");
			rows.add(row);
		}
		return Map.of("trtinfo", rows);
	}

	private Person byIdNumber(String value, String certType) {
		String idNumber = IdNumber.of(value).value();
		return persons.findByCertificate("01", idNumber)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.NO_PERSON_FOR_CERTIFICATE, certType,
					IdNumber.of(idNumber).masked()));
	}

}
