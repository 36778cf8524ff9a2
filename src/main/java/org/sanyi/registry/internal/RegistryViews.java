package org.sanyi.registry.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.registry.Staff;
import org.sanyi.registry.internal.Views.AllianceDetail;
import org.sanyi.registry.internal.Views.AllianceFilter;
import org.sanyi.registry.internal.Views.AllianceRow;
import org.sanyi.registry.internal.Views.InstitutionDetail;
import org.sanyi.registry.internal.Views.InstitutionFilter;
import org.sanyi.registry.internal.Views.InstitutionRow;
import org.sanyi.registry.internal.Views.Option;
import org.sanyi.registry.internal.Views.RegionDetail;
import org.sanyi.registry.internal.Views.RegionRow;
import org.sanyi.registry.internal.Views.StaffDetail;
import org.sanyi.registry.internal.Views.StaffFilter;
import org.sanyi.registry.internal.Views.StaffRow;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as the signed-in user may see it: every query is narrowed to their data
 * scope in SQL, and anything outside it is "not found" (SH-0004), indistinguishable from
 * what does not exist.
 */
@Service
@Transactional(readOnly = true)
public class RegistryViews {

	/** The most rows an Excel export writes. */
	public static final int EXPORT_LIMIT = 100_000;

	private final ViewRepository views;

	private final Registry registry;

	RegistryViews(ViewRepository views, Registry registry) {
		this.views = views;
		this.registry = registry;
	}

	/** The current user's visibility. */
	Visibility visibility() {
		DataScope scope = CurrentUsers.scope();
		String institutionRegion = scope.kind() == DataScope.Kind.INSTITUTION
				? views.institutionRegion(scope.institutionCode()).orElse(null) : null;
		return Visibility.of(scope, institutionRegion);
	}

	// --- regions
	// -----------------------------------------------------------------------------------------------

	public List<RegionRow> rootRegions() {
		return views.rootRegions(visibility());
	}

	public List<RegionRow> childRegions(String code) {
		Visibility v = visibility();
		views.region(v, code).orElseThrow(() -> Checks.notFound("registry.region", code));
		return views.childRegions(v, code);
	}

	public Page<RegionRow> searchRegions(String keyword, PageQuery page) {
		Visibility v = visibility();
		return page.page(views.searchRegions(v, keyword, page.size(), page.offset()), views.countRegions(v, keyword));
	}

	public List<RegionRow> exportRegions(String keyword) {
		return views.searchRegions(visibility(), keyword, EXPORT_LIMIT, 0);
	}

	public RegionDetail region(String code) {
		Visibility v = visibility();
		RegionRow row = views.region(v, code).orElseThrow(() -> Checks.notFound("registry.region", code));
		Region region = new Region(row.code(), row.name(), row.level(), row.parentCode(), row.population(),
				row.pinyin());
		List<Region> lineage = registry.ancestors(code).stream().filter(r -> v.sees(r.code())).toList();
		Map<Institution.Kind, Long> byKind = new EnumMap<>(Institution.Kind.class);
		for (Object[] count : views.institutionsByKind(v, RegionCode.of(code).prefix())) {
			byKind.put((Institution.Kind) count[0], (Long) count[1]);
		}
		long total = byKind.values().stream().mapToLong(Long::longValue).sum();
		return new RegionDetail(region, lineage, byKind, total, views.childRegions(v, code));
	}

	public List<Option> regionOptions() {
		return views.regionOptions(visibility());
	}

	// --- institutions
	// ------------------------------------------------------------------------------------------

	public Page<InstitutionRow> searchInstitutions(InstitutionFilter filter, PageQuery page) {
		Visibility v = visibility();
		return page.page(views.searchInstitutions(v, filter, page.size(), page.offset()),
				views.countInstitutions(v, filter));
	}

	public List<InstitutionRow> exportInstitutions(InstitutionFilter filter) {
		return views.searchInstitutions(visibility(), filter, EXPORT_LIMIT, 0);
	}

	/** An institution the user may see, or SH-0004. */
	public Institution institution(String code) {
		return views.institution(visibility(), code).orElseThrow(() -> Checks.notFound("registry.institution", code));
	}

	public InstitutionDetail institutionDetail(String code) {
		Institution institution = institution(code);
		Visibility v = visibility();
		List<Region> lineage = registry.ancestors(institution.regionCode())
			.stream()
			.filter(r -> v.sees(r.code()))
			.toList();
		return new InstitutionDetail(institution, lineage, views.departments(code), views.membershipsOf(code),
				views.staffCount(code));
	}

	public Page<StaffRow> staff(String institutionCode, StaffFilter filter, PageQuery page) {
		institution(institutionCode);
		return page.page(views.staff(institutionCode, filter, page.size(), page.offset()),
				views.countStaff(institutionCode, filter));
	}

	public List<StaffRow> exportStaff(String institutionCode, StaffFilter filter) {
		institution(institutionCode);
		return views.staff(institutionCode, filter, EXPORT_LIMIT, 0);
	}

	/**
	 * A staff member whose institution the user may see, or SH-0004. The caller audits
	 * the read.
	 */
	public StaffDetail staffMember(long id) {
		Staff staff = views.staffMember(visibility(), id).orElseThrow(() -> Checks.notFound("registry.staff", id));
		Institution institution = registry.institution(staff.institutionCode()).orElseThrow();
		String department = staff.departmentCode() == null ? null
				: registry.departments(staff.institutionCode())
					.stream()
					.filter(d -> d.code().equals(staff.departmentCode()))
					.map(d -> d.name())
					.findFirst()
					.orElse(null);
		return new StaffDetail(staff, institution.name(), department);
	}

	// --- alliances
	// ---------------------------------------------------------------------------------------------

	public Page<AllianceRow> searchAlliances(AllianceFilter filter, PageQuery page) {
		Visibility v = visibility();
		return page.page(views.searchAlliances(v, filter, page.size(), page.offset()), views.countAlliances(v, filter));
	}

	public List<AllianceRow> exportAlliances(AllianceFilter filter) {
		return views.searchAlliances(visibility(), filter, EXPORT_LIMIT, 0);
	}

	public AllianceDetail alliance(long id) {
		Visibility v = visibility();
		AllianceRow row = views.alliance(v, id).orElseThrow(() -> Checks.notFound("registry.alliance", id));
		return new AllianceDetail(row, views.members(v, id));
	}

	public List<Option> allianceOptions() {
		return views.allianceOptions(visibility());
	}

}
