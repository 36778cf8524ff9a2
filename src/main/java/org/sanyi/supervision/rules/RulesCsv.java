package org.sanyi.supervision.rules;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.sanyi.supervision.SupervisionErrors;

/**
 * Reads rules from a CSV: rule_id, name, kind, category, result_type, time_window,
 * levels, scenes, stages, severity, blocking, parameters ({@code key=value;key=value}),
 * and optionally schemes (insutype codes), logic (规则逻辑) and types (医疗机构类型: GENERAL, TCM,
 * SPECIALTY, PRIMARY, PHARMACY). Lists inside a cell are separated by {@code |}.
 */
public final class RulesCsv {

	private RulesCsv() {
	}

	public static List<RuleRow> read(Reader in) {
		List<RuleRow> rules = new ArrayList<>();
		try (CsvReader csv = new CsvReader(in)) {
			csv.requireColumns("rule_id", "name", "kind", "category", "result_type", "time_window", "stages",
					"severity");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				RuleRow rule = new RuleRow(row.required("rule_id"), row.required("name"), row.required("kind"),
						row.required("category"), row.required("result_type"), row.required("time_window"),
						list(row.optional("levels")), list(row.optional("scenes")), list(row.required("stages")),
						row.required("severity"), "true".equalsIgnoreCase(row.optional("blocking")), true,
						parameters(row.optional("parameters")), list(row.optional("schemes")), row.optional("logic"),
						list(row.optional("types")));
				try {
					RuleMapping.rule(rule);
				}
				catch (BusinessException ex) {
					throw new BusinessException(SupervisionErrors.INVALID_FIELD, "line " + row.line(),
							rule.ruleId() + " " + java.util.Arrays.toString(ex.args()));
				}
				rules.add(rule);
			}
		}
		return rules;
	}

	/** {@code key=value;key=value} as a map; a part without {@code =} is refused. */
	public static Map<String, String> parameters(String text) {
		Map<String, String> map = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return map;
		}
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			int eq = part.indexOf('=');
			if (eq <= 0) {
				throw new BusinessException(SupervisionErrors.INVALID_FIELD, "parameters", part.strip());
			}
			map.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
		}
		return map;
	}

	private static String list(String cell) {
		return cell == null ? "" : cell.replace('|', ',').strip();
	}

}
