package org.sanyi.pharma.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.FundAdjustments;
import org.sanyi.insurance.FundAdjustments.NewAdjustment;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.Progress;
import org.sanyi.pharma.engine.Retention;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.pharma.progress.Cell;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结余留用 per cycle: after a cycle has ended, an officer computes it for every institution
 * that agreed volumes ({@link Retention}: the fund's budget at pre-round prices − its
 * actual spend, retained under the round's ratio when the institution completed every
 * agreed volume) and proposes it; a second officer approves or rejects it through the
 * shared maker–checker. Approving pays each institution's retained amount through
 * insurance's {@link FundAdjustments} (a payout from the pooled fund, key
 * {@code PH-RET-<computation>-<institution>}, so it never posts twice); an approved
 * recomputation replaces the earlier one, whose payouts are reversed in the same
 * transaction.
 */
@Service
public class Retentions {

	private final RetentionRepository repository;

	private final RoundProgress progress;

	/**
	 * The pooled fund the payouts come from: the employee fund of the institution's
	 * pooling region (purchases do not carry the patients' scheme, so the retention is
	 * not split between the schemes).
	 */
	static final String RETENTION_FUND = "310100";

	private final MakerChecker<RetentionVersion, RetentionVersion.Key> review;

	private final FundAdjustments adjustments;

	Retentions(RetentionRepository repository, RoundProgress progress, FundAdjustments adjustments) {
		this.repository = repository;
		this.progress = progress;
		this.adjustments = adjustments;
		this.review = new MakerChecker<>(repository, Retentions::refusal);
	}

	public List<RetentionVersion> ofRound(long roundId) {
		return repository.ofRound(roundId);
	}

	public RetentionVersion get(RoundRow round, long id) {
		return repository.find(id)
			.filter(v -> v.roundId() == round.id())
			.orElseThrow(() -> BusinessException.notFound("retention", id));
	}

	public List<RetentionLine> lines(long retentionId, DataScope scope) {
		return repository.lines(retentionId, ScopeFilter.of(scope));
	}

	/**
	 * Computes the cycle's 结余留用 over the whole round (every institution) and proposes it.
	 */
	@Transactional
	public long propose(RoundRow round, int cycle, String by) {
		if (cycle < 1 || cycle > 36) {
			throw new BusinessException(PharmaErrors.NO_SUCH_CYCLE, cycle);
		}
		if (!round.cycleEnd(cycle).isBefore(PlatformTime.today())) {
			throw new BusinessException(PharmaErrors.CYCLE_NOT_ENDED, round.cycleEnd(cycle));
		}
		review.requireNoPending(new RetentionVersion.Key(round.id(), cycle));
		List<RetentionLine> lines = compute(round, progress.cells(round, cycle, DataScope.all()), cycle);
		BigDecimal budget = BigDecimal.ZERO.setScale(2);
		BigDecimal spend = BigDecimal.ZERO.setScale(2);
		BigDecimal surplus = BigDecimal.ZERO.setScale(2);
		BigDecimal retained = BigDecimal.ZERO.setScale(2);
		for (RetentionLine l : lines) {
			budget = budget.add(l.budget());
			spend = spend.add(l.actualSpend());
			surplus = surplus.add(l.surplus());
			retained = retained.add(l.retained());
		}
		long id = repository.insert(round.id(), cycle, round.cycleStart(cycle), round.cycleEnd(cycle), budget, spend,
				surplus, retained, by);
		lines.forEach(l -> repository.insertLine(id, l));
		return id;
	}

	@Transactional
	public void approve(RoundRow round, long id, String by, String note) {
		RetentionVersion version = locked(round, id);
		List<RetentionVersion> replaced = repository
			.lockOpen(new RetentionVersion.Key(version.roundId(), version.cycleNo()))
			.stream()
			.filter(v -> v.status() == org.sanyi.shared.review.ReviewStatus.APPROVED)
			.toList();
		review.approve(version, by, note);
		LocalDate today = PlatformTime.today();
		for (RetentionVersion old : replaced) {
			for (RetentionLine line : repository.lines(old.id(), ScopeFilter.of(DataScope.all()))) {
				String key = payoutKey(old.id(), line.institutionCode());
				if (adjustments.find(key).isPresent()) {
					adjustments.reverse(key, reason(round, version), by, today);
				}
			}
		}
		for (RetentionLine line : repository.lines(id, ScopeFilter.of(DataScope.all()))) {
			if (line.retained().signum() > 0) {
				adjustments.post(new NewAdjustment(payoutKey(id, line.institutionCode()), FundAdjustments.Kind.PAYOUT,
						line.institutionCode(), null, RETENTION_FUND, line.retained(), today, reason(round, version),
						by));
			}
		}
	}

	static String payoutKey(long retentionId, String institution) {
		return "PH-RET-" + retentionId + "-" + institution;
	}

	/** The ledger's reason: the round and cycle (data, not prose). */
	private static String reason(RoundRow round, RetentionVersion v) {
		String text = round.name() + " · " + round.code() + " · " + v.cycleStart() + "~" + v.cycleEnd() + " · #"
				+ v.id();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	@Transactional
	public void reject(RoundRow round, long id, String by, String note) {
		review.reject(locked(round, id), by, note);
	}

	private RetentionVersion locked(RoundRow round, long id) {
		RetentionVersion v = get(round, id);
		return repository.lockOpen(new RetentionVersion.Key(v.roundId(), v.cycleNo()))
			.stream()
			.filter(o -> o.id() == id)
			.findFirst()
			.orElseThrow(() -> new BusinessException(PharmaErrors.RETENTION_NOT_PENDING, id));
	}

	/**
	 * Per institution with an agreed volume: the sums of its cells, then the pure
	 * computation.
	 */
	static List<RetentionLine> compute(RoundRow round, List<Cell> cells, int cycle) {
		Map<String, List<Cell>> byInstitution = new LinkedHashMap<>();
		cells.forEach(c -> byInstitution.computeIfAbsent(c.institutionCode(), k -> new ArrayList<>()).add(c));
		List<RetentionLine> lines = new ArrayList<>();
		byInstitution.forEach((institution, own) -> {
			long agreed = own.stream().mapToLong(Cell::agreed).sum();
			if (agreed == 0) {
				return;
			}
			long winning = own.stream().mapToLong(Cell::winning).sum();
			boolean completed = own.stream().allMatch(c -> c.agreed() == 0 || c.winning() >= c.agreed());
			BigDecimal agreedValue = own.stream()
				.map(Cell::agreedValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.setScale(2, RoundingMode.HALF_UP);
			BigDecimal paid = own.stream().map(Cell::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			Retention r = Retention.of(agreedValue, paid, round.insuranceShare(), round.retentionRatio(), completed);
			Progress p = Progress.of(agreed, winning, 0, round.cycleStart(cycle), round.cycleEnd(cycle),
					round.cycleEnd(cycle), round.alertGap());
			lines.add(new RetentionLine(institution, own.getFirst().institutionRegion(), agreed, winning,
					p.completion(), r.budget(), r.actualSpend(), r.surplus(), r.eligible(), r.retained()));
		});
		return lines;
	}

	private static RuntimeException refusal(Refusal<RetentionVersion> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<RetentionVersion> r ->
				new BusinessException(PharmaErrors.RETENTION_NOT_PENDING, r.version().id());
			case Refusal.OwnProposal<RetentionVersion> r ->
				new BusinessException(PharmaErrors.RETENTION_OWN_PROPOSAL, r.version().id());
			case Refusal.PendingExists<RetentionVersion> r ->
				new BusinessException(PharmaErrors.RETENTION_PENDING_EXISTS, r.pending().id());
			case Refusal.LaterVersion<RetentionVersion> r ->
				new BusinessException(PharmaErrors.RETENTION_PENDING_EXISTS, r.later().id());
		};
	}

}
