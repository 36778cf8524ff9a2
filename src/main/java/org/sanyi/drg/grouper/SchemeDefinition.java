package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure part of a scheme as read from scheme.json, checked for shape only (types,
 * known ops and conditions). Cross-references to the tables are checked by
 * {@link SchemeCompiler}. Every element carries its JSON path so that errors point at the
 * place to fix.
 */
record SchemeDefinition(String name, Map<String, String> source, List<RecordCheck> recordChecks,
		String ungroupableResult, List<String> mdcOrder, List<MdcDef> mdcs, List<AdrgDef> adrgs) {

	static final String FILE = "scheme.json";

	record MdcDef(String code, List<ClauseDef> entry, List<String> adrgOrder, QyDef qy, String path) {
	}

	/** 歧义组 checkpoint placed before {@code adrgOrder[position]}. */
	record QyDef(String afterAdrg, int position, boolean enabled, String result, List<ClauseDef> when, String path) {
	}

	record AdrgDef(String code, String mdc, String label, List<ClauseDef> match, List<SplitDef> splits, String path) {
	}

	record ClauseDef(ClauseOp op, String list, String text, long number, List<List<String>> dnf, String path) {
	}

	record SplitDef(String drg, SplitCondition when, String path) {
	}

	static SchemeDefinition parse(String json) {
		Map<String, Object> root = object(JsonReader.parse(json, FILE), "$");
		Map<String, String> source = new LinkedHashMap<>();
		if (root.get("source") != null) {
			object(root.get("source"), "$.source").forEach((k, v) -> source.put(k, String.valueOf(v)));
		}
		List<RecordCheck> checks = new ArrayList<>();
		List<Object> checkList = root.get("record_checks") == null ? List.of() : list(root, "record_checks", "$");
		for (int i = 0; i < checkList.size(); i++) {
			String path = "$.record_checks[" + i + "]";
			Map<String, Object> c = object(checkList.get(i), path);
			String failIf = text(c, "fail_if", path);
			checks.add(RecordCheck.fromFailIf(failIf)
				.orElseThrow(() -> error(path, "unknown record check \"" + failIf + "\"")));
			if (!"CHECK_FAILED".equals(c.get("status"))) {
				throw error(path, "record check status must be CHECK_FAILED");
			}
		}
		if (root.get("split_conditions") != null) {
			for (String name : object(root.get("split_conditions"), "$.split_conditions").keySet()) {
				SplitCondition.fromJson(name)
					.orElseThrow(() -> error("$.split_conditions", "unknown split condition \"" + name + "\""));
			}
		}
		List<MdcDef> mdcs = new ArrayList<>();
		List<Object> mdcList = list(root, "mdcs", "$");
		for (int i = 0; i < mdcList.size(); i++) {
			mdcs.add(mdc(object(mdcList.get(i), "$.mdcs[" + i + "]"), "$.mdcs[" + i + "]"));
		}
		List<AdrgDef> adrgs = new ArrayList<>();
		List<Object> adrgList = list(root, "adrgs", "$");
		for (int i = 0; i < adrgList.size(); i++) {
			adrgs.add(adrg(object(adrgList.get(i), "$.adrgs[" + i + "]"), "$.adrgs[" + i + "]"));
		}
		return new SchemeDefinition(text(root, "scheme", "$"), Map.copyOf(source), List.copyOf(checks),
				text(root, "ungroupable_result", "$"), strings(root, "mdc_order", "$"), List.copyOf(mdcs),
				List.copyOf(adrgs));
	}

	private static MdcDef mdc(Map<String, Object> m, String path) {
		QyDef qy = null;
		if (m.get("qy_checkpoint") != null) {
			String qp = path + ".qy_checkpoint";
			Map<String, Object> q = object(m.get("qy_checkpoint"), qp);
			Object after = q.get("after_adrg");
			qy = new QyDef(after == null ? null : text(q, "after_adrg", qp), (int) number(q, "position", qp),
					Boolean.TRUE.equals(q.get("enabled")), text(q, "result", qp), clauses(q, "when", qp), qp);
		}
		return new MdcDef(text(m, "code", path), clauses(m, "entry", path), strings(m, "adrg_order", path), qy, path);
	}

	private static AdrgDef adrg(Map<String, Object> a, String path) {
		List<SplitDef> splits = new ArrayList<>();
		List<Object> splitList = list(a, "splits", path);
		for (int i = 0; i < splitList.size(); i++) {
			String sp = path + ".splits[" + i + "]";
			Map<String, Object> s = object(splitList.get(i), sp);
			String when = text(s, "when", sp);
			splits.add(new SplitDef(text(s, "drg", sp), SplitCondition.fromJson(when)
				.orElseThrow(() -> error(sp, "unknown split condition \"" + when + "\"")), sp));
		}
		Object label = a.get("match_label");
		return new AdrgDef(text(a, "code", path), text(a, "mdc", path), label == null ? "" : label.toString(),
				clauses(a, "match", path), List.copyOf(splits), path);
	}

	private static List<ClauseDef> clauses(Map<String, Object> parent, String key, String path) {
		List<ClauseDef> out = new ArrayList<>();
		List<Object> items = list(parent, key, path);
		for (int i = 0; i < items.size(); i++) {
			String cp = path + "." + key + "[" + i + "]";
			Map<String, Object> c = object(items.get(i), cp);
			String opName = text(c, "op", cp);
			ClauseOp op = ClauseOp.fromJson(opName).orElseThrow(() -> error(cp, "unknown op \"" + opName + "\""));
			String list = null;
			String textValue = null;
			long number = 0;
			List<List<String>> dnf = List.of();
			switch (op.operand()) {
				case DX_LIST, PROC_LIST -> list = text(c, "list", cp);
				case TEXT -> textValue = text(c, "value", cp);
				case NUMBER -> number = number(c, "value", cp);
				case NONE -> {
				}
			}
			if (op == ClauseOp.TRAUMA_REGIONS_GE) {
				number = number(c, "value", cp);
			}
			if (op == ClauseOp.PROC_GROUPS) {
				List<List<String>> terms = new ArrayList<>();
				for (Object term : list(c, "dnf", cp)) {
					if (!(term instanceof List<?> t) || t.isEmpty()) {
						throw error(cp + ".dnf", "each term must be a non-empty array of group labels");
					}
					terms.add(t.stream().map(String::valueOf).toList());
				}
				if (terms.isEmpty()) {
					throw error(cp + ".dnf", "needs at least one term");
				}
				dnf = List.copyOf(terms);
			}
			out.add(new ClauseDef(op, list, textValue, number, dnf, cp));
		}
		return List.copyOf(out);
	}

	static DrgSchemeException error(String path, String problem) {
		return new DrgSchemeException(FILE, 0, path + ": " + problem);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String path) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw error(path, "expected an object");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> parent, String key, String path) {
		if (parent.get(key) instanceof List<?> l) {
			return (List<Object>) l;
		}
		throw error(path + "." + key, "expected an array");
	}

	private static List<String> strings(Map<String, Object> parent, String key, String path) {
		List<Object> items = list(parent, key, path);
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof String)) {
				throw error(path + "." + key + "[" + i + "]", "expected a string");
			}
		}
		return items.stream().map(String.class::cast).toList();
	}

	private static String text(Map<String, Object> parent, String key, String path) {
		if (parent.get(key) instanceof String s && !s.isBlank()) {
			return s;
		}
		throw error(path + "." + key, "expected a non-empty string");
	}

	private static long number(Map<String, Object> parent, String key, String path) {
		if (parent.get(key) instanceof Long n) {
			return n;
		}
		throw error(path + "." + key, "expected an integer");
	}
}
