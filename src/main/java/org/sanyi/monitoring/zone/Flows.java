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
import java.util.TreeSet;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.stereotype.Service;

/**
 * Out-of-area treatment flows (异地就医流向): medical fees, fund payments and visits by the
 * insured person's county × the county of the institution that treated them, for the
 * institutions of an area and for the persons insured in it wherever they were treated. A
 * flow whose two counties differ is cross-county; one whose fact says the institution is
 * outside the insured pooling region ({@code in_region=N}) is 异地就医.
 */
@Service
public class Flows {

	static final String FEES = "ins.fee";

	static final String FUND = "ins.fund_paid";

	static final String VISITS = "ins.visit.count";

	private final ZoneRepository facts;

	private final Areas areas;

	private final Registry registry;

	Flows(ZoneRepository facts, Areas areas, Registry registry) {
		this.facts = facts;
		this.areas = areas;
		this.registry = registry;
	}

	/** One cell of the matrix. */
	public record Flow(String insured, String treatment, BigDecimal fees, BigDecimal fund, BigDecimal visits,
			boolean outOfRegion) {

		public boolean crossCounty() {
			return !insured.equals(treatment);
		}

	}

	/**
	 * The matrix: the insured counties (rows) and treatment counties (columns) that have
	 * any flow, their names, every non-empty cell, and totals.
	 */
	public record FlowMatrix(List<String> insured, List<String> treatment, Map<String, String> names, List<Flow> flows,
			BigDecimal fees, BigDecimal crossCountyFees, BigDecimal outOfRegionFees) {

		public Optional<Flow> cell(String insuredCounty, String treatmentCounty) {
			return flows.stream()
				.filter(f -> f.insured().equals(insuredCounty) && f.treatment().equals(treatmentCounty))
				.findFirst();
		}

		/** The cross-county flows, largest fees first. */
		public List<Flow> largestCrossCounty(int limit) {
			return flows.stream()
				.filter(Flow::crossCounty)
				.sorted(Comparator.comparing(Flow::fees).reversed())
				.limit(limit)
				.toList();
		}

	}

	/** The flows of one cell of the matrix, by treating institution. */
	public record InstitutionFlow(String institution, String name, BigDecimal fees, BigDecimal fund,
			BigDecimal visits) {
	}

	/**
	 * The institutions behind one cell (insured county × treatment county), largest
	 * first.
	 */
	public List<InstitutionFlow> institutions(Area area, LocalDate first, LocalDate last, String insured,
			String treatment) {
		Map<String, InstitutionFlow> by = new LinkedHashMap<>();
		for (Located c : located(area, first, last)) {
			if (c.insured().equals(insured) && c.treatment().equals(treatment)) {
				InstitutionFlow was = by.getOrDefault(c.cell().institution(),
						new InstitutionFlow(c.cell().institution(),
								registry.institution(c.cell().institution())
									.map(Institution::name)
									.orElse(c.cell().institution()),
								BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
				BigDecimal t = c.cell().total();
				by.put(was.institution(), switch (c.cell().element()) {
					case FEES ->
						new InstitutionFlow(was.institution(), was.name(), was.fees().add(t), was.fund(), was.visits());
					case FUND ->
						new InstitutionFlow(was.institution(), was.name(), was.fees(), was.fund().add(t), was.visits());
					default ->
						new InstitutionFlow(was.institution(), was.name(), was.fees(), was.fund(), was.visits().add(t));
				});
			}
		}
		return by.values().stream().sorted(Comparator.comparing(InstitutionFlow::fees).reversed()).toList();
	}

	/** A grouped fact with the insured and treatment counties it flows between. */
	private record Located(ZoneRepository.Cell cell, String insured, String treatment) {
	}

	private List<Located> located(Area area, LocalDate first, LocalDate last) {
		Map<String, String> countyOf = new HashMap<>();
		List<String> institutions = null;
		String personPrefix = null;
		if (area.kind() != Area.Kind.PLATFORM) {
			List<Institution> own = areas.institutions(area, last);
			own.forEach(i -> countyOf.put(i.code(), county(i.regionCode())));
			institutions = own.stream().map(Institution::code).toList();
			personPrefix = area.kind() == Area.Kind.REGION ? RegionCode.of(area.code()).prefix() : null;
		}
		List<Located> list = new ArrayList<>();
		for (ZoneRepository.Cell c : facts.grouped(List.of(FEES, FUND, VISITS), Dimensions.PERSON_COUNTY,
				Dimensions.IN_REGION, institutions, personPrefix, first, last)) {
			String treatment = countyOf.computeIfAbsent(c.institution(),
					code -> registry.institution(code).map(i -> county(i.regionCode())).orElse(""));
			list.add(new Located(c, c.first() == null ? "" : c.first(), treatment));
		}
		return list;
	}

	public FlowMatrix of(Area area, LocalDate first, LocalDate last) {
		Map<String, Flow> cells = new LinkedHashMap<>();
		for (Located located : located(area, first, last)) {
			ZoneRepository.Cell c = located.cell();
			String treatment = located.treatment();
			String insured = located.insured();
			boolean out = "N".equals(c.second());
			String key = insured + ">" + treatment + ">" + out;
			Flow was = cells.getOrDefault(key,
					new Flow(insured, treatment, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, out));
			cells.put(key, add(was, c));
		}
		List<Flow> merged = mergeRegionFlag(cells.values());
		TreeSet<String> rows = new TreeSet<>();
		TreeSet<String> columns = new TreeSet<>();
		BigDecimal fees = BigDecimal.ZERO;
		BigDecimal cross = BigDecimal.ZERO;
		BigDecimal outOfRegion = BigDecimal.ZERO;
		for (Flow f : merged) {
			rows.add(f.insured());
			columns.add(f.treatment());
			fees = fees.add(f.fees());
			cross = f.crossCounty() ? cross.add(f.fees()) : cross;
		}
		for (Flow f : cells.values()) {
			outOfRegion = f.outOfRegion() ? outOfRegion.add(f.fees()) : outOfRegion;
		}
		Map<String, String> names = new HashMap<>();
		rows.forEach(code -> names.put(code, name(code)));
		columns.forEach(code -> names.put(code, name(code)));
		return new FlowMatrix(List.copyOf(rows), List.copyOf(columns), names, merged, fees, cross, outOfRegion);
	}

	/**
	 * One cell per pair of counties, marked out of region when any of its facts says so
	 * (the totals count only the out-of-region facts' fees as 异地就医).
	 */
	private static List<Flow> mergeRegionFlag(java.util.Collection<Flow> flows) {
		Map<String, Flow> byPair = new LinkedHashMap<>();
		for (Flow f : flows) {
			String pair = f.insured() + ">" + f.treatment();
			Flow was = byPair.get(pair);
			byPair.put(pair, was == null ? f : new Flow(f.insured(), f.treatment(), was.fees().add(f.fees()),
					was.fund().add(f.fund()), was.visits().add(f.visits()), was.outOfRegion() || f.outOfRegion()));
		}
		return new ArrayList<>(byPair.values());
	}

	private static Flow add(Flow f, ZoneRepository.Cell c) {
		return switch (c.element()) {
			case FEES ->
				new Flow(f.insured(), f.treatment(), f.fees().add(c.total()), f.fund(), f.visits(), f.outOfRegion());
			case FUND ->
				new Flow(f.insured(), f.treatment(), f.fees(), f.fund().add(c.total()), f.visits(), f.outOfRegion());
			default ->
				new Flow(f.insured(), f.treatment(), f.fees(), f.fund(), f.visits().add(c.total()), f.outOfRegion());
		};
	}

	private String name(String county) {
		if (county.isEmpty()) {
			return "—";
		}
		return registry.region(county).map(Region::name).orElse(county);
	}

	/** The county (6-digit code) of a region code of any depth. */
	static String county(String regionCode) {
		return regionCode == null || regionCode.length() < 6 ? "" : regionCode.substring(0, 6);
	}

}
