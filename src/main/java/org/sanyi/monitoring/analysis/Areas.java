package org.sanyi.monitoring.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * The hierarchy indicators roll up along, from the registry: platform → province → city →
 * county → institution, and alliances as a second rollup. Every area a viewer names is
 * checked against their data scope here: an area outside it is "not found", as everywhere
 * on the platform.
 */
@Component
public class Areas {

	/**
	 * The province-level division codes (GB/T 2260): the platform's top level, whichever
	 * of them are registered.
	 */
	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82");

	private final Registry registry;

	Areas(Registry registry) {
		this.registry = registry;
	}

	/**
	 * The area a viewer starts from: their region, their institution, or the platform.
	 */
	public Area home(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> platform();
			case REGION -> region(scope.regionCode()).orElseThrow(() -> notFound(scope.regionCode()));
			case INSTITUTION ->
				institution(scope.institutionCode()).orElseThrow(() -> notFound(scope.institutionCode()));
			case SELF -> throw notFound("");
		};
	}

	/**
	 * The area of a key, if the viewer may see it; an empty key is the viewer's home
	 * area.
	 */
	public Area resolve(String key, DataScope scope) {
		if (key == null || key.isBlank()) {
			return home(scope);
		}
		String code = key.substring(1).strip();
		Optional<Area> area = switch (key.charAt(0)) {
			case 'R' -> RegionCode.isWellFormed(code) ? region(code) : Optional.empty();
			case 'A' -> registry.allianceByCode(code).map(Areas::alliance);
			case 'I' -> institution(code);
			default -> Optional.empty();
		};
		return area.filter(a -> visible(a, scope)).orElseThrow(() -> notFound(key));
	}

	static boolean visible(Area area, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> area.kind() != Area.Kind.PLATFORM && scope.coversRegion(area.regionCode());
			case INSTITUTION -> area.kind() == Area.Kind.INSTITUTION && area.code().equals(scope.institutionCode());
			case SELF -> false;
		};
	}

	/**
	 * The areas one level down: regions and the institutions registered at this level; an
	 * alliance's members.
	 */
	public List<Area> children(Area area, LocalDate on) {
		List<Area> list = new ArrayList<>();
		switch (area.kind()) {
			case PLATFORM -> PROVINCES.forEach(p -> region(p + "0000").ifPresent(list::add));
			case REGION -> {
				// the regions one level down, then the institutions registered at this
				// very level (a city's own
				// hospitals, a county's general hospital): province → city → county →
				// township → village
				registry.children(area.code()).forEach(r -> list.add(region(r)));
				registry.institutionsUnderRegion(area.code())
					.stream()
					.filter(i -> i.regionCode().equals(area.code()))
					.forEach(i -> list.add(institution(i)));
			}
			case ALLIANCE -> registry.allianceByCode(area.code())
				.ifPresent(a -> registry.institutionsInAlliance(a.id(), on).forEach(i -> list.add(institution(i))));
			case INSTITUTION -> {
			}
		}
		return list;
	}

	/**
	 * The alliances whose lead institution lies in the area (each alliance has one lead,
	 * a hospital).
	 */
	public List<Area> alliances(Area area, LocalDate on) {
		if (area.kind() != Area.Kind.REGION && area.kind() != Area.Kind.PLATFORM) {
			return List.of();
		}
		Map<String, Area> found = new LinkedHashMap<>();
		for (Institution i : institutionsUnderPrefix(prefix(area))) {
			if (i.kind().isHospital()) {
				for (Alliance a : registry.alliancesOf(i.code(), on)) {
					if (a.leadInstitutionCode().equals(i.code())) {
						found.putIfAbsent(a.code(), alliance(a));
					}
				}
			}
		}
		return found.values().stream().sorted(Comparator.comparing(Area::code)).toList();
	}

	/**
	 * The regions from the top of the viewer's scope down to the area, for breadcrumbs.
	 */
	public List<Area> lineage(Area area, DataScope scope) {
		List<Area> list = new ArrayList<>();
		if (scope.kind() == DataScope.Kind.ALL) {
			list.add(platform());
		}
		if (!area.regionCode().isEmpty()) {
			for (Region r : registry.ancestors(area.regionCode())) {
				Area a = region(r);
				if (visible(a, scope) && !a.key().equals(area.key())) {
					list.add(a);
				}
			}
		}
		list.add(area);
		return list;
	}

	/** The institutions whose facts make up the area's figures for the period. */
	public Selection selection(Area area, Period period) {
		return switch (area.kind()) {
			case PLATFORM -> platformSelection();
			case REGION -> new Selection.Region(RegionCode.of(area.code()).prefix());
			case ALLIANCE -> new Selection.Institutions(members(area, period.last()));
			case INSTITUTION -> new Selection.Institutions(Set.of(area.code()));
		};
	}

	/**
	 * Every registered institution: the province's prefix when the platform serves one
	 * province (as the demo does), else the institutions of all provinces by code.
	 */
	private Selection platformSelection() {
		List<String> provinces = PROVINCES.stream().filter(p -> registry.region(p + "0000").isPresent()).toList();
		if (provinces.size() == 1) {
			return new Selection.Region(provinces.getFirst());
		}
		return new Selection.Institutions(
				institutionsUnderPrefix("").stream().map(Institution::code).collect(Collectors.toSet()));
	}

	/** The institutions of the area (as of {@code on}), by code. */
	public List<Institution> institutions(Area area, LocalDate on) {
		return switch (area.kind()) {
			case PLATFORM, REGION -> institutionsUnderPrefix(prefix(area));
			case ALLIANCE -> registry.allianceByCode(area.code())
				.map(a -> registry.institutionsInAlliance(a.id(), on))
				.orElse(List.of());
			case INSTITUTION -> registry.institution(area.code()).stream().toList();
		};
	}

	/**
	 * The peers a hospital is compared with: the hospitals of the same level (三级, 二级 …)
	 * in its city, itself left out. Shown only as one total, never one by one.
	 */
	public Selection peers(Institution hospital) {
		String city = RegionCode.of(hospital.regionCode().substring(0, 6)).poolingRegion().value();
		Set<String> codes = registry.institutionsUnderRegion(city)
			.stream()
			.filter(i -> i.kind().isHospital() == hospital.kind().isHospital()
					&& i.grade().level() == hospital.grade().level() && !i.code().equals(hospital.code()))
			.map(Institution::code)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		return new Selection.Institutions(codes);
	}

	List<Institution> institutionsUnderPrefix(String prefix) {
		if (prefix.isEmpty()) {
			List<Institution> all = new ArrayList<>();
			PROVINCES.forEach(p -> all.addAll(registry.institutionsUnderRegion(p + "0000")));
			return all;
		}
		return registry.institutionsUnderRegion(switch (prefix.length()) {
			case 2 -> prefix + "0000";
			case 4 -> prefix + "00";
			default -> prefix;
		});
	}

	public Optional<Institution> institutionOf(Area area) {
		return area.kind() == Area.Kind.INSTITUTION ? registry.institution(area.code()) : Optional.empty();
	}

	private Set<String> members(Area alliance, LocalDate on) {
		return registry.allianceByCode(alliance.code())
			.map(a -> registry.institutionsInAlliance(a.id(), on)
				.stream()
				.map(Institution::code)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	private static String prefix(Area area) {
		return area.kind() == Area.Kind.PLATFORM ? "" : RegionCode.of(area.code()).prefix();
	}

	static Area platform() {
		return new Area(Area.Kind.PLATFORM, "", "", "");
	}

	private Optional<Area> region(String code) {
		return registry.region(code).map(Areas::region);
	}

	private static Area region(Region r) {
		return new Area(Area.Kind.REGION, r.code(), r.name(), r.code());
	}

	private Optional<Area> institution(String code) {
		return registry.institution(code).map(Areas::institution);
	}

	private static Area institution(Institution i) {
		return new Area(Area.Kind.INSTITUTION, i.code(), i.name(), i.regionCode());
	}

	private static Area alliance(Alliance a) {
		return new Area(Area.Kind.ALLIANCE, a.code(), a.name(), a.regionCode());
	}

	private static BusinessException notFound(String key) {
		return new BusinessException(MonitoringErrors.AREA_NOT_FOUND, key);
	}

}
