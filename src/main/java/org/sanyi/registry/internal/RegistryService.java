package org.sanyi.registry.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.registry.Alliance;
import org.sanyi.registry.Department;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.registry.RegistryAdmin;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.registry.internal.RegistryRepository.NewRegionRow;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's read API (unscoped) and its all-or-nothing bulk writes. Every write
 * validates the whole batch first (fields, duplicates within the batch and against the
 * tables, references) and only then inserts, inside one transaction; the constraints of
 * the tables are the backstop.
 */
@Service
@Transactional(readOnly = true)
class RegistryService implements Registry, RegistryAdmin {

	private final RegistryRepository repository;

	RegistryService(RegistryRepository repository) {
		this.repository = repository;
	}

	// --- Registry
	// ----------------------------------------------------------------------------------------------

	@Override
	public Optional<Region> region(String code) {
		return RegionCode.isWellFormed(code) ? repository.region(code) : Optional.empty();
	}

	@Override
	public List<Region> ancestors(String regionCode) {
		if (!RegionCode.isWellFormed(regionCode) || repository.region(regionCode).isEmpty()) {
			return List.of();
		}
		return repository.regions(RegionCode.of(regionCode).lineage().stream().map(RegionCode::value).toList());
	}

	@Override
	public List<Region> children(String regionCode) {
		return repository.children(regionCode);
	}

	@Override
	public Optional<Institution> institution(String code) {
		return repository.institution(code);
	}

	@Override
	public List<Institution> institutionsUnderRegion(String regionCode) {
		return RegionCode.isWellFormed(regionCode) ? repository.institutionsUnder(RegionCode.of(regionCode).prefix())
				: List.of();
	}

	@Override
	public List<Department> departments(String institutionCode) {
		return repository.departments(institutionCode);
	}

	@Override
	public Optional<Alliance> alliance(long id) {
		return repository.alliance(id);
	}

	@Override
	public Optional<Alliance> allianceByCode(String code) {
		return repository.allianceByCode(code);
	}

	@Override
	public List<Alliance> alliancesOf(String institutionCode, LocalDate on) {
		return repository.alliancesOf(institutionCode, on);
	}

	@Override
	public List<Institution> institutionsInAlliance(long allianceId, LocalDate on) {
		return repository.institutionsInAlliance(allianceId, on);
	}

	@Override
	public List<Membership> memberships(long allianceId) {
		return repository.memberships(allianceId);
	}

	// --- RegistryAdmin
	// -----------------------------------------------------------------------------------------

	@Override
	public boolean isEmpty() {
		return repository.noRegions();
	}

	@Override
	@Transactional
	public int createRegions(List<NewRegion> regions) {
		Set<String> existing = repository.existingRegions(regions.stream().map(NewRegion::code).toList());
		Set<String> parents = new HashSet<>();
		for (NewRegion r : regions) {
			String parent = RegionCode.isWellFormed(r.code()) ? RegionRules.impliedParent(r.code()) : null;
			if (parent != null) {
				parents.add(parent);
			}
		}
		Set<String> known = new HashSet<>(repository.existingRegions(parents));
		Set<String> seen = new HashSet<>();
		List<NewRegionRow> rows = new ArrayList<>(regions.size());
		for (NewRegion r : regions) {
			String code = Checks.required("?", "code", r.code());
			String parent = RegionRules.parentFor(code, r.parentCode());
			Checks.required(code, "name", r.name());
			Checks.unique(seen, existing, code, RegistryErrors.DUPLICATE_REGION, code);
			if (parent != null && !known.contains(parent)) {
				throw new BusinessException(RegistryErrors.UNKNOWN_PARENT_REGION, code, parent);
			}
			if (r.population() < 0 || r.population() > Integer.MAX_VALUE) {
				throw new BusinessException(RegistryErrors.INVALID_VALUE, code, "population", r.population());
			}
			known.add(code);
			rows.add(new NewRegionRow(code, r.name().trim(), parent, r.population()));
		}
		repository.insertRegions(rows);
		return rows.size();
	}

	@Override
	@Transactional
	public int createInstitutions(List<NewInstitution> institutions) {
		institutions.forEach(Checks::institution);
		Set<String> existing = repository
			.existingInstitutions(institutions.stream().map(NewInstitution::code).toList());
		Set<String> regions = repository
			.existingRegions(institutions.stream().map(NewInstitution::regionCode).toList());
		Set<String> seen = new HashSet<>();
		for (NewInstitution i : institutions) {
			Checks.unique(seen, existing, i.code(), RegistryErrors.DUPLICATE_INSTITUTION, i.code());
			if (!regions.contains(i.regionCode())) {
				throw new BusinessException(RegistryErrors.UNKNOWN_REGION, i.code(), i.regionCode());
			}
		}
		repository.insertInstitutions(institutions);
		return institutions.size();
	}

	@Override
	@Transactional
	public int createDepartments(List<NewDepartment> departments) {
		List<String> codes = departments.stream().map(NewDepartment::institutionCode).toList();
		Set<String> institutions = repository.existingInstitutions(codes);
		Set<String> existing = repository.departmentKeys(institutions);
		Set<String> seen = new HashSet<>();
		for (NewDepartment d : departments) {
			String owner = Checks.required("?", "institution_code", d.institutionCode());
			String code = Checks.required(owner, "code", d.code());
			Checks.required(owner + "/" + code, "name", d.name());
			if (!institutions.contains(owner)) {
				throw new BusinessException(RegistryErrors.UNKNOWN_INSTITUTION, owner + "/" + code, owner);
			}
			if (d.beds() < 0) {
				throw new BusinessException(RegistryErrors.INVALID_VALUE, owner + "/" + code, "beds", d.beds());
			}
			Checks.unique(seen, existing, owner + "|" + code, RegistryErrors.DUPLICATE_DEPARTMENT, owner, code);
		}
		repository.insertDepartments(departments);
		return departments.size();
	}

	@Override
	@Transactional
	public int createStaff(List<NewStaff> staff) {
		for (int n = 0; n < staff.size(); n++) {
			Checks.staff(staff.get(n), n);
		}
		Set<String> institutions = repository
			.existingInstitutions(staff.stream().map(NewStaff::institutionCode).toList());
		Set<String> departments = repository.departmentKeys(institutions);
		Set<String> certificates = repository.existingCertificates(
				staff.stream().map(NewStaff::certificateNo).filter(c -> c != null && !c.isBlank()).toList());
		Set<String> seen = new HashSet<>();
		for (int n = 0; n < staff.size(); n++) {
			NewStaff s = staff.get(n);
			String record = s.name() + " (#" + (n + 1) + ")";
			if (!institutions.contains(s.institutionCode())) {
				throw new BusinessException(RegistryErrors.UNKNOWN_INSTITUTION, record, s.institutionCode());
			}
			if (s.departmentCode() != null && !s.departmentCode().isBlank()
					&& !departments.contains(s.institutionCode() + "|" + s.departmentCode())) {
				throw new BusinessException(RegistryErrors.UNKNOWN_DEPARTMENT, record, s.institutionCode(),
						s.departmentCode());
			}
			if (s.certificateNo() != null && !s.certificateNo().isBlank()) {
				Checks.unique(seen, certificates, s.certificateNo(), RegistryErrors.DUPLICATE_CERTIFICATE,
						s.certificateNo());
			}
		}
		repository.insertStaff(staff);
		return staff.size();
	}

	@Override
	@Transactional
	public List<Long> createAlliances(List<NewAlliance> alliances) {
		Set<String> referenced = new HashSet<>();
		alliances.forEach(a -> a.members().forEach(m -> referenced.add(m.institutionCode())));
		Set<String> institutions = repository.existingInstitutions(referenced);
		Set<String> regions = repository.existingRegions(alliances.stream().map(NewAlliance::regionCode).toList());
		Set<String> existing = repository.existingAlliances(alliances.stream().map(NewAlliance::code).toList());
		Set<String> seen = new HashSet<>();
		alliances.forEach(a -> checkAlliance(a, institutions, regions, existing, seen));
		List<Long> ids = new ArrayList<>(alliances.size());
		List<Membership> members = new ArrayList<>();
		for (NewAlliance a : alliances) {
			long id = repository.insertAlliance(a.code(), a.name().trim(), a.kind(), a.regionCode(), a.specialty(),
					a.leadInstitutionCode(), a.establishedOn());
			ids.add(id);
			for (NewMember m : a.members()) {
				var role = m.institutionCode().equals(a.leadInstitutionCode()) ? Membership.Role.LEAD
						: Membership.Role.MEMBER;
				members.add(new Membership(id, m.institutionCode(), role, m.joinedOn(), m.leftOn()));
			}
		}
		repository.insertMembers(members);
		return ids;
	}

	private static void checkAlliance(NewAlliance a, Set<String> institutions, Set<String> regions,
			Set<String> existing, Set<String> seen) {
		String code = Checks.required("?", "code", a.code());
		Checks.required(code, "name", a.name());
		Checks.required(code, "kind", a.kind());
		Checks.required(code, "established_on", a.establishedOn());
		String lead = Checks.required(code, "lead_institution_code", a.leadInstitutionCode());
		Checks.unique(seen, existing, code, RegistryErrors.DUPLICATE_ALLIANCE, code);
		if (!regions.contains(a.regionCode())) {
			throw new BusinessException(RegistryErrors.UNKNOWN_REGION, code, a.regionCode());
		}
		Map<String, NewMember> current = new HashMap<>();
		for (NewMember m : a.members()) {
			String member = Checks.required(code, "members.institution_code", m.institutionCode());
			Checks.required(code, "members.joined_on", m.joinedOn());
			if (!institutions.contains(member)) {
				throw new BusinessException(RegistryErrors.UNKNOWN_INSTITUTION, code, member);
			}
			if (m.leftOn() != null && !m.leftOn().isAfter(m.joinedOn())) {
				throw new BusinessException(RegistryErrors.MEMBERSHIP_DATES, member, m.joinedOn(), m.leftOn());
			}
			if (m.leftOn() == null && current.put(member, m) != null) {
				throw new BusinessException(RegistryErrors.ALREADY_MEMBER, code, member);
			}
		}
		if (!current.containsKey(lead)) {
			throw new BusinessException(RegistryErrors.LEAD_NOT_MEMBER, code, lead);
		}
	}

	@Override
	@Transactional
	public void addMember(long allianceId, String institutionCode, LocalDate joinedOn) {
		Alliance alliance = repository.alliance(allianceId)
			.orElseThrow(() -> Checks.notFound("registry.alliance", allianceId));
		String code = Checks.required(alliance.code(), "institution_code", institutionCode);
		Checks.required(alliance.code(), "joined_on", joinedOn);
		if (repository.institution(code).isEmpty()) {
			throw new BusinessException(RegistryErrors.UNKNOWN_INSTITUTION, alliance.code(), code);
		}
		if (repository.currentMembership(allianceId, code).isPresent()) {
			throw new BusinessException(RegistryErrors.ALREADY_MEMBER, alliance.code(), code);
		}
		repository.insertMembers(List.of(new Membership(allianceId, code, Membership.Role.MEMBER, joinedOn, null)));
	}

	@Override
	@Transactional
	public void endMembership(long allianceId, String institutionCode, LocalDate leftOn) {
		Alliance alliance = repository.alliance(allianceId)
			.orElseThrow(() -> Checks.notFound("registry.alliance", allianceId));
		Checks.required(alliance.code(), "left_on", leftOn);
		Membership current = repository.currentMembership(allianceId, institutionCode)
			.orElseThrow(() -> new BusinessException(RegistryErrors.NOT_A_MEMBER, alliance.code(), institutionCode));
		if (current.role() == Membership.Role.LEAD) {
			throw new BusinessException(RegistryErrors.LEAD_CANNOT_LEAVE, alliance.code(), institutionCode);
		}
		if (!leftOn.isAfter(current.joinedOn())) {
			throw new BusinessException(RegistryErrors.MEMBERSHIP_DATES, institutionCode, current.joinedOn(), leftOn);
		}
		repository.endMembership(allianceId, institutionCode, leftOn);
	}

	@Override
	@Transactional
	public int importInstitutions(Reader csv) {
		List<NewInstitution> rows = new InstitutionCsv(this::checkImported).read(csv);
		repository.insertInstitutions(rows);
		return rows.size();
	}

	/**
	 * The database checks of one imported line, given the codes of the lines before it.
	 */
	private void checkImported(NewInstitution i, Set<String> earlier) {
		if (earlier.contains(i.code()) || repository.institution(i.code()).isPresent()) {
			throw new BusinessException(RegistryErrors.DUPLICATE_INSTITUTION, i.code());
		}
		if (!RegionCode.isWellFormed(i.regionCode()) || repository.region(i.regionCode()).isEmpty()) {
			throw new BusinessException(RegistryErrors.UNKNOWN_REGION, i.code(), i.regionCode());
		}
	}

}
