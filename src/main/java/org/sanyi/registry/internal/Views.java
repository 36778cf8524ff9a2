package org.sanyi.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Region;
import org.sanyi.registry.Staff;
import org.sanyi.shared.RegionLevel;

/**
 * What the registry's pages and REST lists show: rows already narrowed to the viewer's
 * data scope.
 */
public final class Views {

	private Views() {
	}

	/**
	 * A region in a list or tree, with the counts it shows (both within the viewer's
	 * scope).
	 */
	public record RegionRow(String code, String name, RegionLevel level, String parentCode, long population,
			String pinyin, long childCount, long institutionCount) {
	}

	/**
	 * A region's page: its lineage, the institutions under it by kind, and its children.
	 */
	public record RegionDetail(Region region, List<Region> lineage, Map<Institution.Kind, Long> institutionsByKind,
			long institutionTotal, List<RegionRow> children) {
	}

	/** Search filters of the institution list; blanks and nulls mean "any". */
	public record InstitutionFilter(String keyword, Institution.Kind kind, Institution.Grade grade, String region,
			Long alliance) {

		public static InstitutionFilter none() {
			return new InstitutionFilter(null, null, null, null, null);
		}

	}

	/** An institution in a list; {@code area} names its county, township and village. */
	public record InstitutionRow(String code, String name, Institution.Kind kind, Institution.Grade grade,
			String regionCode, String area, int beds, Institution.Ownership ownership, Institution.Status status) {
	}

	/** An institution's page. */
	public record InstitutionDetail(Institution institution, List<Region> lineage, List<DepartmentRow> departments,
			List<AllianceMembership> alliances, long staffCount) {
	}

	public record DepartmentRow(String code, String name, int beds, long staffCount) {
	}

	/** One of an institution's alliance memberships, current or past. */
	public record AllianceMembership(long allianceId, String allianceName, Alliance.Kind kind, Membership.Role role,
			LocalDate joinedOn, LocalDate leftOn) {
	}

	public record StaffFilter(String keyword, Staff.Kind kind, String department) {
	}

	/** A staff member in a list: the certificate number masked. */
	public record StaffRow(long id, String name, String sex, Staff.Kind kind, Staff.Title title, String departmentCode,
			String departmentName, String maskedCertificate) {
	}

	/**
	 * A staff member's page (audited): the full record with institution and department
	 * names.
	 */
	public record StaffDetail(Staff staff, String institutionName, String departmentName) {
	}

	public record AllianceFilter(String keyword, Alliance.Kind kind) {
	}

	/**
	 * An alliance in a list. The lead's name is {@code null} when the lead lies outside
	 * the viewer's scope; {@code memberCount} counts the current members the viewer can
	 * see.
	 */
	public record AllianceRow(long id, String code, String name, Alliance.Kind kind, String regionCode,
			String regionName, String specialty, String leadCode, String leadName, LocalDate establishedOn,
			long memberCount) {
	}

	/** An alliance's page: its members the viewer can see, current ones first. */
	public record AllianceDetail(AllianceRow alliance, List<MemberRow> members) {
	}

	public record MemberRow(String institutionCode, String name, Institution.Kind kind, Institution.Grade grade,
			String area, Membership.Role role, LocalDate joinedOn, LocalDate leftOn) {
	}

	/** A choice in a filter's drop-down. */
	public record Option(String value, String label, int depth) {
	}

}
