package org.sanyi.registry.web;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.registry.ImportRejected;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.registry.Staff;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.InstitutionDetail;
import org.sanyi.registry.internal.Views.InstitutionFilter;
import org.sanyi.registry.internal.Views.InstitutionRow;
import org.sanyi.registry.internal.Views.StaffDetail;
import org.sanyi.registry.internal.Views.StaffFilter;
import org.sanyi.registry.internal.Views.StaffRow;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAuthority('registry:institution:list')")
@Tag(name = "registry: institutions",
		description = "医疗机构 institutions, departments and staff, within the caller's data scope")
class InstitutionApi {

	private final RegistryViews views;

	private final RegistryAdmin admin;

	private final AuditLog audit;

	private final Labels labels;

	InstitutionApi(RegistryViews views, RegistryAdmin admin, AuditLog audit, Labels labels) {
		this.views = views;
		this.admin = admin;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/api/registry/institutions")
	@Operation(summary = "Search institutions: q matches name, pinyin initials or code prefix; region matches the "
			+ "region and everything below it; alliance lists its current members")
	Page<InstitutionRow> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) Institution.Kind kind,
			@RequestParam(required = false) Institution.Grade grade, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long alliance, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return views.searchInstitutions(new InstitutionFilter(q, kind, grade, region, alliance),
				PageQuery.of(page, size));
	}

	@GetMapping("/api/registry/institutions/{code}")
	@Operation(summary = "An institution with its region lineage, departments and alliance memberships")
	InstitutionDetail institution(@PathVariable String code) {
		return views.institutionDetail(code);
	}

	@GetMapping("/api/registry/institutions/{code}/staff")
	@Operation(summary = "An institution's staff; certificate numbers masked")
	Page<StaffRow> staff(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(required = false) Staff.Kind kind, @RequestParam(required = false) String department,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return views.staff(code, new StaffFilter(q, kind, department), PageQuery.of(page, size));
	}

	@GetMapping("/api/registry/staff/{id}")
	@Operation(summary = "A staff member in full (the read is audited)")
	StaffDetail staffMember(@PathVariable long id) {
		StaffDetail detail = views.staffMember(id);
		audit.read("registry:staff", String.valueOf(id), detail.staff().institutionCode());
		return detail;
	}

	@PostMapping("/api/registry/institutions")
	@PreAuthorize("hasAuthority('registry:institution:edit')")
	@Operation(summary = "Create institutions in bulk (all or nothing)")
	Map<String, Integer> create(@RequestBody List<NewInstitution> institutions) {
		int created = admin.createInstitutions(institutions);
		audit.describe("registry:institution", institutions.isEmpty() ? null : institutions.getFirst().code(),
				created + " institutions");
		return Map.of("created", created);
	}

	@PostMapping(path = "/api/registry/institutions/import", consumes = { "text/csv", "text/plain" })
	@PreAuthorize("hasAuthority('registry:institution:edit')")
	@Operation(summary = "Import institutions from CSV (UTF-8 with a header row); any bad line refuses the whole file "
			+ "and the answer lists every bad line")
	Map<String, Integer> importCsv(@RequestBody String csv) {
		int created = admin.importInstitutions(new StringReader(csv));
		audit.describe("registry:institution", null, "CSV import: " + created + " institutions");
		return Map.of("created", created);
	}

	@PostMapping("/api/registry/departments")
	@PreAuthorize("hasAuthority('registry:institution:edit')")
	@Operation(summary = "Create departments in bulk (all or nothing)")
	Map<String, Integer> createDepartments(@RequestBody List<NewDepartment> departments) {
		int created = admin.createDepartments(departments);
		audit.describe("registry:department", null, created + " departments");
		return Map.of("created", created);
	}

	@PostMapping("/api/registry/staff")
	@PreAuthorize("hasAuthority('registry:institution:edit')")
	@Operation(summary = "Create staff in bulk (all or nothing)")
	Map<String, Integer> createStaff(@RequestBody List<NewStaff> staff) {
		int created = admin.createStaff(staff);
		audit.describe("registry:staff", null, created + " staff");
		return Map.of("created", created);
	}

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail rejected(ImportRejected ex) {
		var problem = ProblemDetail.forStatusAndDetail(RegistryErrors.IMPORT_REJECTED.status(),
				labels.get(RegistryErrors.IMPORT_REJECTED.messageKey(), ex.lines().size()));
		problem.setType(URI.create("urn:sanyi:error:" + RegistryErrors.IMPORT_REJECTED.code()));
		problem.setTitle(labels.get("error.title"));
		problem.setProperty("code", RegistryErrors.IMPORT_REJECTED.code());
		problem.setProperty("errors", ImportErrors.of(ex, labels));
		return problem;
	}

}
