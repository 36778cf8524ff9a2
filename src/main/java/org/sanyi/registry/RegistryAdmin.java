package org.sanyi.registry;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes to the registry, in bulk. Each call is one transaction and all-or-nothing:
 * everything is validated before anything is written, and the first problem is reported
 * as a {@link org.sanyi.shared.BusinessException} with a {@link RegistryErrors} code
 * naming the offending record and field. Used by the demo generator (tens of thousands of
 * rows, written with JDBC batches), by the REST API and by the admin pages.
 */
public interface RegistryAdmin {

	/** True before any region exists: the demo generator runs only then. */
	boolean isEmpty();

	/**
	 * Creates regions. A region's parent must exist already or come earlier in the list,
	 * and its code must fit under the parent (one level down, starting with the parent's
	 * prefix).
	 */
	int createRegions(List<NewRegion> regions);

	int createInstitutions(List<NewInstitution> institutions);

	int createDepartments(List<NewDepartment> departments);

	int createStaff(List<NewStaff> staff);

	/** Creates alliances with their members; returns their ids in the order given. */
	List<Long> createAlliances(List<NewAlliance> alliances);

	/** Adds a member to an alliance from the given day. */
	void addMember(long allianceId, String institutionCode, LocalDate joinedOn);

	/**
	 * Ends a current membership: from {@code leftOn} the institution is no longer a
	 * member.
	 */
	void endMembership(long allianceId, String institutionCode, LocalDate leftOn);

	/**
	 * Imports institutions from CSV (UTF-8, header row; columns
	 * {@code code,name,kind,grade,region_code,address,beds,
	 * ownership,status} or their Chinese names 机构编码,机构名称,机构类别,等级,所在区划,地址,床位数,所有制,状态;
	 * kinds, grades, ownership and status by enum name or Chinese term). Every line is
	 * checked; if any is bad, nothing is saved and {@link ImportRejected} lists each bad
	 * line.
	 * @return the number of institutions created
	 */
	int importInstitutions(Reader csv);

	/**
	 * A region to create.
	 *
	 * @param parentCode the parent; {@code null} means "the parent the code implies"
	 */
	record NewRegion(String code, String name, String parentCode, long population) {
	}

	/** An institution to create; {@code pinyin} is derived from the name. */
	record NewInstitution(String code, String name, Institution.Kind kind, Institution.Grade grade, String regionCode,
			String address, int beds, Institution.Ownership ownership, Institution.Status status) {
	}

	record NewDepartment(String institutionCode, String code, String name, int beds) {
	}

	record NewStaff(String institutionCode, String departmentCode, String name, String sex, Staff.Kind kind,
			Staff.Title title, String certificateNo) {
	}

	/**
	 * An alliance with its members. The lead must be among the members; it gets role
	 * LEAD, the others MEMBER.
	 */
	record NewAlliance(String code, String name, Alliance.Kind kind, String regionCode, String specialty,
			String leadInstitutionCode, LocalDate establishedOn, List<NewMember> members) {

		public NewAlliance {
			members = List.copyOf(members);
		}

	}

	/**
	 * A member to be, from {@code joinedOn}; {@code leftOn} (exclusive) for a past
	 * membership, else {@code null}.
	 */
	record NewMember(String institutionCode, LocalDate joinedOn, LocalDate leftOn) {
	}

}
