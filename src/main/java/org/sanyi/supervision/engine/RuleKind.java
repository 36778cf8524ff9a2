package org.sanyi.supervision.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of rule the engine evaluates, each with the parameters it reads (and their
 * defaults). Which part of the national rule template (insurance.md §5, next-wave.md
 * §2.1) each one implements is in docs/modules/supervision.md.
 */
public enum RuleKind {

	/** 限性别: an item restricted to one sex billed for the other. */
	SEX,
	/** 限年龄: an item restricted to an age band billed outside it. */
	AGE,
	/** 限儿童: an item payable for children only, billed for an older patient. */
	CHILD(param("max_age", ParameterType.INTEGER, "18")),
	/** 限医院等级: an item allowed only from a hospital level up, billed below it. */
	LEVEL,
	/** 限就医方式 / 限门诊 / 限住院: an item restricted to some scenes billed in another. */
	SCENE,
	/** 限适应症 / 限定支付范围: a restricted item without a qualifying diagnosis. */
	INDICATION,
	/**
	 * 超量开药: a drug supplied for more days than allowed; at a 门诊慢特病 visit (长处方) up to
	 * {@code chronic_max_days} (12 weeks by default) whatever the drug's usual limit.
	 */
	DAYS_SUPPLIED(param("max_days", ParameterType.INTEGER, "7"),
			param("chronic_max_days", ParameterType.INTEGER, "84")),
	/** 超频次: more units of an item in a day than allowed. */
	FREQUENCY,
	/** 超疗程: an item given on more days than its course. */
	COURSE,
	/** 超支付价格 / 超标准收费: a unit price above the payment standard. */
	PRICE,
	/** 限科室: an item billed by a department other than those it is restricted to. */
	DEPARTMENT,
	/**
	 * 超限定金额: more billed of an item in one visit than the most the knowledge base allows.
	 */
	MAX_AMOUNT,
	/** 重复收费: the same item billed twice on one day. */
	DUPLICATE,
	/** 重复收费 (项目内涵): a component billed with the bundle that includes it. */
	BUNDLE_DUPLICATE,
	/** 互斥项目: two items that exclude each other billed on one day. */
	EXCLUSIVE,
	/** 分解收费: a bundle billed as its separate components. */
	UNBUNDLING(param("min_components", ParameterType.INTEGER, "2")),
	/** 串换项目: a cheaper item billed under the code of a dearer one. */
	SUBSTITUTION,
	/**
	 * 虚记 / 关联缺失: an item billed without the item it needs (an anaesthesia without a
	 * surgery).
	 */
	MISSING_LINK,
	/** 分解住院: a readmission soon after discharge with a related diagnosis. */
	SPLIT_ADMISSION(param("days", ParameterType.INTEGER, "15"), param("planned", ParameterType.CODES, "Z51")),
	/** 挂床住院: consecutive inpatient days billed with bed, nursing and ward rounds only. */
	BED_HOLDING(param("days", ParameterType.INTEGER, "3")),
	/**
	 * 高频购药: the same drug bought more often than allowed in the rule's window (a calendar
	 * month unless it says a day or a year); the parameter keeps its first name.
	 */
	FREQUENT_PURCHASE(param("max_per_month", ParameterType.INTEGER, "4")),
	/** 超量购药: cumulative days supplied of a drug well beyond the days elapsed. */
	OVER_PURCHASE(param("ratio", ParameterType.DECIMAL, "1.2"), param("window_days", ParameterType.INTEGER, "90")),
	/** 住院天数异常: a stay longer than a limit. */
	LONG_STAY(param("max_days", ParameterType.INTEGER, "60")),
	/**
	 * 死亡后就医: care billed after the insured person's registered date of death (a visit
	 * that starts after it, or fee lines dated after it); care on the day of death is
	 * not.
	 */
	AFTER_DEATH,
	/**
	 * 医生次均费用超同级 (population): a doctor's cost per visit above the mean of the other
	 * doctors of the same hospital level and scene by more than {@code sigma} standard
	 * deviations.
	 */
	PEER_COST_DOCTOR(true, param("sigma", ParameterType.DECIMAL, "3"), param("min_visits", ParameterType.INTEGER, "20"),
			param("min_peers", ParameterType.INTEGER, "4")),
	/** 机构次均费用超同级 (population): the same for institutions of one level and scene. */
	PEER_COST_INSTITUTION(true, param("sigma", ParameterType.DECIMAL, "3"),
			param("min_visits", ParameterType.INTEGER, "20"), param("min_peers", ParameterType.INTEGER, "4")),
	/**
	 * 一个手机号关联多人 (population): one phone number given by more than {@code max_persons}
	 * insured persons.
	 */
	SHARED_PHONE(true, param("max_persons", ParameterType.INTEGER, "2")),
	/**
	 * 异地就医异常 (population): a visit outside the insured region that overlaps another visit
	 * of the person at another institution (one cannot be treated in two places at once).
	 */
	REMOTE_OVERLAP(true);

	private final Map<String, Parameter> parameters;

	private final boolean population;

	RuleKind(Parameter... parameters) {
		this(false, parameters);
	}

	RuleKind(boolean population, Parameter... parameters) {
		this.population = population;
		Map<String, Parameter> map = new LinkedHashMap<>();
		Arrays.stream(parameters).forEach(p -> map.put(p.name(), p));
		this.parameters = Map.copyOf(map);
	}

	/**
	 * Whether the kind looks at a population of claims (all of a period, a peer group)
	 * rather than one claim with its history: it runs only in the batch audit after
	 * settlement ({@link PopulationRules}), never at 3101/3102.
	 */
	public boolean population() {
		return population;
	}

	/**
	 * The time windows (时间区间) the kind can be evaluated in, the one it takes when a rule
	 * does not say first: what a single visit shows is judged per visit, what the same
	 * day shows per day, 高频购药 counts purchases in a day, a month or a year, and the
	 * population kinds look at the whole period audited (a year at most).
	 */
	public List<TimeWindow> windows() {
		return switch (this) {
			case FREQUENCY, DUPLICATE, BUNDLE_DUPLICATE, EXCLUSIVE, UNBUNDLING -> List.of(TimeWindow.DAY);
			case FREQUENT_PURCHASE ->
				List.of(TimeWindow.MONTH, TimeWindow.DAY, TimeWindow.YEAR, TimeWindow.INSURANCE_YEAR);
			case PEER_COST_DOCTOR, PEER_COST_INSTITUTION, SHARED_PHONE ->
				List.of(TimeWindow.INSURANCE_YEAR, TimeWindow.YEAR);
			default -> List.of(TimeWindow.VISIT);
		};
	}

	/** The parameters this kind reads, by name. */
	public Map<String, Parameter> parameters() {
		return parameters;
	}

	/**
	 * The first problem of a set of parameter values: the name of an unknown parameter or
	 * of one whose value is not of its type; empty when they are all good.
	 */
	public Optional<String> problemOf(Map<String, String> values) {
		for (Map.Entry<String, String> entry : values.entrySet()) {
			Parameter p = parameters.get(entry.getKey());
			if (p == null || !p.type().accepts(entry.getValue())) {
				return Optional.of(entry.getKey());
			}
		}
		return Optional.empty();
	}

	/** A kind by name, or empty. */
	public static Optional<RuleKind> named(String name) {
		return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
	}

	private static Parameter param(String name, ParameterType type, String defaultValue) {
		return new Parameter(name, type, defaultValue);
	}

	/** A parameter a kind reads, with the value it takes when a rule does not set it. */
	public record Parameter(String name, ParameterType type, String defaultValue) {
	}

}
