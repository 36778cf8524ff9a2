package org.sanyi.drg.settlementlist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.drg.settlementlist.SettlementList.Diagnosis;
import org.sanyi.drg.settlementlist.SettlementList.Procedure;
import org.sanyi.drg.settlementlist.SettlementListRejected.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * The coded parts of a settlement list: diagnoses ({@code diseinfo}) against ICD-10 医保版,
 * procedures ({@code oprninfo}) against ICD-9-CM-3 医保版, and the dictionary codes of the
 * list (sex, departments, discharge way...), each system asked once for all its codes, on
 * the discharge date. Pure: the catalogues come in as a
 * {@link SettlementListReader.Dictionary}.
 */
final class ListCodes {

	static final int MAX_CODES = 50;

	private final ListFields fields;

	private final List<FieldError> errors;

	private final SettlementListReader.Dictionary dictionary;

	ListCodes(ListFields fields, SettlementListReader.Dictionary dictionary) {
		this.fields = fields;
		this.errors = fields.errors();
		this.dictionary = dictionary;
	}

	List<Diagnosis> diagnoses(JsonNode array, LocalDate on, CodeChecks checks) {
		List<Diagnosis> result = new ArrayList<>();
		if (!array.isArray() || array.isEmpty()) {
			errors.add(new FieldError("diseinfo", fields.msg("drg.list.error.no_diagnosis")));
			return result;
		}
		if (array.size() > MAX_CODES) {
			errors.add(new FieldError("diseinfo", fields.msg("drg.list.error.too_many", MAX_CODES)));
			return result;
		}
		List<String> western = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode d = array.get(i);
			String at = "diseinfo[" + i + "].";
			String type = ListFields.text(d, "diag_type");
			String code = ListFields.text(d, "diag_code");
			if (type.isEmpty()) {
				errors.add(new FieldError(at + "diag_type", fields.msg("drg.list.error.required")));
			}
			else {
				checks.add(at + "diag_type", type, "DIAG_TYPE");
			}
			if (code.isEmpty()) {
				errors.add(new FieldError(at + "diag_code", fields.msg("drg.list.error.required")));
				continue;
			}
			if ("1".equals(type)) {
				western.add(code);
			}
			result.add(new Diagnosis(type, code, ListFields.text(d, "diag_name"),
					"1".equals(ListFields.text(d, "maindiag_flag")), ListFields.text(d, "adm_cond_type")));
		}
		Set<String> valid = dictionary.valid("ICD10-YB", western, on);
		for (int i = 0; i < array.size(); i++) {
			JsonNode d = array.get(i);
			String code = ListFields.text(d, "diag_code");
			if ("1".equals(ListFields.text(d, "diag_type")) && !code.isEmpty() && !valid.contains(code)) {
				errors.add(new FieldError("diseinfo[" + i + "].diag_code",
						fields.msg("drg.list.error.icd10", code, on.toString())));
			}
		}
		long mains = result.stream().filter(d -> d.main() && "1".equals(d.type())).count();
		if (western.isEmpty()) {
			errors.add(new FieldError("diseinfo", fields.msg("drg.list.error.no_diagnosis")));
		}
		else if (mains != 1) {
			errors.add(new FieldError("diseinfo.maindiag_flag", fields.msg("drg.list.error.main_diagnosis", mains)));
		}
		Set<String> seen = new HashSet<>();
		for (String code : western) {
			if (!seen.add(code)) {
				errors.add(new FieldError("diseinfo.diag_code", fields.msg("drg.list.error.duplicate", code)));
			}
		}
		return result;
	}

	List<Procedure> procedures(JsonNode array, LocalDate on, LocalDateTime adm, LocalDateTime dscg) {
		List<Procedure> result = new ArrayList<>();
		if (array.isMissingNode() || array.isNull()) {
			return result;
		}
		if (!array.isArray() || array.size() > MAX_CODES) {
			errors.add(new FieldError("oprninfo", fields.msg("drg.list.error.too_many", MAX_CODES)));
			return result;
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode p = array.get(i);
			String at = "oprninfo[" + i + "].";
			String code = ListFields.text(p, "oprn_oprt_code");
			if (code.isEmpty()) {
				errors.add(new FieldError(at + "oprn_oprt_code", fields.msg("drg.list.error.required")));
				continue;
			}
			codes.add(code);
			String date = ListFields.text(p, "oprn_oprt_date");
			if (!date.isEmpty()) {
				try {
					LocalDate d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
					if (adm != null && dscg != null
							&& (d.isBefore(adm.toLocalDate()) || d.isAfter(dscg.toLocalDate()))) {
						errors.add(new FieldError(at + "oprn_oprt_date",
								fields.msg("drg.list.error.oprn_date", d.toString())));
					}
				}
				catch (DateTimeParseException ex) {
					errors.add(new FieldError(at + "oprn_oprt_date", fields.msg("drg.list.error.date")));
				}
			}
			result.add(new Procedure(code, ListFields.text(p, "oprn_oprt_name"),
					"1".equals(ListFields.text(p, "oprn_oprt_type")), date, ListFields.text(p, "anst_way"),
					ListFields.text(p, "oper_dr_name")));
		}
		Set<String> valid = dictionary.valid("ICD9CM3-YB", codes, on);
		for (int i = 0; i < array.size(); i++) {
			String code = ListFields.text(array.get(i), "oprn_oprt_code");
			if (!code.isEmpty() && !valid.contains(code)) {
				errors.add(new FieldError("oprninfo[" + i + "].oprn_oprt_code",
						fields.msg("drg.list.error.icd9", code, on.toString())));
			}
		}
		long mains = result.stream().filter(Procedure::main).count();
		if (mains > 1 || (mains == 0 && !result.isEmpty())) {
			errors.add(new FieldError("oprninfo.oprn_oprt_type", fields.msg("drg.list.error.main_procedure", mains)));
		}
		return result;
	}

	/** Dictionary codes of one list, checked with one query per dictionary. */
	final class CodeChecks {

		private final Map<String, List<String[]>> bySystem = new LinkedHashMap<>();

		void add(String field, String value, String system) {
			if (value != null && !value.isEmpty()) {
				bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(new String[] { field, value });
			}
		}

		void run(LocalDate on) {
			for (var e : bySystem.entrySet()) {
				Set<String> valid = dictionary.valid(e.getKey(), e.getValue().stream().map(f -> f[1]).toList(), on);
				for (String[] f : e.getValue()) {
					if (!valid.contains(f[1])) {
						errors.add(new FieldError(f[0], fields.msg("drg.list.error.code", f[1], e.getKey())));
					}
				}
			}
		}

	}

}
