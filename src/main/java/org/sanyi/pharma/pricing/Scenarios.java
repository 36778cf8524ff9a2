package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.FeeGroup;
import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.pharma.engine.ReformTriggers;
import org.sanyi.pharma.pricing.ScenarioRepository.Trigger;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 腾笼换鸟 scenarios: a draft is checked field by field, computed by the pure
 * {@link PriceReform} over the region's baseline year ({@link Baselines}) and saved with
 * its result and the trigger version it was checked against; saved scenarios are listed,
 * opened and compared side by side within the user's region.
 */
@Service
public class Scenarios {

	private final ScenarioRepository repository;

	private final Baselines baselines;

	private final AuditLog audit;

	Scenarios(ScenarioRepository repository, Baselines baselines, AuditLog audit) {
		this.audit = audit;
		this.repository = repository;
		this.baselines = baselines;
	}

	/** A scenario with the trigger version it was checked against and the checks. */
	public record Checked(Scenario scenario, Trigger trigger, List<ReformTriggers.Check> checks, boolean triggered) {
	}

	/** Computes and saves a scenario; returns its id. PH-0101 names a bad field. */
	@Transactional
	public long save(ScenarioForm form, String by, DataScope scope) {
		ScenarioForm.Input in = form.read();
		if (!scope.coversRegion(in.region())) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "region", in.region());
		}
		List<PriceReform.Institution> baseline = baselines.of(in.region(), in.from(), in.to());
		if (baseline.isEmpty()) {
			throw new BusinessException(PharmaErrors.PRICING_NO_BASELINE, in.region(), in.from(), in.to());
		}
		PriceReform.Result result = PriceReform.simulate(baseline, in.draft());
		Trigger trigger = repository.triggerInForce(in.region(), PlatformTime.today())
			.orElseThrow(() -> new IllegalStateException("no trigger version, not even the default"));
		return repository.insert(in.region(), in.name(), in.from(), in.to(), in.draft(), in.fundMonths(),
				in.costGrowth(), trigger.id(), result, by);
	}

	public Checked get(long id, DataScope scope) {
		Scenario scenario = repository.find(id)
			.filter(s -> scope.coversRegion(s.region()))
			.orElseThrow(() -> BusinessException.notFound("scenario", id));
		return checked(scenario);
	}

	public List<Scenario> list(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> repository.list("");
			case REGION -> repository.list(scope.regionPrefix());
			case INSTITUTION, SELF -> List.of();
		};
	}

	/** Scenarios side by side, those outside the scope left out, in the order asked. */
	public List<Checked> compare(List<Long> ids, DataScope scope) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return repository.findAll(ids.stream().distinct().limit(6).toList())
			.stream()
			.filter(s -> scope.coversRegion(s.region()))
			.map(this::checked)
			.toList();
	}

	/** The trigger versions that apply to a region, its own first. */
	public List<Trigger> triggers(String region) {
		return repository.triggers(region);
	}

	/**
	 * Adds a trigger version of a region in the caller's scope (a change of conditions is
	 * a new version, in force from a day not before today, so a scenario already checked
	 * keeps the version it was checked against). Refused with PH-0101 naming the field: a
	 * region outside the scope, a version name taken or empty, a day before today or
	 * taken by another version, months outside 0–60, a cost growth outside −50 %…100 %, a
	 * share target outside 0…1 or with more decimals than stored.
	 */
	@Transactional
	public long addTrigger(String region, String version, LocalDate from, ReformTriggers conditions, String note,
			String by, DataScope scope) {
		String r = region == null ? "" : region.strip();
		if (!r.matches("[0-9]{6}") || !scope.coversRegion(r)) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "region", r);
		}
		String v = version == null ? "" : version.strip();
		List<Trigger> own = repository.triggers(r).stream().filter(t -> t.region().equals(r)).toList();
		if (v.isEmpty() || v.length() > 40 || own.stream().anyMatch(t -> t.version().equals(v))) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "version", v);
		}
		if (from == null || from.isBefore(PlatformTime.today())
				|| own.stream().anyMatch(t -> t.effectiveFrom().equals(from))) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "effectiveFrom", from);
		}
		within("minFundMonths", conditions.minFundMonths(), "0", "60", 2);
		within("maxCostGrowth", conditions.maxCostGrowth(), "-0.5", "1", 4);
		within("serviceShareTarget", conditions.serviceShareTarget(), "0", "1", 4);
		String n = note == null ? "" : note.strip();
		if (n.length() > 500) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "note", n.substring(0, 20) + "…");
		}
		long id = repository.insertTrigger(r, v, from, conditions, n, by);
		audit.record(AuditAction.CREATE, "pharma:pricing", r + "/" + v,
				"trigger from " + from + ": months ≥ " + conditions.minFundMonths() + ", growth ≤ "
						+ conditions.maxCostGrowth() + ", service share < " + conditions.serviceShareTarget());
		return id;
	}

	private static void within(String field, BigDecimal value, String min, String max, int scale) {
		if (value == null || value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0
				|| value.stripTrailingZeros().scale() > scale) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, field, value);
		}
	}

	public boolean any() {
		return repository.any();
	}

	private Checked checked(Scenario s) {
		Trigger trigger = repository.trigger(s.triggerId()).orElseThrow();
		List<ReformTriggers.Check> checks = trigger.conditions()
			.check(s.fundMonths(), s.costGrowth(), s.result().region().before().share(FeeGroup.SERVICE));
		return new Checked(s, trigger, checks, ReformTriggers.allMet(checks));
	}

}
