package org.sanyi.drg.settlementlist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.sanyi.drg.settlementlist.SettlementList.Diagnosis;
import org.sanyi.drg.settlementlist.SettlementList.Procedure;
import org.sanyi.drg.settlementlist.SettlementListRejected.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads one settlement list (4101/4101A input) and runs its quality checks, collecting
 * every problem with the field it concerns ({@code setlinfo.dscg_time},
 * {@code diseinfo[1].diag_code}): required fields, dates and numbers, admission before
 * discharge and the length of stay, age from the birth date, the codes against the
 * dictionaries and ICD catalogues in force on the discharge date, one main diagnosis and
 * procedure, the {@link ClinicalRules}, and the list against the settlement it describes
 * (dates, persons, amounts). Pure: the dictionaries and the texts come in as functions.
 * One reader per list.
 */
final class SettlementListReader {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The codes of a code system or catalogue that are valid on a date. */
	@FunctionalInterface
	interface Dictionary {

		Set<String> valid(String system, Collection<String> codes, LocalDate on);

	}

	/** A problem's text in the interface's language. */
	@FunctionalInterface
	interface Texts {

		String get(String key, Object... args);

	}

	private final JsonNode input;

	private final JsonNode info;

	private final Dictionary dictionary;

	private final ClinicalRules rules;

	private final Texts texts;

	private final ListFields fields;

	private final List<FieldError> errors;

	private String mdtrtId;

	private String psnNo;

	SettlementListReader(JsonNode input, Dictionary dictionary, ClinicalRules rules, Texts texts) {
		this.input = input;
		this.info = input.path("setlinfo");
		this.dictionary = dictionary;
		this.rules = rules;
		this.texts = texts;
		this.fields = new ListFields(texts);
		this.errors = fields.errors();
	}

	/**
	 * The {@code setl_id} the list is for; rejects the list without one (or without
	 * {@code setlinfo}).
	 */
	String settlementId() {
		if (!info.isObject()) {
			throw new SettlementListRejected(List.of(new FieldError("setlinfo", msg("drg.list.error.required"))));
		}
		String setlId = fields.required(info, "setl_id");
		mdtrtId = fields.required(info, "mdtrt_id");
		psnNo = fields.required(info, "psn_no");
		if (setlId == null) {
			throw new SettlementListRejected(errors);
		}
		return setlId;
	}

	/**
	 * The list of {@code settlement}, checked; rejects it with every problem found. 4101
	 * also carries the settlement's amounts, which must be those the platform settled.
	 */
	SettlementList read(String infno, SettlementCases.Row settlement, OffsetDateTime received) {
		fields.same("setlinfo.mdtrt_id", mdtrtId, settlement.mdtrtId());
		fields.same("setlinfo.psn_no", psnNo, settlement.psnNo());
		SettlementList list = list(infno, settlement, received);
		if ("4101".equals(infno)) {
			amounts(settlement);
		}
		if (!errors.isEmpty()) {
			throw new SettlementListRejected(errors);
		}
		return list;
	}

	private SettlementList list(String infno, SettlementCases.Row settlement, OffsetDateTime received) {
		String name = fields.required(info, "psn_name");
		String gend = fields.required(info, "gend");
		LocalDate brdy = fields.date(info, "brdy", true);
		LocalDateTime adm = fields.dateTime(info, "adm_time");
		LocalDateTime dscg = fields.dateTime(info, "dscg_time");
		Integer los = fields.number(info, "act_ipt_days", true);
		Integer age = fields.number(info, "age", false);
		Integer nwbAge = fields.number(info, "nwb_age", false);
		Integer weight = fields.number(info, "nwb_bir_wt", false);
		String admCaty = fields.required(info, "adm_caty");
		String dscgCaty = fields.required(info, "dscg_caty");
		String dscgWay = fields.required(info, "dscg_way");
		String admWay = ListFields.text(info, "adm_way");
		LocalDate on = dscg != null ? dscg.toLocalDate() : settlement.dscgDate();
		ListCodes codes = new ListCodes(fields, dictionary);
		ListCodes.CodeChecks checks = codes.new CodeChecks();
		checks.add("setlinfo.gend", gend, "SEX");
		checks.add("setlinfo.adm_caty", admCaty, "DEPT");
		checks.add("setlinfo.dscg_caty", dscgCaty, "DEPT");
		checks.add("setlinfo.dscg_way", dscgWay, "DISCHARGE_WAY");
		if (!admWay.isEmpty()) {
			checks.add("setlinfo.adm_way", admWay, "ADM_WAY");
		}
		if (adm != null && dscg != null) {
			if (adm.isAfter(dscg)) {
				errors.add(new FieldError("setlinfo.adm_time",
						msg("drg.list.error.adm_after_dscg", ListFields.time(adm), ListFields.time(dscg))));
			}
			else if (los != null) {
				long expected = Math.max(1, ChronoUnit.DAYS.between(adm.toLocalDate(), dscg.toLocalDate()));
				if (los != expected) {
					errors.add(new FieldError("setlinfo.act_ipt_days", msg("drg.list.error.los", los, expected)));
				}
			}
			if (dscg.isAfter(received.atZoneSameInstant(CHINA).toLocalDateTime())) {
				errors.add(new FieldError("setlinfo.dscg_time", msg("drg.list.error.future", ListFields.time(dscg))));
			}
			if (!adm.toLocalDate().equals(settlement.admDate())) {
				errors.add(new FieldError("setlinfo.adm_time",
						msg("drg.list.error.mismatch", adm.toLocalDate().toString(), settlement.admDate().toString())));
			}
			if (!dscg.toLocalDate().equals(settlement.dscgDate())) {
				errors.add(new FieldError("setlinfo.dscg_time", msg("drg.list.error.mismatch",
						dscg.toLocalDate().toString(), settlement.dscgDate().toString())));
			}
		}
		int years = age == null ? 0 : age;
		if (brdy != null && adm != null) {
			if (brdy.isAfter(adm.toLocalDate())) {
				errors.add(new FieldError("setlinfo.brdy",
						msg("drg.list.error.brdy_after_adm", brdy.toString(), adm.toLocalDate().toString())));
			}
			else {
				int computed = (int) ChronoUnit.YEARS.between(brdy, adm.toLocalDate());
				if (age != null && age != computed) {
					errors.add(new FieldError("setlinfo.age", msg("drg.list.error.age", age, computed)));
				}
				years = computed;
				if (computed == 0 && nwbAge == null) {
					nwbAge = (int) ChronoUnit.DAYS.between(brdy, adm.toLocalDate());
				}
			}
		}
		List<Diagnosis> diagnoses = codes.diagnoses(input.path("diseinfo"), on, checks);
		checks.run(on);
		List<Procedure> procedures = codes.procedures(input.path("oprninfo"), on, adm, dscg);
		for (ClinicalRules.Violation v : rules.check(gend, years, diagnoses)) {
			errors.add(new FieldError("diseinfo[" + v.index() + "].diag_code", msg(v.problem(), v.code(), years)));
		}
		return new SettlementList(infno, settlement.setlId(), settlement.mdtrtId(), settlement.psnNo(), name, gend,
				brdy, years, nwbAge, weight == null ? 0 : weight, adm, dscg, los == null ? 0 : los, admCaty, dscgCaty,
				dscgWay, diagnoses, procedures);
	}

	/**
	 * 4101 carries the amounts of the settlement; they must be those the platform
	 * settled.
	 */
	private void amounts(SettlementCases.Row s) {
		amount("acct_pay", s.acctPay());
		amount("psn_cashpay", s.psnCashPay());
		JsonNode pay = input.path("payinfo");
		if (pay.isArray() && !pay.isEmpty()) {
			BigDecimal total = BigDecimal.ZERO;
			for (int i = 0; i < pay.size(); i++) {
				BigDecimal v = fields.decimal(pay.get(i), "fund_payamt", "payinfo[" + i + "].fund_payamt");
				total = v == null ? total : total.add(v);
			}
			if (total.compareTo(s.fundPaySumamt()) != 0) {
				errors.add(new FieldError("payinfo.fund_payamt", msg("drg.list.error.mismatch",
						total.setScale(2).toPlainString(), s.fundPaySumamt().toPlainString())));
			}
		}
	}

	private void amount(String field, BigDecimal settled) {
		BigDecimal v = fields.decimal(info, field, "setlinfo." + field);
		if (v == null) {
			if (!info.hasNonNull(field)) {
				errors.add(new FieldError("setlinfo." + field, msg("drg.list.error.required")));
			}
		}
		else if (v.compareTo(settled) != 0) {
			errors.add(new FieldError("setlinfo." + field,
					msg("drg.list.error.mismatch", v.toPlainString(), settled.toPlainString())));
		}
	}

	private String msg(String key, Object... args) {
		return texts.get(key, args);
	}

}
