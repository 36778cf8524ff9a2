package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders of claims, rules and restrictions for the evaluator tests. */
final class Claims {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private Claims() {
	}

	static Builder outpatient() {
		return new Builder(Scene.OUTPATIENT);
	}

	static Builder inpatient() {
		return new Builder(Scene.INPATIENT);
	}

	/**
	 * A rule of the kind at every stage, scene and level, definite, with the given
	 * parameters.
	 */
	static Rule rule(RuleKind kind, String... parameters) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			map.put(parameters[i], parameters[i + 1]);
		}
		return new Rule("R-" + kind.name(), kind.name(), kind, Category.MEDICAL, ResultType.DEFINITE,
				kind.windows().getFirst(), Set.of(), Set.of(), EnumSet.allOf(Stage.class), Severity.HIGH, false, map);
	}

	static RestrictionBuilder restriction(String code) {
		return new RestrictionBuilder(code);
	}

	static KnowledgeBase kb(Restriction... restrictions) {
		return new KnowledgeBase(List.of(restrictions), List.of(), List.of(), List.of());
	}

	static List<Violation> audit(Rule rule, KnowledgeBase kb, Claim claim) {
		return AuditEngine.test(rule, kb, claim, History.NONE);
	}

	static List<Violation> audit(Rule rule, KnowledgeBase kb, Claim claim, History history) {
		return AuditEngine.test(rule, kb, claim, history);
	}

	static final class Builder {

		private final Scene scene;

		private Sex sex = Sex.MALE;

		private LocalDate birth = LocalDate.of(1970, 1, 1);

		private int level = 3;

		private String visitId = "V1";

		private LocalDate admission = DAY;

		private LocalDate discharge = DAY;

		private List<String> diagnoses = List.of("I10.x00");

		private final List<ClaimLine> lines = new ArrayList<>();

		private LocalDate died;

		private boolean chronic;

		private String insutype;

		Builder(Scene scene) {
			this.scene = scene;
		}

		Builder sex(Sex s) {
			this.sex = s;
			return this;
		}

		Builder born(LocalDate d) {
			this.birth = d;
			return this;
		}

		Builder level(int l) {
			this.level = l;
			return this;
		}

		Builder visit(String id) {
			this.visitId = id;
			return this;
		}

		Builder stay(LocalDate from, LocalDate to) {
			this.admission = from;
			this.discharge = to;
			return this;
		}

		/** A 门诊慢特病 visit (med_type 14). */
		Builder chronic() {
			this.chronic = true;
			return this;
		}

		Builder insutype(String code) {
			this.insutype = code;
			return this;
		}

		Builder died(LocalDate d) {
			this.died = d;
			return this;
		}

		Builder diagnoses(String... codes) {
			this.diagnoses = List.of(codes);
			return this;
		}

		Builder line(String code, ItemKind kind, String quantity, String price) {
			return line(code, kind, DAY, quantity, price, 0, "");
		}

		Builder line(String code, ItemKind kind, LocalDate date, String quantity, String price) {
			return line(code, kind, date, quantity, price, 0, "");
		}

		Builder drug(String code, LocalDate date, int days, String amount) {
			return line(code, ItemKind.WESTERN_DRUG, date, "1", amount, days, "");
		}

		Builder line(String code, ItemKind kind, LocalDate date, String quantity, String price, int days,
				String hospitalName) {
			BigDecimal q = new BigDecimal(quantity);
			BigDecimal p = new BigDecimal(price);
			lines.add(new ClaimLine("L" + (lines.size() + 1), code, "项目" + code, hospitalName, kind, date, q, p,
					q.multiply(p).setScale(2, java.math.RoundingMode.HALF_UP), days, "D01", "A03"));
			return this;
		}

		Claim build() {
			return new Claim(visitId, "", "P1", sex, birth, "H1", level, scene, admission, discharge, diagnoses, lines,
					died, chronic, insutype, null);
		}

	}

	static final class RestrictionBuilder {

		private final String code;

		private Sex sex;

		private Integer minAge;

		private Integer maxAge;

		private boolean child;

		private Integer minLevel;

		private Set<Scene> scenes = Set.of();

		private List<String> indications = List.of();

		private List<String> requires = List.of();

		private Integer maxDays;

		private BigDecimal maxPerDay;

		private Integer course;

		private BigDecimal cap;

		private List<String> departments = List.of();

		private BigDecimal maxAmount;

		RestrictionBuilder(String code) {
			this.code = code;
		}

		RestrictionBuilder sex(Sex s) {
			this.sex = s;
			return this;
		}

		RestrictionBuilder ages(Integer min, Integer max) {
			this.minAge = min;
			this.maxAge = max;
			return this;
		}

		RestrictionBuilder child() {
			this.child = true;
			return this;
		}

		RestrictionBuilder minLevel(int l) {
			this.minLevel = l;
			return this;
		}

		RestrictionBuilder scenes(Scene... s) {
			this.scenes = Set.of(s);
			return this;
		}

		RestrictionBuilder indications(String... prefixes) {
			this.indications = List.of(prefixes);
			return this;
		}

		RestrictionBuilder requires(String... codes) {
			this.requires = List.of(codes);
			return this;
		}

		RestrictionBuilder maxDays(int d) {
			this.maxDays = d;
			return this;
		}

		RestrictionBuilder maxPerDay(String q) {
			this.maxPerDay = new BigDecimal(q);
			return this;
		}

		RestrictionBuilder course(int d) {
			this.course = d;
			return this;
		}

		RestrictionBuilder cap(String c) {
			this.cap = new BigDecimal(c);
			return this;
		}

		RestrictionBuilder departments(String... prefixes) {
			this.departments = List.of(prefixes);
			return this;
		}

		RestrictionBuilder maxAmount(String amount) {
			this.maxAmount = new BigDecimal(amount);
			return this;
		}

		Restriction build() {
			return new Restriction(code, sex, minAge, maxAge, child, minLevel, scenes, indications, requires, maxDays,
					maxPerDay, course, cap, departments, maxAmount);
		}

	}

}
