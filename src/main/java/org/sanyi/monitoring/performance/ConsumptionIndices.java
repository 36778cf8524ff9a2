package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.facts.DrgMonthFacts;
import org.sanyi.monitoring.performance.ConsumptionIndex.Cell;
import org.sanyi.monitoring.performance.ConsumptionIndex.Result;
import org.sanyi.monitoring.zone.ZoneRepository;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.RegionLevel;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.stereotype.Service;

/**
 * The consumption indices of hospitals over a period from the DRG month facts
 * ({@code drg.group.cases}, {@code drg.group.cost}, {@code drg.group.days} by DRG), each
 * against the DRG means of its city (the pooling region, 统筹区) over the same period — the
 * regional baseline pass the 国考 definition needs, taken from the same facts at query
 * time.
 */
@Service
public class ConsumptionIndices {

	/** The performance index's measure codes the indices answer. */
	public static final String COST = "cost_consumption_index";

	public static final String TIME = "time_consumption_index";

	private static final List<String> ELEMENTS = List.of(DrgMonthFacts.GROUP_CASES, DrgMonthFacts.GROUP_COST,
			DrgMonthFacts.GROUP_DAYS);

	private final ZoneRepository facts;

	private final Registry registry;

	ConsumptionIndices(ZoneRepository facts, Registry registry) {
		this.facts = facts;
		this.registry = registry;
	}

	/** A hospital's indices explained: the hospital, its city and the DRG lines. */
	public record Explained(Institution hospital, Region city, Result result, Map<String, String> names) {

		/** The DRG's name as the DRG module last reported it, else its code. */
		public String name(String drg) {
			return names.getOrDefault(drg, drg);
		}

	}

	/**
	 * Each hospital's indices over the period against its city; a hospital without DRG
	 * facts (or outside any city) is absent.
	 */
	public Map<String, Result> of(Collection<String> hospitals, Period period) {
		Map<String, Map<String, Cell>> byInstitution = cells(period);
		Map<String, String> cityOf = new HashMap<>();
		for (String institution : byInstitution.keySet()) {
			city(institution).ifPresent(c -> cityOf.put(institution, c.code()));
		}
		Map<String, Map<String, Cell>> byCity = new HashMap<>();
		byInstitution.forEach((institution, cells) -> {
			String city = cityOf.get(institution);
			if (city != null) {
				Map<String, Cell> sums = byCity.computeIfAbsent(city, k -> new HashMap<>());
				cells.forEach((drg, c) -> sums.merge(drg, c, Cell::plus));
			}
		});
		Map<String, Result> out = new HashMap<>();
		for (String h : hospitals) {
			Map<String, Cell> own = byInstitution.get(h);
			String city = cityOf.get(h);
			if (own != null && city != null) {
				out.put(h, ConsumptionIndex.of(own, byCity.get(city)));
			}
		}
		return out;
	}

	/** One hospital's indices with their DRG lines. */
	public Optional<Explained> explain(String hospital, Period period) {
		Optional<Institution> institution = registry.institution(hospital);
		Optional<Region> city = institution.flatMap(i -> city(i.code()));
		return city.flatMap(c -> {
			Result r = of(List.of(hospital), period).get(hospital);
			return r == null ? Optional.empty() : Optional.of(new Explained(institution.get(), c, r,
					facts.drgNames(r.lines().stream().map(ConsumptionIndex.Line::drg).toList())));
		});
	}

	/** The facts of the period: institution → DRG → cases, cost, days. */
	private Map<String, Map<String, Cell>> cells(Period period) {
		Map<String, Map<String, Cell>> out = new HashMap<>();
		for (ZoneRepository.Cell c : facts.grouped(ELEMENTS, Dimensions.DRG, Dimensions.DRG, null, null, period.first(),
				period.last())) {
			if (c.first() == null) {
				continue;
			}
			BigDecimal v = c.total();
			Cell add = switch (c.element()) {
				case DrgMonthFacts.GROUP_CASES -> new Cell(v, BigDecimal.ZERO, BigDecimal.ZERO);
				case DrgMonthFacts.GROUP_COST -> new Cell(BigDecimal.ZERO, v, BigDecimal.ZERO);
				default -> new Cell(BigDecimal.ZERO, BigDecimal.ZERO, v);
			};
			out.computeIfAbsent(c.institution(), k -> new HashMap<>()).merge(c.first(), add, Cell::plus);
		}
		return out;
	}

	private Optional<Region> city(String institution) {
		return registry.institution(institution)
			.flatMap(i -> registry.ancestors(i.regionCode())
				.stream()
				.filter(r -> r.level() == RegionLevel.CITY)
				.findFirst());
	}

}
