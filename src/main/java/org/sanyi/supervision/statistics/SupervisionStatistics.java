package org.sanyi.supervision.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.security.DataScope;
import org.sanyi.supervision.statistics.StatisticsRepository.Reason;
import org.sanyi.supervision.statistics.StatisticsRepository.RiskySettlement;
import org.sanyi.supervision.statistics.StatisticsRepository.RuleStats;
import org.sanyi.supervision.statistics.StatisticsRepository.Totals;

import org.springframework.stereotype.Service;

/**
 * Statistics of the suspicions in a scope and the 飞行检查 list. A rule's hit rate is the
 * share of the latest batch audit's settlements it flagged; its upheld rate the share of
 * its decided cases that were upheld (dismissed and reversed ones are not); a rule with
 * decided cases and none upheld is marked, so that the bureau reviews it.
 */
@Service
public class SupervisionStatistics {

	/** Settlements in the 飞行检查 list. */
	static final int INSPECTION_SIZE = 50;

	private final StatisticsRepository repository;

	SupervisionStatistics(StatisticsRepository repository) {
		this.repository = repository;
	}

	/** A rule's line: counts, the rates (null when there is no denominator), amounts. */
	public record RuleLine(String ruleId, String ruleName, String kind, long hits, long settlements, BigDecimal hitRate,
			long upheld, long notUpheld, long pending, BigDecimal upheldRate, boolean onlyDismissed, BigDecimal amount,
			BigDecimal recovered) {
	}

	public List<RuleLine> rules(DataScope scope) {
		Optional<Integer> audited = repository.auditedClaims(scope);
		List<RuleLine> lines = new ArrayList<>();
		for (RuleStats r : repository.byRule(scope)) {
			BigDecimal hitRate = audited.map(n -> rate(r.settlements(), n)).orElse(null);
			BigDecimal upheldRate = r.decided() == 0 ? null : rate(r.upheld(), r.decided());
			lines.add(new RuleLine(r.ruleId(), r.ruleName(), r.kind(), r.hits(), r.settlements(), hitRate, r.upheld(),
					r.notUpheld(), r.pending(), upheldRate, r.decided() > 0 && r.upheld() == 0, r.amount(),
					r.recovered()));
		}
		return lines;
	}

	public List<Totals> institutions(DataScope scope) {
		return repository.byInstitution(scope, 50);
	}

	public List<Totals> doctors(DataScope scope) {
		return repository.byDoctor(scope, 50);
	}

	public List<String> inspectable(DataScope scope) {
		return repository.institutions(scope);
	}

	/** A settlement of the 飞行检查 list with its reasons. */
	public record Inspection(RiskySettlement settlement, List<Reason> reasons) {
	}

	/** An institution's highest-risk settlements, the most serious first. */
	public List<Inspection> inspection(String institution, DataScope scope) {
		List<RiskySettlement> risky = repository.riskiest(institution, scope, INSPECTION_SIZE);
		Map<String, List<Reason>> reasons = new LinkedHashMap<>();
		for (Reason r : repository.reasons(institution, risky.stream().map(RiskySettlement::setlId).toList(), scope)) {
			reasons.computeIfAbsent(r.setlId(), k -> new ArrayList<>()).add(r);
		}
		return risky.stream().map(s -> new Inspection(s, reasons.getOrDefault(s.setlId(), List.of()))).toList();
	}

	/** A share as a percentage with one decimal. */
	static BigDecimal rate(long part, long whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
