package org.sanyi.drg.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanyi.drg.DrgCase;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgTraceLine;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.internal.SettlementList.Diagnosis;
import org.sanyi.drg.internal.SettlementList.Procedure;
import org.sanyi.drg.internal.SettlementListRejected.FieldError;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.terminology.Terminology;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement list (医保结算清单) upload behind 4101 and 4101A: reads the input, runs the quality checks (every
 * problem reported at once with its field), checks the settlement it refers to against the DRG module's own record
 * of the insurance module's events, groups the case with the scheme in force for the treatment region and discharge
 * date, and stores it with the grouping and its trace. A re-upload for the same settlement supersedes the current
 * list, which stays as history. Problems are texts in Chinese: the national interface answers in Chinese.
 */
@Service
public class SettlementListService {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int MAX_CODES = 50;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final SettlementCases settlements;

	private final SchemeRuntime runtime;

	private final SchemeRepository schemes;

	/** Scheme versions by id (rows are written once; the name and version never change). */
	private final Map<Long, DrgSchemeInfo> schemeInfos = new java.util.concurrent.ConcurrentHashMap<>();

	private final GroupingService grouping;

	private final Terminology terminology;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	SettlementListService(SettlementCases settlements, SchemeRuntime runtime, SchemeRepository schemes,
			GroupingService grouping, Terminology terminology, MessageSource messages, JdbcClient jdbc) {
		this.settlements = settlements;
		this.runtime = runtime;
		this.schemes = schemes;
		this.grouping = grouping;
		this.terminology = terminology;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/** Checks, groups and stores; returns the new {@code setl_list_id}. */
	@Transactional
	public String upload(String infno, String institutionCode, String msgid, String operator, JsonNode input,
			OffsetDateTime received) {
		List<FieldError> errors = new ArrayList<>();
		JsonNode info = input.path("setlinfo");
		if (!info.isObject()) {
			throw new SettlementListRejected(List.of(new FieldError("setlinfo", msg("drg.list.error.required"))));
		}
		String setlId = required(errors, info, "setl_id");
		String mdtrtId = required(errors, info, "mdtrt_id");
		String psnNo = required(errors, info, "psn_no");
		if (setlId == null) {
			throw new SettlementListRejected(errors);
		}
		SettlementCases.Row settlement = settlements.findForUpdate(setlId)
			.filter(s -> s.institutionCode().equals(institutionCode))
			.orElseThrow(() -> new BusinessException(DrgErrors.SETTLEMENT_UNKNOWN, setlId));
		if (settlement.reversed()) {
			throw new BusinessException(DrgErrors.SETTLEMENT_REVERSED, setlId);
		}
		same(errors, "setlinfo.mdtrt_id", mdtrtId, settlement.mdtrtId());
		same(errors, "setlinfo.psn_no", psnNo, settlement.psnNo());
		SettlementList list = read(errors, infno, info, input, settlement, received);
		if ("4101".equals(infno)) {
			amounts(errors, info, input, settlement);
		}
		if (!errors.isEmpty()) {
			throw new SettlementListRejected(errors);
		}
		Grouped grouped = group(list, settlement);
		return store(list, settlement, grouped, institutionCode, msgid, operator, input);
	}

	// ---- reading and checking ---------------------------------------------------------------------------------

	private SettlementList read(List<FieldError> errors, String infno, JsonNode info, JsonNode input,
			SettlementCases.Row settlement, OffsetDateTime received) {
		String name = required(errors, info, "psn_name");
		String gend = required(errors, info, "gend");
		LocalDate brdy = date(errors, info, "brdy", true);
		LocalDateTime adm = dateTime(errors, info, "adm_time");
		LocalDateTime dscg = dateTime(errors, info, "dscg_time");
		Integer los = number(errors, info, "act_ipt_days", true);
		Integer age = number(errors, info, "age", false);
		Integer nwbAge = number(errors, info, "nwb_age", false);
		Integer weight = number(errors, info, "nwb_bir_wt", false);
		String admCaty = required(errors, info, "adm_caty");
		String dscgCaty = required(errors, info, "dscg_caty");
		String dscgWay = required(errors, info, "dscg_way");
		String admWay = text(info, "adm_way");
		LocalDate on = dscg != null ? dscg.toLocalDate() : settlement.dscgDate();
		CodeChecks checks = new CodeChecks();
		checks.add("setlinfo.gend", gend, "SEX");
		checks.add("setlinfo.adm_caty", admCaty, "DEPT");
		checks.add("setlinfo.dscg_caty", dscgCaty, "DEPT");
		checks.add("setlinfo.dscg_way", dscgWay, "DISCHARGE_WAY");
		if (!admWay.isEmpty()) {
			checks.add("setlinfo.adm_way", admWay, "ADM_WAY");
		}
		if (adm != null && dscg != null) {
			if (adm.isAfter(dscg)) {
				errors.add(new FieldError("setlinfo.adm_time", msg("drg.list.error.adm_after_dscg", time(adm), time(dscg))));
			}
			else if (los != null) {
				long expected = Math.max(1, ChronoUnit.DAYS.between(adm.toLocalDate(), dscg.toLocalDate()));
				if (los != expected) {
					errors.add(new FieldError("setlinfo.act_ipt_days", msg("drg.list.error.los", los, expected)));
				}
			}
			if (dscg.isAfter(received.atZoneSameInstant(CHINA).toLocalDateTime())) {
				errors.add(new FieldError("setlinfo.dscg_time", msg("drg.list.error.future", time(dscg))));
			}
			if (!adm.toLocalDate().equals(settlement.admDate())) {
				errors.add(new FieldError("setlinfo.adm_time",
						msg("drg.list.error.mismatch", adm.toLocalDate().toString(), settlement.admDate().toString())));
			}
			if (!dscg.toLocalDate().equals(settlement.dscgDate())) {
				errors.add(new FieldError("setlinfo.dscg_time",
						msg("drg.list.error.mismatch", dscg.toLocalDate().toString(), settlement.dscgDate().toString())));
			}
		}
		int years = age == null ? 0 : age;
		if (brdy != null && adm != null) {
			if (brdy.isAfter(adm.toLocalDate())) {
				errors.add(new FieldError("setlinfo.brdy", msg("drg.list.error.brdy_after_adm", brdy.toString(), adm.toLocalDate().toString())));
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
		List<Diagnosis> diagnoses = diagnoses(errors, input.path("diseinfo"), on, checks);
		checks.run(errors, on);
		List<Procedure> procedures = procedures(errors, input.path("oprninfo"), on, adm, dscg);
		clinical(errors, gend, years, diagnoses);
		return new SettlementList(infno, settlement.setlId(), settlement.mdtrtId(), settlement.psnNo(), name, gend,
				brdy, years, nwbAge, weight == null ? 0 : weight, adm, dscg, los == null ? 0 : los, admCaty, dscgCaty,
				dscgWay, diagnoses, procedures);
	}

	private List<Diagnosis> diagnoses(List<FieldError> errors, JsonNode array, LocalDate on, CodeChecks checks) {
		List<Diagnosis> result = new ArrayList<>();
		if (!array.isArray() || array.isEmpty()) {
			errors.add(new FieldError("diseinfo", msg("drg.list.error.no_diagnosis")));
			return result;
		}
		if (array.size() > MAX_CODES) {
			errors.add(new FieldError("diseinfo", msg("drg.list.error.too_many", MAX_CODES)));
			return result;
		}
		List<String> western = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode d = array.get(i);
			String at = "diseinfo[" + i + "].";
			String type = text(d, "diag_type");
			String code = text(d, "diag_code");
			if (type.isEmpty()) {
				errors.add(new FieldError(at + "diag_type", msg("drg.list.error.required")));
			}
			else {
				checks.add(at + "diag_type", type, "DIAG_TYPE");
			}
			if (code.isEmpty()) {
				errors.add(new FieldError(at + "diag_code", msg("drg.list.error.required")));
				continue;
			}
			if ("1".equals(type)) {
				western.add(code);
			}
			result.add(new Diagnosis(type, code, text(d, "diag_name"), "1".equals(text(d, "maindiag_flag")),
					text(d, "adm_cond_type")));
		}
		Set<String> valid = terminology.lookupAll("ICD10-YB", western, on).keySet();
		for (int i = 0; i < array.size(); i++) {
			JsonNode d = array.get(i);
			String code = text(d, "diag_code");
			if ("1".equals(text(d, "diag_type")) && !code.isEmpty() && !valid.contains(code)) {
				errors.add(new FieldError("diseinfo[" + i + "].diag_code", msg("drg.list.error.icd10", code, on.toString())));
			}
		}
		long mains = result.stream().filter(d -> d.main() && "1".equals(d.type())).count();
		if (western.isEmpty()) {
			errors.add(new FieldError("diseinfo", msg("drg.list.error.no_diagnosis")));
		}
		else if (mains != 1) {
			errors.add(new FieldError("diseinfo.maindiag_flag", msg("drg.list.error.main_diagnosis", mains)));
		}
		Set<String> seen = new HashSet<>();
		for (String code : western) {
			if (!seen.add(code)) {
				errors.add(new FieldError("diseinfo.diag_code", msg("drg.list.error.duplicate", code)));
			}
		}
		return result;
	}

	private List<Procedure> procedures(List<FieldError> errors, JsonNode array, LocalDate on, LocalDateTime adm,
			LocalDateTime dscg) {
		List<Procedure> result = new ArrayList<>();
		if (array.isMissingNode() || array.isNull()) {
			return result;
		}
		if (!array.isArray() || array.size() > MAX_CODES) {
			errors.add(new FieldError("oprninfo", msg("drg.list.error.too_many", MAX_CODES)));
			return result;
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode p = array.get(i);
			String at = "oprninfo[" + i + "].";
			String code = text(p, "oprn_oprt_code");
			if (code.isEmpty()) {
				errors.add(new FieldError(at + "oprn_oprt_code", msg("drg.list.error.required")));
				continue;
			}
			codes.add(code);
			String date = text(p, "oprn_oprt_date");
			if (!date.isEmpty()) {
				try {
					LocalDate d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
					if (adm != null && dscg != null
							&& (d.isBefore(adm.toLocalDate()) || d.isAfter(dscg.toLocalDate()))) {
						errors.add(new FieldError(at + "oprn_oprt_date", msg("drg.list.error.oprn_date", d.toString())));
					}
				}
				catch (DateTimeParseException ex) {
					errors.add(new FieldError(at + "oprn_oprt_date", msg("drg.list.error.date")));
				}
			}
			result.add(new Procedure(code, text(p, "oprn_oprt_name"), "1".equals(text(p, "oprn_oprt_type")), date,
					text(p, "anst_way"), text(p, "oper_dr_name")));
		}
		Set<String> valid = terminology.lookupAll("ICD9CM3-YB", codes, on).keySet();
		for (int i = 0; i < array.size(); i++) {
			String code = text(array.get(i), "oprn_oprt_code");
			if (!code.isEmpty() && !valid.contains(code)) {
				errors.add(new FieldError("oprninfo[" + i + "].oprn_oprt_code", msg("drg.list.error.icd9", code, on.toString())));
			}
		}
		long mains = result.stream().filter(Procedure::main).count();
		if (mains > 1 || (mains == 0 && !result.isEmpty())) {
			errors.add(new FieldError("oprninfo.oprn_oprt_type", msg("drg.list.error.main_procedure", mains)));
		}
		return result;
	}

	/** Sex and age against the diagnoses: pregnancy and female genital organs, male genital organs, perinatal. */
	private void clinical(List<FieldError> errors, String gend, int years, List<Diagnosis> diagnoses) {
		for (int i = 0; i < diagnoses.size(); i++) {
			Diagnosis d = diagnoses.get(i);
			if (!"1".equals(d.type())) {
				continue;
			}
			String c = d.code().toUpperCase(Locale.ROOT);
			String field = "diseinfo[" + i + "].diag_code";
			if ("1".equals(gend) && (c.startsWith("O") || between(c, "N70", "N98") || between(c, "C51", "C58"))) {
				errors.add(new FieldError(field, msg("drg.list.error.female_only", d.code())));
			}
			if ("2".equals(gend) && (between(c, "N40", "N51") || between(c, "C60", "C63"))) {
				errors.add(new FieldError(field, msg("drg.list.error.male_only", d.code())));
			}
			if (c.startsWith("P") && years >= 18) {
				errors.add(new FieldError(field, msg("drg.list.error.perinatal_adult", d.code(), years)));
			}
			if (c.startsWith("O") && (years < 10 || years > 60)) {
				errors.add(new FieldError(field, msg("drg.list.error.pregnancy_age", d.code(), years)));
			}
		}
	}

	/** 4101 carries the amounts of the settlement; they must be those the platform settled. */
	private void amounts(List<FieldError> errors, JsonNode info, JsonNode input, SettlementCases.Row s) {
		amount(errors, info, "acct_pay", s.acctPay());
		amount(errors, info, "psn_cashpay", s.psnCashPay());
		JsonNode pay = input.path("payinfo");
		if (pay.isArray() && !pay.isEmpty()) {
			BigDecimal total = BigDecimal.ZERO;
			for (int i = 0; i < pay.size(); i++) {
				BigDecimal v = decimal(errors, pay.get(i), "fund_payamt", "payinfo[" + i + "].fund_payamt");
				total = v == null ? total : total.add(v);
			}
			if (total.compareTo(s.fundPaySumamt()) != 0) {
				errors.add(new FieldError("payinfo.fund_payamt",
						msg("drg.list.error.mismatch", total.setScale(2).toPlainString(), s.fundPaySumamt().toPlainString())));
			}
		}
	}

	private void amount(List<FieldError> errors, JsonNode info, String field, BigDecimal settled) {
		BigDecimal v = decimal(errors, info, field, "setlinfo." + field);
		if (v == null) {
			if (!info.hasNonNull(field)) {
				errors.add(new FieldError("setlinfo." + field, msg("drg.list.error.required")));
			}
		}
		else if (v.compareTo(settled) != 0) {
			errors.add(new FieldError("setlinfo." + field, msg("drg.list.error.mismatch", v.toPlainString(), settled.toPlainString())));
		}
	}

	private BigDecimal decimal(List<FieldError> errors, JsonNode node, String name, String field) {
		JsonNode v = node.get(name);
		if (v == null || v.isNull() || v.asString("").isBlank()) {
			return null;
		}
		try {
			String text = v.isNumber() ? null : v.asString().strip();
			if (text != null && text.length() > 40) {
				throw new NumberFormatException();
			}
			BigDecimal d = text == null ? v.decimalValue() : new BigDecimal(text);
			// numeric(16,2): bounded by digits and exponent, never by writing out "1E+2147483647"
			if (d.scale() > 2 || d.signum() < 0 || (long) d.precision() - d.scale() > 14) {
				errors.add(new FieldError(field, msg("drg.list.error.amount")));
				return null;
			}
			return d;
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, msg("drg.list.error.amount")));
			return null;
		}
	}

	private static boolean between(String code, String from, String to) {
		String head = code.length() >= 3 ? code.substring(0, 3) : code;
		return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
	}

	/** Dictionary codes of one list, checked with one query per dictionary. */
	private final class CodeChecks {

		private final Map<String, List<String[]>> bySystem = new LinkedHashMap<>();

		void add(String field, String value, String system) {
			if (value != null && !value.isEmpty()) {
				bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(new String[] { field, value });
			}
		}

		void run(List<FieldError> errors, LocalDate on) {
			for (var e : bySystem.entrySet()) {
				Set<String> valid = terminology.lookupAll(e.getKey(), e.getValue().stream().map(f -> f[1]).toList(), on)
					.keySet();
				for (String[] f : e.getValue()) {
					if (!valid.contains(f[1])) {
						errors.add(new FieldError(f[0], msg("drg.list.error.code", f[1], e.getKey())));
					}
				}
			}
		}

	}

	private void same(List<FieldError> errors, String field, String given, String settled) {
		if (given != null && !given.equals(settled)) {
			errors.add(new FieldError(field, msg("drg.list.error.mismatch", given, settled)));
		}
	}

	private String required(List<FieldError> errors, JsonNode node, String name) {
		String v = text(node, name);
		if (v.isEmpty()) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			return null;
		}
		return v;
	}

	private LocalDate date(List<FieldError> errors, JsonNode node, String name, boolean required) {
		String v = text(node, name);
		if (v.isEmpty()) {
			if (required) {
				errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			}
			return null;
		}
		try {
			return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.date")));
			return null;
		}
	}

	private LocalDateTime dateTime(List<FieldError> errors, JsonNode node, String name) {
		String v = text(node, name);
		if (v.isEmpty()) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			return null;
		}
		try {
			return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.datetime")));
			return null;
		}
	}

	private Integer number(List<FieldError> errors, JsonNode node, String name, boolean required) {
		String v = text(node, name);
		if (v.isEmpty()) {
			if (required) {
				errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			}
			return null;
		}
		try {
			int n = new BigDecimal(v).intValueExact();
			if (n < 0) {
				throw new ArithmeticException();
			}
			return n;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.number")));
			return null;
		}
	}

	private static String time(LocalDateTime t) {
		return t.toString().replace('T', ' ');
	}

	static String text(JsonNode node, String name) {
		JsonNode v = node == null ? null : node.get(name);
		return v == null || v.isNull() ? "" : v.asString("").strip();
	}

	// ---- grouping and storage ---------------------------------------------------------------------------------

	record Grouped(DrgSchemeInfo scheme, DrgGroupingResult result, String unknownCodes) {
	}

	private Grouped group(SettlementList list, SettlementCases.Row settlement) {
		String region = settlement.treatmentRegion();
		LocalDate on = list.dscgTime().toLocalDate();
		long schemeId = runtime.schemeIdFor(region, on)
			.orElseThrow(() -> new BusinessException(DrgErrors.NO_SCHEME_FOR_REGION, region, on.toString()));
		DrgSchemeInfo scheme = schemeInfos.computeIfAbsent(schemeId, id -> schemes.find(id)
			.map(row -> row.info(List.of()))
			.orElseThrow(() -> new BusinessException(DrgErrors.SCHEME_NOT_FOUND, id)));
		DrgScheme compiled = grouping.grouper(scheme.id()).scheme();
		List<String> unknown = new ArrayList<>();
		list.westernCodes().stream().filter(c -> !compiled.isKnownDiagnosis(c)).forEach(unknown::add);
		list.procedureCodes().stream().filter(c -> !compiled.isKnownProcedure(c)).forEach(unknown::add);
		if (!unknown.isEmpty()) {
			// valid codes (checked above) that the scheme does not list: the case cannot enter a group and is paid by
			// item (outcome 3 of insurance.md §1.7: outside the local terminology)
			String joined = String.join("、", unknown);
			DrgTraceLine line = new DrgTraceLine(1, "drg.list.trace.unknown_codes",
					msg("drg.list.trace.unknown_codes", joined, scheme.name()), false, true);
			return new Grouped(scheme, new DrgGroupingResult(scheme.ref(), "FAIL", "0000", "", "00", "", "0000", "",
					"NONE", null, List.of(line)), joined);
		}
		DrgCase c = new DrgCase(list.gend(), list.age(), list.nwbAgeDays(), list.nwbBirWt(), list.dscgCaty(),
				list.actIptDays(), list.dscgWay(), list.westernCodes(), list.procedureCodes(), region, on, scheme.id());
		try {
			return new Grouped(scheme, grouping.explainFully(c, ZH).result(), "");
		}
		catch (InvalidCaseException ex) {
			throw new SettlementListRejected(ex.problems().stream().map(p -> new FieldError("setlinfo", p)).toList());
		}
	}

	private String store(SettlementList list, SettlementCases.Row s, Grouped g, String institution, String msgid,
			String operator, JsonNode input) {
		long id = jdbc.sql("select nextval('drg_setl_list_id_seq')").query(Long.class).single();
		String setlListId = "SL" + s.treatmentRegion() + String.format("%012d", id);
		jdbc.sql("""
				update drg_setl_list set current_version = false, superseded_by = :next
				where setl_id = :setl and current_version returning setl_list_id""")
			.param("next", setlListId).param("setl", s.setlId()).query(String.class).list();
		List<Map<String, Object>> dx = new ArrayList<>();
		for (Diagnosis d : list.diagnoses()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", d.type());
			m.put("code", d.code());
			m.put("name", d.name());
			m.put("main", d.main());
			m.put("admCond", d.admCond());
			dx.add(m);
		}
		List<Map<String, Object>> px = new ArrayList<>();
		for (Procedure p : list.procedures()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", p.code());
			m.put("name", p.name());
			m.put("main", p.main());
			m.put("date", p.date());
			m.put("anaesthesia", p.anaesthesia());
			m.put("surgeon", p.surgeon());
			px.add(m);
		}
		DrgGroupingResult r = g.result();
		jdbc.sql("""
				insert into drg_setl_list (id, setl_list_id, setl_id, mdtrt_id, psn_no, institution_code,
				    institution_region, infno, msgid, uploaded_by, psn_name, gend, brdy, age, nwb_age_days, nwb_bir_wt,
				    adm_time, dscg_time, act_ipt_days, adm_caty, dscg_caty, dscg_way, diagnoses, procedures,
				    scheme_region, scheme_id, scheme_label, status, mdc, adrg, drg, drg_name, complication, deciding_dx,
				    unknown_codes, trace, payload)
				values (:id, :sl, :setl, :mdtrt, :psn, :inst, :instRegion, :infno, :msgid, :by, :name, :gend, :brdy, :age,
				    :nwbAge, :weight, :adm, :dscg, :los, :admCaty, :dscgCaty, :dscgWay, cast(:dx as jsonb),
				    cast(:px as jsonb), :region, :scheme, :label, :status, :mdc, :adrg, :drg, :drgName, :cc, :deciding,
				    :unknown, cast(:trace as jsonb), cast(:payload as jsonb))""")
			.param("id", id).param("sl", setlListId).param("setl", s.setlId()).param("mdtrt", s.mdtrtId())
			.param("psn", s.psnNo()).param("inst", institution).param("instRegion", s.institutionRegion())
			.param("infno", list.infno()).param("msgid", msgid).param("by", operator == null ? "" : operator)
			.param("name", list.psnName()).param("gend", list.gend()).param("brdy", list.brdy())
			.param("age", list.age()).param("nwbAge", list.nwbAgeDays()).param("weight", list.nwbBirWt())
			.param("adm", list.admTime()).param("dscg", list.dscgTime()).param("los", list.actIptDays())
			.param("admCaty", list.admCaty()).param("dscgCaty", list.dscgCaty()).param("dscgWay", list.dscgWay())
			.param("dx", JSON.writeValueAsString(dx)).param("px", JSON.writeValueAsString(px))
			.param("region", s.treatmentRegion()).param("scheme", g.scheme().id())
			.param("label", g.scheme().name() + " " + g.scheme().version()).param("status", r.status())
			.param("mdc", r.mdc()).param("adrg", r.adrg()).param("drg", r.drg()).param("drgName", r.drgName())
			.param("cc", r.complication()).param("deciding", r.decidingDiagnosis()).param("unknown", g.unknownCodes())
			.param("trace", JSON.writeValueAsString(r.trace())).param("payload", Masking.idNumbersIn(JSON.writeValueAsString(input)))
			.update();
		return setlListId;
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, ZH);
	}

}
