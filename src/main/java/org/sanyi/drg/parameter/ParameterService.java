package org.sanyi.drg.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgPayments.ParameterProposal;
import org.sanyi.drg.engine.BaseRates;
import org.sanyi.drg.engine.WeightCalculator;
import org.sanyi.drg.engine.WeightCalculator.CostCase;
import org.sanyi.drg.engine.WeightCalculator.GroupWeight;
import org.sanyi.drg.engine.WeightCalculator.Settings;
import org.sanyi.drg.engine.WeightCalculator.Trim;
import org.sanyi.drg.parameter.ParameterRepository.BaseCase;
import org.sanyi.drg.parameter.ParameterRepository.VersionRow;
import org.sanyi.drg.parameter.ParameterRepository.WeightRow;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DRG payment parameters as reviewed versions ({@link MakerChecker}, like the insurance
 * policies): an officer proposes a new version of a region's weights, base rate or point
 * value and outlier rules from a date (one pending version per region); a second officer
 * approves it, which ends the version in force the day before. Weights are computed from
 * a base period's cases by the pure {@link WeightCalculator}, or copied from the version
 * a proposal is based on; the base rate or point value is entered, or derived from the
 * DRG fund budget over the base period's case mix ({@link BaseRates}).
 */
@Service
public class ParameterService {

	static final BigDecimal DEFAULT_HIGH_FACTOR = new BigDecimal("3");

	static final BigDecimal DEFAULT_HIGH_RATIO = new BigDecimal("0.8");

	static final BigDecimal DEFAULT_LOW_FACTOR = new BigDecimal("0.4");

	static final BigDecimal DEFAULT_TRIM_FACTOR = new BigDecimal("3");

	static final int DEFAULT_MIN_CASES = 5;

	private final ParameterRepository versions;

	private final MakerChecker<VersionRow, String> review;

	ParameterService(ParameterRepository versions) {
		this.versions = versions;
		this.review = new MakerChecker<>(versions, ParameterService::refusal);
	}

	@Transactional
	public long propose(ParameterProposal p, String proposer, DataScope scope) {
		String region = p.regionCode() == null ? "" : p.regionCode().strip();
		if (!RegionCode.isWellFormed(region) || region.length() != 6) {
			throw new BusinessException(DrgErrors.INVALID_REGION, region);
		}
		if (!scope.coversRegion(region)) {
			throw new BusinessException(DrgErrors.REGION_OUT_OF_SCOPE, region);
		}
		if (p.effectiveFrom() == null) {
			throw invalid("effective_from");
		}
		review.requireNoPending(region);
		String method = p.method() == null ? "RATE" : p.method().strip().toUpperCase(Locale.ROOT);
		if (!method.equals("RATE") && !method.equals("POINT")) {
			throw invalid("method");
		}
		VersionRow base = basedOn(p, region, scope);
		BigDecimal highFactor = first(p.highFactor(), base == null ? null : base.highFactor(), DEFAULT_HIGH_FACTOR);
		BigDecimal highRatio = first(p.highRatio(), base == null ? null : base.highRatio(), DEFAULT_HIGH_RATIO);
		BigDecimal lowFactor = first(p.lowFactor(), base == null ? null : base.lowFactor(), DEFAULT_LOW_FACTOR);
		if (highFactor.compareTo(BigDecimal.ONE) <= 0 || highFactor.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw invalid("high_factor");
		}
		if (highRatio.signum() < 0 || highRatio.compareTo(BigDecimal.ONE) > 0) {
			throw invalid("high_ratio");
		}
		if (lowFactor.signum() < 0 || lowFactor.compareTo(BigDecimal.ONE) >= 0) {
			throw invalid("low_factor");
		}
		Trim trim;
		try {
			trim = Trim.valueOf(p.trim() == null || p.trim().isBlank() ? "IQR" : p.trim().strip());
		}
		catch (IllegalArgumentException ex) {
			throw invalid("trim");
		}
		BigDecimal trimFactor = p.trimFactor() == null ? DEFAULT_TRIM_FACTOR : p.trimFactor();
		int minCases = p.minCases() == null ? DEFAULT_MIN_CASES : p.minCases();
		if (trimFactor.signum() <= 0 || minCases < 1) {
			throw invalid(trimFactor.signum() <= 0 ? "trim_factor" : "min_cases");
		}
		List<WeightRow> weights;
		BigDecimal overall = null;
		List<BaseCase> cases = List.of();
		if (p.baseFrom() != null || p.baseTo() != null) {
			if (p.baseFrom() == null || p.baseTo() == null || p.baseTo().isBefore(p.baseFrom())) {
				throw new BusinessException(DrgErrors.INVALID_PERIOD, p.baseFrom(), p.baseTo());
			}
			cases = versions.baseCases(RegionCode.of(region).prefix(), p.baseFrom(), p.baseTo());
			if (cases.isEmpty()) {
				throw new BusinessException(DrgErrors.NO_BASE_CASES, region, p.baseFrom(), p.baseTo());
			}
			Map<String, BigDecimal> reference = new HashMap<>();
			Map<String, String> names = new HashMap<>();
			if (base != null) {
				for (WeightRow w : versions.weights(base.id())) {
					names.put(w.drg(), w.drgName());
					if (w.rw() != null) {
						reference.put(w.drg(), w.rw());
					}
				}
			}
			List<CostCase> costs = new ArrayList<>();
			for (BaseCase c : cases) {
				costs.add(new CostCase(c.drg(), c.cost(), c.los()));
				names.put(c.drg(), c.drgName());
			}
			var result = WeightCalculator.compute(costs, reference, new Settings(trim, trimFactor, minCases));
			overall = result.overallMeanCost();
			weights = new ArrayList<>();
			for (GroupWeight g : result.groups()) {
				weights.add(new WeightRow(g.drg(), names.getOrDefault(g.drg(), ""), g.rw(), g.cases(), g.kept(),
						g.meanCost(), g.meanLos(), g.source().name(), g.flagged()));
			}
		}
		else if (base != null) {
			weights = versions.weights(base.id());
			overall = base.overallMeanCost();
		}
		else {
			throw invalid("base_period");
		}
		BigDecimal expectedRw = null;
		BigDecimal baseRate;
		BigDecimal pointValue = null;
		if (p.budget() != null) {
			if (p.budget().signum() <= 0 || p.budget().scale() > 2) {
				throw invalid("budget");
			}
			if (cases.isEmpty()) {
				throw invalid("budget_needs_base");
			}
			Map<String, BigDecimal> rw = new HashMap<>();
			weights.forEach(w -> rw.put(w.drg(), w.rw()));
			expectedRw = BaseRates.expectedRw(cases.stream().map(c -> rw.get(c.drg())).toList());
			if (expectedRw.signum() <= 0) {
				throw invalid("budget_needs_base");
			}
			if (method.equals("RATE")) {
				baseRate = BaseRates.rate(p.budget(), expectedRw);
			}
			else {
				pointValue = BaseRates.pointValue(p.budget(), expectedRw);
				baseRate = BaseRates.rateOfPointValue(pointValue);
			}
		}
		else if (method.equals("RATE")) {
			if (p.baseRate() == null || p.baseRate().signum() <= 0 || p.baseRate().scale() > 2) {
				throw invalid("base_rate");
			}
			baseRate = p.baseRate();
		}
		else {
			if (p.pointValue() == null || p.pointValue().signum() <= 0 || p.pointValue().scale() > 4) {
				throw invalid("point_value");
			}
			pointValue = p.pointValue();
			baseRate = BaseRates.rateOfPointValue(pointValue);
		}
		String code = uniqueCode(region + "-DRG-" + p.effectiveFrom().toString().replace("-", ""));
		long id = versions.insert(new VersionRow(0, code, region, p.effectiveFrom(), null, ReviewStatus.PENDING,
				base == null ? null : base.id(), method, p.budget(), expectedRw, baseRate, pointValue, highFactor,
				highRatio, lowFactor, p.baseFrom(), p.baseTo(), trim.name(), trimFactor, minCases, overall,
				p.summary() == null ? "" : p.summary().strip(), proposer, null, null, null, null));
		for (WeightRow w : weights) {
			versions.insertWeight(id, w);
		}
		return id;
	}

	/**
	 * The version a proposal is based on: the one named, else the approved one in force
	 * the day before it starts.
	 */
	private VersionRow basedOn(ParameterProposal p, String region, DataScope scope) {
		if (p.basedOn() != null) {
			return get(p.basedOn(), scope);
		}
		return versions.inForce(List.of(region), p.effectiveFrom().minusDays(1)).orElse(null);
	}

	/**
	 * A second officer approves: the version in force ends the day before the new one
	 * starts.
	 */
	@Transactional
	public void approve(long id, String reviewer, String note, DataScope scope) {
		review.approve(pendingForReview(id, reviewer, scope), reviewer, note == null ? "" : note.strip());
	}

	@Transactional
	public void reject(long id, String reviewer, String note, DataScope scope) {
		review.reject(pendingForReview(id, reviewer, scope), reviewer, note == null ? "" : note.strip());
	}

	public List<VersionRow> list(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> versions.list("", "");
			case REGION -> versions.list(scope.regionPrefix(), scope.regionCode());
			case INSTITUTION, SELF -> List.of();
		};
	}

	public VersionRow get(long id, DataScope scope) {
		return versions.find(id)
			.filter(v -> visible(v, scope))
			.orElseThrow(() -> new BusinessException(DrgErrors.PARAM_NOT_FOUND, id));
	}

	public List<WeightRow> weights(long id) {
		return versions.weights(id);
	}

	/** Whether the user may propose for or review versions of the row's region. */
	public boolean editable(VersionRow row, DataScope scope) {
		return scope.coversRegion(row.regionCode());
	}

	/**
	 * The approved version for a treatment region on a discharge date: the county's, else
	 * the city's, province's.
	 */
	public Optional<VersionRow> inForce(String region, LocalDate on) {
		List<String> candidates = new ArrayList<>();
		for (RegionCode c : RegionCode.of(region.substring(0, 6)).lineage()) {
			candidates.add(c.value());
		}
		return versions.inForce(candidates, on);
	}

	/**
	 * The approved versions that can apply to a treatment region (its own, its city's,
	 * province's), most specific region first: for choosing many cases' versions in
	 * memory ({@link #pick}).
	 */
	public List<VersionRow> approvedFor(String region) {
		List<String> candidates = new ArrayList<>();
		for (RegionCode c : RegionCode.of(region.substring(0, 6)).lineage()) {
			candidates.add(c.value());
		}
		return versions.approvedIn(candidates);
	}

	/**
	 * The version in force on a date among {@link #approvedFor} (the same choice as
	 * {@link #inForce}).
	 */
	public static Optional<VersionRow> pick(List<VersionRow> approved, LocalDate on) {
		return approved.stream()
			.filter(v -> !v.effectiveFrom().isAfter(on) && (v.effectiveTo() == null || !v.effectiveTo().isBefore(on)))
			.findFirst();
	}

	static boolean visible(VersionRow row, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> row.regionCode().startsWith(scope.regionPrefix())
					|| scope.regionCode().startsWith(RegionCode.of(row.regionCode()).prefix());
			case INSTITUTION, SELF -> false;
		};
	}

	private VersionRow pendingForReview(long id, String reviewer, DataScope scope) {
		VersionRow row = versions.findForUpdate(id)
			.filter(v -> visible(v, scope))
			.orElseThrow(() -> new BusinessException(DrgErrors.PARAM_NOT_FOUND, id));
		if (!editable(row, scope)) {
			throw new BusinessException(DrgErrors.PARAM_NOT_FOUND, id);
		}
		review.requireDecidable(row, reviewer);
		return row;
	}

	/** The review rules' refusals as the DRG module's error codes. */
	private static RuntimeException refusal(Refusal<VersionRow> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<VersionRow>(VersionRow row) ->
				new BusinessException(DrgErrors.PARAM_NOT_PENDING, row.code(), row.status().name());
			case Refusal.OwnProposal<VersionRow> own -> new BusinessException(DrgErrors.PARAM_REVIEW_OWN);
			case Refusal.PendingExists<VersionRow>(VersionRow pending) ->
				new BusinessException(DrgErrors.PARAM_PENDING_EXISTS, pending.regionCode(), pending.code());
			case Refusal.LaterVersion<VersionRow>(VersionRow row, VersionRow later) ->
				new BusinessException(DrgErrors.PARAM_EFFECTIVE_DATE, row.effectiveFrom().toString(), later.code(),
						later.effectiveFrom().toString());
		};
	}

	private String uniqueCode(String code) {
		String candidate = code;
		for (int n = 2; versions.codeExists(candidate); n++) {
			candidate = code + "-" + n;
		}
		return candidate;
	}

	private static BusinessException invalid(String field) {
		MessageSourceResolvable reason = new DefaultMessageSourceResolvable(
				new String[] { "drg.param.invalid." + field }, (Object[]) null);
		return new BusinessException(DrgErrors.PARAM_INVALID, reason);
	}

	private static BigDecimal first(BigDecimal a, BigDecimal b, BigDecimal c) {
		return a != null ? a : b != null ? b : c;
	}

}
