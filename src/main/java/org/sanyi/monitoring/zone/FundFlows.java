package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.stereotype.Service;

/**
 * Where the fund's money goes (基金流向): fund paid and medical fees for care given by the
 * area's institutions, broken down by scheme (险种), institution level, treatment county
 * and alliance; and, for a region, by direction: its own insured (by the insured county)
 * treated in it, its insured treated elsewhere (money leaving), others treated in it
 * (money coming in). Alliances overlap (a hospital leads a 医共体 and belongs to a 专科联盟), so
 * their slices are not meant to add up; every other breakdown adds up to the total.
 */
@Service
public class FundFlows {

	/** The breakdowns, in the order shown. */
	public static final List<String> DIMENSIONS = List.of("direction", "scheme", "level", "county", "alliance");

	private final ZoneRepository facts;

	private final Areas areas;

	private final Registry registry;

	FundFlows(ZoneRepository facts, Areas areas, Registry registry) {
		this.facts = facts;
		this.areas = areas;
		this.registry = registry;
	}

	/**
	 * One slice: a key (a code, or a message key when {@code labelKey}), what to show and
	 * its sums.
	 */
	public record Slice(String key, boolean labelKey, String label, BigDecimal fund, BigDecimal fees) {
	}

	/**
	 * The breakdowns of an area over a span, and the totals of care given in the area.
	 */
	public record Breakdown(Map<String, List<Slice>> slices, BigDecimal fund, BigDecimal fees) {
	}

	public Breakdown of(Area area, LocalDate first, LocalDate last) {
		boolean platform = area.kind() == Area.Kind.PLATFORM;
		Map<String, Institution> own = new HashMap<>();
		if (!platform) {
			areas.institutions(area, last).forEach(i -> own.put(i.code(), i));
		}
		String personPrefix = area.kind() == Area.Kind.REGION ? RegionCode.of(area.code()).prefix() : null;
		Map<String, Map<String, Slice>> sums = new LinkedHashMap<>();
		DIMENSIONS.forEach(d -> sums.put(d, new LinkedHashMap<>()));
		BigDecimal fund = BigDecimal.ZERO;
		BigDecimal fees = BigDecimal.ZERO;
		Map<String, Optional<Institution>> known = new HashMap<>();
		for (ZoneRepository.Cell c : facts.grouped(List.of(Flows.FUND, Flows.FEES), Dimensions.INSUTYPE,
				Dimensions.PERSON_COUNTY, platform ? null : List.copyOf(own.keySet()), null, first, last)) {
			Institution i = platform ? known.computeIfAbsent(c.institution(), registry::institution).orElse(null)
					: own.get(c.institution());
			BigDecimal f = Flows.FUND.equals(c.element()) ? c.total() : BigDecimal.ZERO;
			BigDecimal m = Flows.FEES.equals(c.element()) ? c.total() : BigDecimal.ZERO;
			fund = fund.add(f);
			fees = fees.add(m);
			add(sums, "scheme", "monitoring.zone.scheme." + scheme(c.first()), true, f, m);
			add(sums, "level", "monitoring.zone.level." + level(i), true, f, m);
			String county = i == null ? "" : Flows.county(i.regionCode());
			add(sums, "county", county, false, f, m);
			List<Alliance> alliances = i == null ? List.of() : registry.alliancesOf(i.code(), last);
			if (alliances.isEmpty()) {
				add(sums, "alliance", "monitoring.zone.alliance.none", true, f, m);
			}
			alliances.forEach(a -> add(sums, "alliance", a.code(), false, f, m));
			boolean incoming = personPrefix != null && (c.second() == null || !c.second().startsWith(personPrefix));
			add(sums, "direction", incoming ? "monitoring.zone.direction.incoming" : "monitoring.zone.direction.home",
					true, f, m);
		}
		if (personPrefix != null) {
			// the area's insured treated by institutions outside it: money leaving the
			// area
			for (ZoneRepository.Cell c : facts.grouped(List.of(Flows.FUND, Flows.FEES), Dimensions.INSUTYPE,
					Dimensions.IN_REGION, List.of(), personPrefix, first, last)) {
				if (!own.containsKey(c.institution())) {
					add(sums, "direction", "monitoring.zone.direction.leaving", true,
							Flows.FUND.equals(c.element()) ? c.total() : BigDecimal.ZERO,
							Flows.FEES.equals(c.element()) ? c.total() : BigDecimal.ZERO);
				}
			}
		}
		Map<String, List<Slice>> out = new LinkedHashMap<>();
		sums.forEach((d, slices) -> out.put(d, named(d, slices)));
		return new Breakdown(out, fund, fees);
	}

	private List<Slice> named(String dimension, Map<String, Slice> slices) {
		List<Slice> list = new ArrayList<>();
		for (Slice s : slices.values()) {
			String label = s.labelKey() ? s.key() : switch (dimension) {
				case "county" -> s.key().isEmpty() ? "—" : registry.region(s.key()).map(Region::name).orElse(s.key());
				case "alliance" -> registry.allianceByCode(s.key()).map(Alliance::name).orElse(s.key());
				default -> s.key();
			};
			list.add(new Slice(s.key(), s.labelKey(), label, s.fund(), s.fees()));
		}
		list.sort(Comparator.comparing(Slice::fund).reversed());
		return list;
	}

	private static void add(Map<String, Map<String, Slice>> sums, String dimension, String key, boolean labelKey,
			BigDecimal fund, BigDecimal fees) {
		sums.get(dimension)
			.merge(key, new Slice(key, labelKey, key, fund, fees),
					(a, b) -> new Slice(key, labelKey, key, a.fund().add(b.fund()), a.fees().add(b.fees())));
	}

	static String scheme(String insutype) {
		return "310".equals(insutype) || "390".equals(insutype) ? insutype : "other";
	}

	static String level(Institution i) {
		if (i == null) {
			return "other";
		}
		return switch (i.kind()) {
			case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE, VILLAGE_CLINIC -> "primary";
			case PHARMACY -> "pharmacy";
			default -> i.grade().level() >= 1 ? "level" + i.grade().level() : "other";
		};
	}

}
