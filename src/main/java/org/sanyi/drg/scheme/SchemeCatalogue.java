package org.sanyi.drg.scheme;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read model of one scheme for people: MDC → ADRG → DRG with names and rules, the code
 * lists of each ADRG, and per code its name and where it occurs (lists, CC/MCC with
 * exclusion table, valid operation). Built from the stored files (already validated by
 * the engine at import), so it shows exactly what the engine groups with. Immutable.
 */
final class SchemeCatalogue {

	/**
	 * A rule clause of scheme.json: {@code op} with its list, value or procedure-group
	 * terms.
	 */
	public record Clause(String op, String list, String value, List<List<String>> dnf) {

	}

	public record Mdc(String code, String name, List<Clause> entry, List<String> adrgs, int drgCount) {

	}

	/**
	 * @param kind surgical / non-OR procedure / medical, from the second letter of the
	 * code (A–J, K–Q, R–Z)
	 */
	public record Adrg(String code, String mdc, String name, String kind, String matchLabel, List<Clause> match,
			List<Drg> drgs, List<String> lists) {

	}

	/**
	 * A DRG with the split condition that leads to it ({@code mcc}, {@code cc_or_mcc},
	 * {@code always}).
	 */
	public record Drg(String code, String adrg, String mdc, String condition, String name) {

		public String suffix() {
			return code.substring(code.length() - 1);
		}

	}

	/**
	 * One code of a list; {@code label} is the MDCZ body region or the procedure group,
	 * empty otherwise.
	 */
	public record ListEntry(String code, String name, String label) {

	}

	/** What the scheme knows about one code. */
	public record CodeInfo(String code, String name, boolean diagnosis, List<String> lists, String severity,
			String exclusionTable, String principalExclusionTable, boolean validOperation) {

	}

	private final Map<String, Mdc> mdcs;

	private final Map<String, Adrg> adrgs;

	private final Map<String, Drg> drgs;

	private final Map<String, List<ListEntry>> lists;

	private final Map<String, CodeInfo> diagnoses;

	private final Map<String, CodeInfo> procedures;

	private SchemeCatalogue(Map<String, Mdc> mdcs, Map<String, Adrg> adrgs, Map<String, Drg> drgs,
			Map<String, List<ListEntry>> lists, Map<String, CodeInfo> diagnoses, Map<String, CodeInfo> procedures) {
		this.mdcs = Collections.unmodifiableMap(mdcs);
		this.adrgs = Collections.unmodifiableMap(adrgs);
		this.drgs = Collections.unmodifiableMap(drgs);
		this.lists = Collections.unmodifiableMap(lists);
		this.diagnoses = Collections.unmodifiableMap(diagnoses);
		this.procedures = Collections.unmodifiableMap(procedures);
	}

	/** MDCs in the order the engine tries them. */
	public List<Mdc> mdcs() {
		return List.copyOf(mdcs.values());
	}

	public Optional<Mdc> mdc(String code) {
		return Optional.ofNullable(mdcs.get(code));
	}

	public Optional<Adrg> adrg(String code) {
		return Optional.ofNullable(adrgs.get(code));
	}

	public Optional<Drg> drg(String code) {
		return Optional.ofNullable(drgs.get(code));
	}

	public List<Adrg> adrgsOf(String mdc) {
		return mdc(mdc).map(m -> m.adrgs().stream().map(adrgs::get).toList()).orElse(List.of());
	}

	/**
	 * The codes of a list ({@code GD1.dx}, {@code MDCG}, {@code OR_PROCEDURES}…), in file
	 * order.
	 */
	public List<ListEntry> list(String name) {
		return lists.getOrDefault(name, List.of());
	}

	public Optional<CodeInfo> diagnosis(String code) {
		return Optional.ofNullable(diagnoses.get(code));
	}

	public Optional<CodeInfo> procedure(String code) {
		return Optional.ofNullable(procedures.get(code));
	}

	public int adrgCount() {
		return adrgs.size();
	}

	public int drgCount() {
		return drgs.size();
	}

	/** ADRGs and DRGs whose code starts with {@code q} or whose name contains it. */
	public List<Adrg> searchAdrgs(String q, int limit) {
		String upper = q.toUpperCase(Locale.ROOT);
		return adrgs.values()
			.stream()
			.filter(a -> a.code().startsWith(upper) || a.name().contains(q)
					|| a.drgs().stream().anyMatch(d -> d.code().startsWith(upper) || d.name().contains(q)))
			.limit(limit)
			.toList();
	}

	/**
	 * Diagnosis and procedure codes starting with {@code q} (case-insensitive), or whose
	 * name contains it.
	 */
	public List<CodeInfo> searchCodes(String q, int limit) {
		String lower = q.toLowerCase(Locale.ROOT);
		List<CodeInfo> found = new ArrayList<>();
		for (Map<String, CodeInfo> space : List.of(diagnoses, procedures)) {
			for (CodeInfo info : space.values()) {
				if (found.size() >= limit) {
					return found;
				}
				if (info.code().toLowerCase(Locale.ROOT).startsWith(lower) || info.name().contains(q)) {
					found.add(info);
				}
			}
		}
		return found;
	}

	/** Reads the catalogue from a scheme's files (scheme.json and the CSV tables). */
	static SchemeCatalogue of(Map<String, String> files) {
		return new Builder(files).build();
	}

	private static final class Builder {

		private final Map<String, String> files;

		private final Map<String, String> diagnosisNames = new HashMap<>();

		private final Map<String, String> procedureNames = new HashMap<>();

		private final Map<String, List<ListEntry>> lists = new LinkedHashMap<>();

		private final Map<String, List<String>> listsOfDiagnosis = new HashMap<>();

		private final Map<String, List<String>> listsOfProcedure = new HashMap<>();

		Builder(Map<String, String> files) {
			this.files = files;
		}

		SchemeCatalogue build() {
			rows("icd10_names.csv", r -> diagnosisNames.put(r.get("code"), r.get("name")));
			rows("icd9_names.csv", r -> procedureNames.put(r.get("code"), r.get("name")));
			rows("or_procedures.csv", r -> procedureNames.putIfAbsent(r.get("code"), r.get("name")));
			rows("mdc_diagnoses.csv", r -> add(r.get("mdc"), r.get("code"), r.get("region"), true));
			rows("adrg_diagnoses.csv", r -> add(r.get("adrg") + "." + r.get("list"), r.get("code"), "", true));
			rows("adrg_procedures.csv",
					r -> add(r.get("adrg") + "." + r.get("list"), r.get("code"), r.optional("group"), false));
			rows("or_procedures.csv", r -> add("OR_PROCEDURES", r.get("code"), "", false));
			Map<String, String[]> severity = new HashMap<>();
			rows("mcc.csv", r -> severity.put(r.get("code"), new String[] { "MCC", r.get("exclusion_table") }));
			rows("cc.csv", r -> severity.putIfAbsent(r.get("code"), new String[] { "CC", r.get("exclusion_table") }));
			Map<String, String> principalTables = new HashMap<>();
			rows("pdx_exclusion.csv", r -> principalTables.put(r.get("principal_dx"), r.get("exclusion_table")));
			Map<String, String> adrgNames = new HashMap<>();
			rows("adrg_groups.csv", r -> adrgNames.put(r.get("adrg"), r.get("name_derived")));
			Map<String, List<Drg>> drgsByAdrg = new LinkedHashMap<>();
			Map<String, Drg> drgs = new LinkedHashMap<>();
			rows("drg_groups.csv", r -> {
				Drg drg = new Drg(r.get("drg"), r.get("adrg"), r.get("mdc"), r.get("split_condition"), r.get("name"));
				drgs.put(drg.code(), drg);
				drgsByAdrg.computeIfAbsent(drg.adrg(), k -> new ArrayList<>()).add(drg);
			});
			JsonNode root = JsonMapper.shared().readTree(files.get(SchemeFileSet.SCHEME_JSON));
			Map<String, Adrg> adrgs = new LinkedHashMap<>();
			for (JsonNode a : root.path("adrgs")) {
				String code = a.path("code").asString("");
				List<Drg> splitDrgs = new ArrayList<>();
				for (JsonNode split : a.path("splits")) {
					Drg drg = drgs.get(split.path("drg").asString(""));
					if (drg != null) {
						splitDrgs.add(drg);
					}
				}
				String name = adrgNames.getOrDefault(code, commonName(splitDrgs));
				List<String> ownLists = lists.keySet().stream().filter(l -> l.startsWith(code + ".")).toList();
				adrgs.put(code,
						new Adrg(code, a.path("mdc").asString(""), name, kind(code), a.path("match_label").asString(""),
								clauses(a.path("match")), List.copyOf(splitDrgs), ownLists));
			}
			Map<String, Mdc> mdcs = new LinkedHashMap<>();
			Map<String, JsonNode> mdcNodes = new HashMap<>();
			root.path("mdcs").forEach(m -> mdcNodes.put(m.path("code").asString(""), m));
			for (JsonNode order : root.path("mdc_order")) {
				JsonNode m = mdcNodes.get(order.asString(""));
				List<String> adrgOrder = new ArrayList<>();
				m.path("adrg_order").forEach(a -> adrgOrder.add(a.asString("")));
				int drgCount = adrgOrder.stream()
					.mapToInt(a -> adrgs.containsKey(a) ? adrgs.get(a).drgs().size() : 0)
					.sum();
				mdcs.put(order.asString(""), new Mdc(order.asString(""), m.path("name").asString(""),
						clauses(m.path("entry")), List.copyOf(adrgOrder), drgCount));
			}
			return new SchemeCatalogue(mdcs, adrgs, drgs, freeze(lists),
					codes(diagnosisNames, listsOfDiagnosis, severity, principalTables, true),
					codes(procedureNames, listsOfProcedure, Map.of(), Map.of(), false));
		}

		private Map<String, CodeInfo> codes(Map<String, String> names, Map<String, List<String>> listsOf,
				Map<String, String[]> severity, Map<String, String> principalTables, boolean diagnosis) {
			List<String> all = new ArrayList<>(names.keySet());
			listsOf.keySet().stream().filter(c -> !names.containsKey(c)).forEach(all::add);
			severity.keySet().stream().filter(c -> !names.containsKey(c) && !listsOf.containsKey(c)).forEach(all::add);
			Collections.sort(all);
			Map<String, CodeInfo> infos = new LinkedHashMap<>();
			for (String code : all) {
				List<String> in = listsOf.getOrDefault(code, List.of());
				String[] sev = severity.get(code);
				infos.put(code,
						new CodeInfo(code, names.getOrDefault(code, ""), diagnosis, List.copyOf(in),
								sev == null ? "" : sev[0], sev == null ? "" : sev[1],
								principalTables.getOrDefault(code, ""), !diagnosis && in.contains("OR_PROCEDURES")));
			}
			return infos;
		}

		private void add(String list, String code, String label, boolean diagnosis) {
			Map<String, String> names = diagnosis ? diagnosisNames : procedureNames;
			List<ListEntry> entries = lists.computeIfAbsent(list, k -> new ArrayList<>());
			List<String> listsOf = (diagnosis ? listsOfDiagnosis : listsOfProcedure).computeIfAbsent(code,
					k -> new ArrayList<>(2));
			if (!listsOf.contains(list)) {
				listsOf.add(list);
				entries.add(new ListEntry(code, names.getOrDefault(code, ""), label));
			}
		}

		private void rows(String file, Consumer<CsvRow> handler) {
			String text = files.get(file);
			if (text == null) {
				return;
			}
			try (var csv = new CsvReader(new StringReader(text))) {
				for (CsvRow row = csv.next(); row != null; row = csv.next()) {
					handler.accept(row);
				}
			}
		}

		private static Map<String, List<ListEntry>> freeze(Map<String, List<ListEntry>> lists) {
			Map<String, List<ListEntry>> frozen = new LinkedHashMap<>();
			lists.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
			return frozen;
		}

		private static List<Clause> clauses(JsonNode array) {
			List<Clause> clauses = new ArrayList<>();
			for (JsonNode c : array) {
				List<List<String>> dnf = new ArrayList<>();
				for (JsonNode term : c.path("dnf")) {
					List<String> labels = new ArrayList<>();
					term.forEach(l -> labels.add(l.asString("")));
					dnf.add(List.copyOf(labels));
				}
				JsonNode value = c.path("value");
				clauses.add(new Clause(c.path("op").asString(""), c.path("list").asString(""),
						value.isMissingNode() ? "" : value.asString(""), List.copyOf(dnf)));
			}
			return List.copyOf(clauses);
		}

		static String kind(String adrg) {
			char second = adrg.length() > 1 ? adrg.charAt(1) : 'Z';
			return second <= 'J' ? "surgical" : second <= 'Q' ? "procedure" : "medical";
		}

		/**
		 * An ADRG without a name in adrg_groups.csv: the DRG names up to their first
		 * comma.
		 */
		private static String commonName(List<Drg> drgs) {
			if (drgs.isEmpty()) {
				return "";
			}
			String name = drgs.getFirst().name();
			int comma = name.indexOf('，');
			return comma > 0 ? name.substring(0, comma) : name;
		}

	}

}
