package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.drg.grouper.CompiledScheme.Adrg;
import org.sanyi.drg.grouper.CompiledScheme.Clause;
import org.sanyi.drg.grouper.CompiledScheme.Mdc;
import org.sanyi.drg.grouper.CompiledScheme.Split;
import org.sanyi.drg.grouper.SchemeDefinition.AdrgDef;
import org.sanyi.drg.grouper.SchemeDefinition.ClauseDef;
import org.sanyi.drg.grouper.SchemeDefinition.MdcDef;
import org.sanyi.drg.grouper.SchemeDefinition.SplitDef;

/**
 * Cross-checks scheme.json against the tables and compiles it into arrays. Every
 * reference must resolve (MDC order, ADRG order, list names, DRGs in drg_groups.csv) and
 * every ADRG and DRG must be reachable, so that a typo in a local scheme fails at import
 * instead of silently changing grouping results.
 */
final class SchemeCompiler {

	private final SchemeDefinition def;

	private final SchemeTables tables;

	private final Set<String> producedDrgs = new HashSet<>();

	private SchemeCompiler(SchemeDefinition def, SchemeTables tables) {
		this.def = def;
		this.tables = tables;
	}

	static DrgScheme compile(SchemeDefinition def, SchemeTables tables) {
		return new SchemeCompiler(def, tables).compile();
	}

	private DrgScheme compile() {
		Map<String, MdcDef> mdcByCode = new LinkedHashMap<>();
		for (MdcDef m : def.mdcs()) {
			if (mdcByCode.put(m.code(), m) != null) {
				throw SchemeDefinition.error(m.path(), "MDC " + m.code() + " is defined twice");
			}
		}
		Map<String, AdrgDef> adrgByCode = new HashMap<>();
		for (AdrgDef a : def.adrgs()) {
			if (adrgByCode.put(a.code(), a) != null) {
				throw SchemeDefinition.error(a.path(), "ADRG " + a.code() + " is defined twice");
			}
			if (!mdcByCode.containsKey(a.mdc())) {
				throw SchemeDefinition.error(a.path(), "ADRG " + a.code() + " names unknown MDC " + a.mdc());
			}
		}
		Set<String> ordered = new HashSet<>();
		for (String code : def.mdcOrder()) {
			if (!mdcByCode.containsKey(code) || !ordered.add(code)) {
				throw SchemeDefinition.error("$.mdc_order", "unknown or repeated MDC " + code);
			}
		}
		mdcByCode.keySet().stream().filter(c -> !ordered.contains(c)).findFirst().ifPresent(c -> {
			throw SchemeDefinition.error("$.mdc_order", "MDC " + c + " is defined but never tried");
		});
		Set<String> placedAdrgs = new HashSet<>();
		List<Mdc> mdcs = new ArrayList<>();
		for (String code : def.mdcOrder()) {
			mdcs.add(mdc(mdcByCode.get(code), adrgByCode, placedAdrgs));
		}
		def.adrgs().stream().filter(a -> !placedAdrgs.contains(a.code())).findFirst().ifPresent(a -> {
			throw SchemeDefinition.error(a.path(), "ADRG " + a.code() + " is in no adrg_order of its MDC");
		});
		tables.drgs.values().stream().filter(r -> !producedDrgs.contains(r.drg())).findFirst().ifPresent(r -> {
			throw new DrgSchemeException("drg_groups.csv", r.line(),
					"DRG " + r.drg() + " is not produced by any split in scheme.json");
		});
		Map<String, String> drgNames = new HashMap<>();
		tables.drgs.values().forEach(r -> drgNames.put(r.drg(), r.name()));
		return new DrgScheme(def.name(), def.source(), def.recordChecks(), def.ungroupableResult(),
				mdcs.toArray(Mdc[]::new), tables.diagnoses.freeze(), tables.procedures.freeze(),
				tables.exclusionTableNames, drgNames, tables.adrgNames);
	}

	private Mdc mdc(MdcDef m, Map<String, AdrgDef> adrgByCode, Set<String> placed) {
		List<Adrg> adrgs = new ArrayList<>();
		for (String code : m.adrgOrder()) {
			AdrgDef a = adrgByCode.get(code);
			if (a == null || !a.mdc().equals(m.code())) {
				throw SchemeDefinition.error(m.path() + ".adrg_order",
						"ADRG " + code + (a == null ? " is not defined" : " belongs to " + a.mdc()));
			}
			if (!placed.add(code)) {
				throw SchemeDefinition.error(m.path() + ".adrg_order", "ADRG " + code + " is listed twice");
			}
			adrgs.add(new Adrg(a.code(), a.label(), clauses(a.match()), splits(a)));
		}
		int qyPosition = -1;
		Clause[] qyWhen = new Clause[0];
		String qyResult = null;
		SchemeDefinition.QyDef qy = m.qy();
		if (qy != null) {
			int p = qy.position();
			boolean consistent = p >= 0 && p <= adrgs.size()
					&& (p == 0 ? qy.afterAdrg() == null : m.adrgOrder().get(p - 1).equals(qy.afterAdrg()));
			if (!consistent) {
				throw SchemeDefinition.error(qy.path(), "position " + p + " does not follow ADRG " + qy.afterAdrg());
			}
			qyWhen = clauses(qy.when());
			qyResult = qy.result();
			qyPosition = qy.enabled() ? p : -1;
		}
		return new Mdc(m.code(), clauses(m.entry()), adrgs.toArray(Adrg[]::new), qyPosition, qyWhen, qyResult);
	}

	private Split[] splits(AdrgDef a) {
		List<SplitDef> defs = a.splits();
		if (defs.isEmpty() || defs.getLast().when() != SplitCondition.ALWAYS) {
			throw SchemeDefinition.error(a.path() + ".splits", "the last split must be \"always\"");
		}
		Split[] splits = new Split[defs.size()];
		for (int i = 0; i < splits.length; i++) {
			SplitDef s = defs.get(i);
			SchemeTables.DrgRow row = tables.drgs.get(s.drg());
			if (row == null) {
				throw SchemeDefinition.error(s.path(), "DRG " + s.drg() + " is missing from drg_groups.csv");
			}
			if (!row.adrg().equals(a.code()) || row.when() != s.when()) {
				throw SchemeDefinition.error(s.path(), "DRG " + s.drg() + " disagrees with drg_groups.csv line "
						+ row.line() + " (ADRG " + row.adrg() + ", " + row.when().json() + ")");
			}
			if (!producedDrgs.add(s.drg())) {
				throw SchemeDefinition.error(s.path(), "DRG " + s.drg() + " is produced twice");
			}
			splits[i] = new Split(s.drg(), s.when());
		}
		return splits;
	}

	private Clause[] clauses(List<ClauseDef> defs) {
		return defs.stream().map(this::clause).toArray(Clause[]::new);
	}

	private Clause clause(ClauseDef c) {
		int number = Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, c.number())));
		if (c.op().operand() != ClauseOp.Operand.DX_LIST && c.op().operand() != ClauseOp.Operand.PROC_LIST) {
			return new Clause(c.op(), null, -1, c.text(), number, null, null, null);
		}
		boolean procedureList = c.op().operand() == ClauseOp.Operand.PROC_LIST;
		CodeSpace space = procedureList ? tables.procedures : tables.diagnoses;
		checkListName(c, procedureList);
		int listId = space.listId(c.list());
		if (listId < 0) {
			throw SchemeDefinition.error(c.path(), "list " + c.list() + " has no codes in the tables");
		}
		if (c.op() != ClauseOp.PROC_GROUPS && c.op() != ClauseOp.TRAUMA_REGIONS_GE) {
			return new Clause(c.op(), c.list(), listId, null, number, null, null, null);
		}
		List<String> labels = space.labelsOf(listId);
		if (labels.isEmpty() || labels.size() > 31) {
			throw SchemeDefinition.error(c.path(), "list " + c.list() + " needs 1 to 31 distinct "
					+ (procedureList ? "group" : "region") + " labels, has " + labels.size());
		}
		Map<String, Integer> bits = new HashMap<>();
		labels.forEach(l -> bits.put(l, bits.size()));
		int[] masks = new int[c.dnf().size()];
		for (int t = 0; t < masks.length; t++) {
			for (String label : c.dnf().get(t)) {
				Integer bit = bits.get(label);
				if (bit == null) {
					throw SchemeDefinition.error(c.path(),
							"group label \"" + label + "\" does not occur in " + c.list());
				}
				masks[t] |= 1 << bit;
			}
		}
		if (c.op() == ClauseOp.TRAUMA_REGIONS_GE && number < 1) {
			throw SchemeDefinition.error(c.path(), "value must be at least 1");
		}
		return new Clause(c.op(), c.list(), listId, null, number, space.labelArray(listId, bits), masks,
				labels.toArray(String[]::new));
	}

	/**
	 * List names: OR_PROCEDURES, an MDC code (its diagnosis table) or
	 * {@code <ADRG>.dx|dx1|proc|proc1}.
	 */
	private void checkListName(ClauseDef c, boolean procedureList) {
		String list = c.list();
		int dot = list.indexOf('.');
		boolean known;
		boolean isProcedureList;
		if (list.equals(SchemeTables.OR_PROCEDURES)) {
			known = true;
			isProcedureList = true;
		}
		else if (dot < 0) {
			known = def.mdcs().stream().anyMatch(m -> m.code().equals(list));
			isProcedureList = false;
		}
		else {
			String adrg = list.substring(0, dot);
			String kind = list.substring(dot + 1);
			known = def.adrgs().stream().anyMatch(a -> a.code().equals(adrg))
					&& Set.of("dx", "dx1", "proc", "proc1").contains(kind);
			isProcedureList = kind.startsWith("proc");
		}
		if (!known) {
			throw SchemeDefinition.error(c.path(), "unknown list name \"" + list + "\"");
		}
		if (isProcedureList != procedureList) {
			throw SchemeDefinition.error(c.path(), "op " + c.op().json() + " needs a "
					+ (procedureList ? "procedure" : "diagnosis") + " list, \"" + list + "\" is not one");
		}
	}

}
