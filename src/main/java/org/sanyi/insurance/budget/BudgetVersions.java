package org.sanyi.insurance.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.insurance.BudgetAdmin.NewBudget;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.BudgetRow.BudgetKey;
import org.sanyi.insurance.budget.engine.AdvanceRule;
import org.sanyi.insurance.budget.engine.Band;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the global budget (总额付费) of medical groups: yearly budgets per group
 * and fund, proposed by one officer and approved or rejected by a second
 * ({@link MakerChecker}, like the policy versions); approval supersedes the version in
 * force, later advances follow the new terms. A year cleared at year end takes no new
 * version.
 */
@Service
class BudgetVersions {

	/** The funds a global budget covers: the basic pooled funds of the two schemes. */
	public static final List<String> FUNDS = List.of("310100", "390100");

	private final BudgetRepository budgets;

	private final Registry registry;

	private final Clock clock;

	private final MakerChecker<BudgetRow, BudgetKey> review;

	/** Tells {@link BudgetFactReports} of an approval, in the approving transaction. */
	private final ApplicationEventPublisher events;

	BudgetVersions(BudgetRepository budgets, Registry registry, Clock insuranceClock,
			ApplicationEventPublisher events) {
		this.budgets = budgets;
		this.events = events;
		this.registry = registry;
		this.clock = insuranceClock;
		this.review = new MakerChecker<>(budgets, BudgetVersions::refusal);
	}

	/**
	 * What the bureau's form proposes: a new budget (group, fund, year) or, with
	 * {@code basedOn}, a new version.
	 */
	public record Proposal(Long basedOn, String allianceCode, String fundPayType, int year, BudgetTerms terms,
			String summary) {
	}

	public boolean hasBudgets() {
		return budgets.any();
	}

	@Transactional
	public long importBudget(NewBudget b) {
		BudgetTerms terms = terms(b);
		Alliance alliance = group(b.allianceCode());
		checkFundAndYear(b.fundPayType(), b.year());
		if (!budgets.lockOpen(new BudgetKey(alliance.id(), b.fundPayType(), b.year())).isEmpty()) {
			throw new BusinessException(InsuranceErrors.BUDGET_EXISTS, alliance.code(), b.fundPayType(), b.year());
		}
		long id = insert(alliance, b.fundPayType(), b.year(), terms, ReviewStatus.APPROVED, null, b.summary(),
				b.proposedBy(), b.approvedBy());
		events.publishEvent(
				new BudgetFactReports.BudgetApproved(new BudgetKey(alliance.id(), b.fundPayType(), b.year())));
		return id;
	}

	/** Stores a PENDING version; a second officer approves it. */
	@Transactional
	public long propose(Proposal p, String proposer, DataScope scope) {
		if (p.basedOn() != null) {
			BudgetRow base = budgets.findForUpdate(p.basedOn())
				.filter(r -> visible(r, scope))
				.orElseThrow(() -> BusinessException.notFound("budget", p.basedOn()));
			requireEditable(base, scope);
			if (base.status() != ReviewStatus.APPROVED) {
				throw new BusinessException(InsuranceErrors.BUDGET_BASE_OUTDATED, base.code());
			}
			requireOpenYear(base.allianceId(), base.fundPayType(), base.year());
			review.requireNoPending(base.key());
			Alliance alliance = group(base.allianceCode());
			return insert(alliance, base.fundPayType(), base.year(), p.terms(), ReviewStatus.PENDING, base.id(),
					p.summary(), proposer, null);
		}
		Alliance alliance = group(p.allianceCode());
		checkFundAndYear(p.fundPayType(), p.year());
		if (!scope.coversRegion(poolingRegion(alliance))) {
			throw new BusinessException(InsuranceErrors.BUDGET_GROUP_INVALID, p.allianceCode());
		}
		requireOpenYear(alliance.id(), p.fundPayType(), p.year());
		// a new budget only where the group has none for the fund and year: a change is a
		// version of the one in force
		if (!review.requireNoPending(new BudgetKey(alliance.id(), p.fundPayType(), p.year())).isEmpty()) {
			throw new BusinessException(InsuranceErrors.BUDGET_EXISTS, alliance.code(), p.fundPayType(), p.year());
		}
		return insert(alliance, p.fundPayType(), p.year(), p.terms(), ReviewStatus.PENDING, null, p.summary(), proposer,
				null);
	}

	/**
	 * A second officer approves: the version it replaces is superseded, later advances
	 * follow the new terms.
	 */
	@Transactional
	public void approve(long id, String reviewer, String note, DataScope scope) {
		BudgetRow row = pendingForReview(id, reviewer, scope);
		requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
		review.approve(row, reviewer, note);
		events.publishEvent(new BudgetFactReports.BudgetApproved(row.key()));
	}

	@Transactional
	public void reject(long id, String reviewer, String note, DataScope scope) {
		review.reject(pendingForReview(id, reviewer, scope), reviewer, note);
	}

	public BudgetRow get(long id, DataScope scope) {
		return budgets.find(id)
			.filter(r -> visible(r, scope))
			.orElseThrow(() -> BusinessException.notFound("budget", id));
	}

	public List<BudgetRow> history(BudgetRow row) {
		return budgets.history(row.allianceId(), row.fundPayType(), row.year());
	}

	/**
	 * Whether the user may propose, review, advance and clear this budget: their scope
	 * covers the fund's region.
	 */
	public boolean editable(BudgetRow row, DataScope scope) {
		return scope.coversRegion(row.region());
	}

	/**
	 * Whether the user may propose budgets at all: budgets belong to a pooling region
	 * (the city), so a scope inside one (a county bureau) reads them but proposes none.
	 */
	public boolean mayPropose(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> scope.regionCode() != null
					&& scope.coversRegion(RegionCode.of(scope.regionCode()).poolingRegion().value());
			default -> false;
		};
	}

	/**
	 * The medical groups (county medical communities, city medical groups) whose fund
	 * region the scope covers.
	 */
	public List<Alliance> groups(DataScope scope, String regionCode) {
		Map<Long, Alliance> found = new TreeMap<>();
		LocalDate today = LocalDate.now(clock);
		for (Institution i : registry.institutionsUnderRegion(regionCode)) {
			for (Alliance a : registry.alliancesOf(i.code(), today)) {
				if (a.kind() != Alliance.Kind.SPECIALTY && scope.coversRegion(poolingRegion(a))) {
					found.put(a.id(), a);
				}
			}
		}
		return List.copyOf(found.values());
	}

	// --- helpers
	// ----------------------------------------------------------------------------------------------------

	private long insert(Alliance alliance, String fund, int year, BudgetTerms terms, ReviewStatus status, Long basedOn,
			String summary, String proposer, String reviewer) {
		String code = alliance.code() + "-" + fund + "-" + year;
		String candidate = code;
		for (int n = 2; budgets.codeExists(candidate); n++) {
			candidate = code + "-v" + n;
		}
		return budgets.insert(new BudgetRepository.NewRow(candidate, alliance.id(), alliance.code(), alliance.name(),
				alliance.regionCode(), alliance.leadInstitutionCode(), poolingRegion(alliance), fund, year,
				terms.amount().amount(), BudgetJson.write(terms), status, basedOn, summary, proposer, reviewer));
	}

	private static BudgetTerms terms(NewBudget b) {
		List<Band> surplus = b.surplus().stream().map(s -> new Band(s.upTo(), s.share())).toList();
		List<Band> overspend = b.overspend().stream().map(s -> new Band(s.upTo(), s.share())).toList();
		return new BudgetTerms(BudgetJson.money(b.amount()), b.startMonth(),
				b.schedule().isEmpty() ? AdvanceRule.equal() : AdvanceRule.schedule(b.schedule()), b.advanceRatio(),
				surplus, overspend);
	}

	Alliance group(String code) {
		Alliance alliance = code == null ? null : registry.allianceByCode(code.trim()).orElse(null);
		if (alliance == null || alliance.kind() == Alliance.Kind.SPECIALTY) {
			throw new BusinessException(InsuranceErrors.BUDGET_GROUP_INVALID, code);
		}
		return alliance;
	}

	private void checkFundAndYear(String fund, int year) {
		if (!FUNDS.contains(fund)) {
			throw new BusinessException(InsuranceErrors.BUDGET_FUND_INVALID, fund);
		}
		int now = LocalDate.now(clock).getYear();
		if (year < 2000 || year > now + 1) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "year", year);
		}
	}

	void requireOpenYear(long allianceId, String fund, int year) {
		if (budgets.clearing(allianceId, fund, year).isPresent()) {
			throw new BusinessException(InsuranceErrors.BUDGET_YEAR_CLOSED, year);
		}
	}

	private BudgetRow pendingForReview(long id, String reviewer, DataScope scope) {
		BudgetRow row = budgets.findForUpdate(id)
			.filter(r -> visible(r, scope))
			.orElseThrow(() -> BusinessException.notFound("budget", id));
		requireEditable(row, scope);
		review.requireDecidable(row, reviewer);
		return row;
	}

	/** The review rules' refusals as the budget's error codes. */
	private static RuntimeException refusal(Refusal<BudgetRow> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<BudgetRow>(BudgetRow row) ->
				new BusinessException(InsuranceErrors.BUDGET_NOT_PENDING, row.code());
			case Refusal.OwnProposal<BudgetRow> own -> new BusinessException(InsuranceErrors.BUDGET_REVIEW_OWN);
			case Refusal.PendingExists<BudgetRow>(BudgetRow pending) -> new BusinessException(
					InsuranceErrors.BUDGET_EXISTS, pending.allianceCode(), pending.fundPayType(), pending.year());
			case Refusal.LaterVersion<BudgetRow> later -> new IllegalStateException("budgets are not dated");
		};
	}

	void requireEditable(BudgetRow row, DataScope scope) {
		if (!editable(row, scope)) {
			throw BusinessException.notFound("budget", row.id());
		}
	}

	static boolean visible(BudgetRow row, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION ->
				row.allianceRegion().startsWith(scope.regionPrefix()) || row.region().startsWith(scope.regionPrefix());
			case INSTITUTION -> row.leadInstitution().equals(scope.institutionCode());
			case SELF -> false;
		};
	}

	/** The fund's pooling region of a group: the city of its region (市级统筹). */
	static String poolingRegion(Alliance alliance) {
		return RegionCode.of(alliance.regionCode()).poolingRegion().value();
	}

}
