package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.ExpressionError;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.engine.References;
import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.monitoring.quality.QualityRepository.Violation;
import org.sanyi.monitoring.quality.RuleCheck.MissingValues;
import org.sanyi.monitoring.quality.RuleCheck.Operator;
import org.sanyi.monitoring.quality.RuleCheck.Outcome;
import org.sanyi.monitoring.report.ReportApproved;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the validation rules over one hospital's month: when its report is approved (in
 * the approval's transaction, so the new facts are seen), every night over the last three
 * months of every hospital, and when a regulator asks for their region. A violation is
 * stored once per rule, hospital and month; a later check that passes resolves it.
 */
@Service
public class QualityService {

	private static final Logger log = LoggerFactory.getLogger(QualityService.class);

	/** Months the nightly run and the button look back over. */
	static final int MONTHS_CHECKED = 3;

	private final QualityRepository quality;

	private final RuleExpressions expressions;

	private final FactTotals facts;

	private final Registry registry;

	private final Areas areas;

	QualityService(QualityRepository quality, RuleExpressions expressions, FactTotals facts, Registry registry,
			Areas areas) {
		this.quality = quality;
		this.expressions = expressions;
		this.facts = facts;
		this.registry = registry;
		this.areas = areas;
	}

	/** A parsed rule, ready to check. */
	record Parsed(Rule rule, Expression left, Operator op, Expression right, MissingValues missing) {
	}

	public List<Rule> rules() {
		return quality.rules();
	}

	@EventListener
	public void onApproval(ReportApproved approved) {
		registry.institution(approved.institution())
			.ifPresent(i -> check(i, YearMonth.parse(approved.period()), parsedRules()));
	}

	/** Every night, once per cluster. */
	@Scheduled(cron = "${sanyi.monitoring.quality.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "monitoring-quality", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void nightly() {
		int found = run(DataScope.all());
		log.info("nightly data-quality check: {} violations", found);
	}

	/**
	 * Checks every hospital in the scope over the last months; returns the violations
	 * found.
	 */
	@Transactional
	public int run(DataScope scope) {
		List<Parsed> rules = parsedRules();
		YearMonth last = YearMonth.from(PlatformTime.today()).minusMonths(1);
		int found = 0;
		for (Institution hospital : hospitals(scope)) {
			for (int back = 0; back < MONTHS_CHECKED; back++) {
				found += check(hospital, last.minusMonths(back), rules);
			}
		}
		return found;
	}

	/** The hospitals of the scope (what report forms and rules are about). */
	public List<Institution> hospitals(DataScope scope) {
		return areas.institutions(areas.home(scope), PlatformTime.today())
			.stream()
			.filter(i -> i.kind().isHospital())
			.toList();
	}

	int check(Institution hospital, YearMonth month, List<Parsed> rules) {
		Set<Component> components = new LinkedHashSet<>();
		for (Parsed p : rules) {
			for (Expression side : List.of(p.left(), p.right())) {
				References.elements(side)
					.stream()
					.filter(e -> !RuleExpressions.REGISTERED_BEDS.equals(e.code()))
					.forEach(e -> components.add(new Component(e.code(), e.slice())));
			}
		}
		Period period = Period.month(month);
		Map<Component, BigDecimal> totals = new HashMap<>(
				facts.totals(components, new Selection.Institutions(Set.of(hospital.code())), period.span()));
		int found = 0;
		for (Parsed p : rules) {
			Outcome outcome = RuleCheck.check(p.left(), p.op(), p.right(), p.missing(),
					e -> value(e, hospital, totals));
			if (outcome.skipped()) {
				continue;
			}
			if (outcome.violated()) {
				quality.found(p.rule().code(), hospital.code(), hospital.regionCode(), month.toString(), outcome.left(),
						outcome.right(), p.rule().importance());
				found++;
			}
			else {
				quality.passed(p.rule().code(), hospital.code(), month.toString());
			}
		}
		return found;
	}

	/**
	 * A fact total, or the registered beds; a zero total is missing (zeros are not
	 * reported).
	 */
	private static Optional<BigDecimal> value(Element e, Institution hospital, Map<Component, BigDecimal> totals) {
		BigDecimal v = RuleExpressions.REGISTERED_BEDS.equals(e.code()) ? BigDecimal.valueOf(hospital.beds())
				: totals.getOrDefault(new Component(e.code(), e.slice()), BigDecimal.ZERO);
		return v.signum() == 0 ? Optional.empty() : Optional.of(v);
	}

	List<Parsed> parsedRules() {
		return quality.rules().stream().filter(Rule::active).map(this::parse).flatMap(Optional::stream).toList();
	}

	private Optional<Parsed> parse(Rule rule) {
		try {
			return Optional.of(new Parsed(rule, expressions.parse(rule.leftExpr()), Operator.of(rule.operator()),
					expressions.parse(rule.rightExpr()), MissingValues.valueOf(rule.missing())));
		}
		catch (ExpressionError ex) {
			// an element's module was removed since the rule was written: the rule waits
			log.warn("validation rule {} cannot be read: {}", rule.code(), ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Inserts a rule whose addition a second regulator approved
	 * ({@link RuleReview#approve}); new rules are proposed through
	 * {@link RuleReview#proposeNew}.
	 */
	void insert(Rule rule) {
		quality.insertRule(rule);
	}

	/**
	 * A rule as a form types it, for the code given: every field checked and both sides
	 * read (MON-0120, MON-0121) before anything is stored.
	 */
	Rule read(Map<String, String> form, String code, boolean active, String by) {
		String nameZh = field(form, "nameZh", ".{1,100}");
		String nameEn = field(form, "nameEn", ".{1,100}");
		String op = field(form, "operator", "==|!=|<=|>=|<|>");
		String missing = field(form, "missing", "SKIP_IF_ANY_MISSING|SKIP_IF_ALL_MISSING|NEVER_SKIP");
		String importance = field(form, "importance", "HIGH|MEDIUM|LOW");
		String left = field(form, "left", ".{1,1000}");
		String right = field(form, "right", ".{1,1000}");
		side("left", left);
		side("right", right);
		return new Rule(code, nameZh, nameEn, left, op, right, missing, importance, active, by);
	}

	/** The rule of a code, active or not. */
	public Optional<Rule> rule(String code) {
		return quality.rules().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	private void side(String side, String text) {
		try {
			expressions.parse(text);
		}
		catch (ExpressionError ex) {
			throw new BusinessException(QualityErrors.RULE_EXPRESSION, side(side), ex.column(),
					ex.kind() + " " + ex.detail());
		}
	}

	private static org.springframework.context.MessageSourceResolvable side(String side) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "monitoring.quality.side." + side }, side);
	}

	static String field(Map<String, String> form, String name, String pattern) {
		String value = form.get(name) == null ? "" : form.get(name).strip();
		if (!value.matches(pattern)) {
			throw new BusinessException(QualityErrors.RULE_FIELD,
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "monitoring.quality.field." + name }, name));
		}
		return value;
	}

	public List<Violation> violations(DataScope scope, String status) {
		return quality.violations(scope.regionPrefix(), status, 500);
	}

	/**
	 * A regulator of the hospital's region notes what is being done about a violation.
	 */
	@Transactional
	public void followUp(long id, String by, String note, DataScope scope) {
		Violation v = quality.violationForUpdate(id)
			.filter(x -> scope.coversRegion(x.regionCode()))
			.orElseThrow(() -> new BusinessException(QualityErrors.VIOLATION_NOT_FOUND, id));
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw new BusinessException(QualityErrors.FOLLOW_UP_NOTE);
		}
		quality.followUp(v.id(), by, text);
	}

}
