package org.sanyi.demo.internal;

import java.util.List;

import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

/**
 * The generated demo region, ready for the registry's bulk API: regions parents first,
 * then institutions, departments, staff and alliances with their members.
 */
public record DemoRegion(List<NewRegion> regions, List<NewInstitution> institutions, List<NewDepartment> departments,
		List<NewStaff> staff, List<NewAlliance> alliances) {

	public DemoRegion {
		regions = List.copyOf(regions);
		institutions = List.copyOf(institutions);
		departments = List.copyOf(departments);
		staff = List.copyOf(staff);
		alliances = List.copyOf(alliances);
	}

	public long regionsAt(RegionLevel level) {
		return regions.stream().filter(r -> RegionCode.of(r.code()).level() == level).count();
	}

	public long institutionsOf(Institution.Kind kind) {
		return institutions.stream().filter(i -> i.kind() == kind).count();
	}

	public long alliancesOf(org.sanyi.registry.Alliance.Kind kind) {
		return alliances.stream().filter(a -> a.kind() == kind).count();
	}

	/** A one-line summary for the start-up log. */
	public String summary() {
		return "%d regions (%d townships, %d villages), %d institutions, %d departments, %d staff, %d alliances"
			.formatted(regions.size(), regionsAt(RegionLevel.TOWNSHIP), regionsAt(RegionLevel.VILLAGE),
					institutions.size(), departments.size(), staff.size(), alliances.size());
	}

}
