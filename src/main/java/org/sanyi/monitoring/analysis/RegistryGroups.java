package org.sanyi.monitoring.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.InstitutionGroups;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;

import org.springframework.stereotype.Component;

/**
 * Institution groups from the registry: {@code primary} (乡镇卫生院, 社区卫生服务中心, 村卫生室, the 基层 of
 * 基层诊疗量), {@code hospital}, {@code level3}, {@code level2}, {@code level1} (by grade),
 * {@code pharmacy} and {@code medical} (every institution but the retail pharmacies:
 * whose fees are 医疗收入, what the income-structure indicators divide).
 */
@Component
class RegistryGroups implements InstitutionGroups {

	private static final Map<String, Predicate<Institution>> GROUPS = Map.of("primary",
			i -> i.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE
					|| i.kind() == Institution.Kind.COMMUNITY_HEALTH_CENTRE
					|| i.kind() == Institution.Kind.VILLAGE_CLINIC,
			"hospital", i -> i.kind().isHospital(), "level3", i -> i.kind().isHospital() && i.grade().level() == 3,
			"level2", i -> i.kind().isHospital() && i.grade().level() == 2, "level1",
			i -> i.kind().isHospital() && i.grade().level() == 1, "pharmacy",
			i -> i.kind() == Institution.Kind.PHARMACY, "medical", i -> i.kind() != Institution.Kind.PHARMACY);

	private final Registry registry;

	private final Areas areas;

	RegistryGroups(Registry registry, Areas areas) {
		this.registry = registry;
		this.areas = areas;
	}

	@Override
	public Set<String> names() {
		return GROUPS.keySet();
	}

	@Override
	public Selection narrow(Selection where, String group) {
		Predicate<Institution> member = GROUPS.get(group);
		if (member == null) {
			throw new IllegalArgumentException("no institution group " + group);
		}
		Set<String> codes = new LinkedHashSet<>();
		List<Institution> candidates = switch (where) {
			case Selection.Region(String prefix) -> areas.institutionsUnderPrefix(prefix);
			case Selection.Institutions(Set<String> set) ->
				set.stream().map(registry::institution).flatMap(java.util.Optional::stream).toList();
		};
		for (Institution i : candidates) {
			if (member.test(i)) {
				codes.add(i.code());
			}
		}
		return new Selection.Institutions(codes);
	}

}
