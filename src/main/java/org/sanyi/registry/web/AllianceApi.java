package org.sanyi.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.RegistryAdmin;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.AllianceDetail;
import org.sanyi.registry.internal.Views.AllianceFilter;
import org.sanyi.registry.internal.Views.AllianceRow;
import org.sanyi.registry.internal.Views.MemberRow;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/alliances")
@PreAuthorize("hasAuthority('registry:alliance:list')")
@Tag(name = "registry: alliances", description = "医联体 county medical communities, city medical groups and specialty "
		+ "alliances with a visible member")
class AllianceApi {

	private final RegistryViews views;

	private final RegistryAdmin admin;

	private final AuditLog audit;

	AllianceApi(RegistryViews views, RegistryAdmin admin, AuditLog audit) {
		this.views = views;
		this.admin = admin;
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Search alliances by name, pinyin initials or code")
	Page<AllianceRow> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) Alliance.Kind kind, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return views.searchAlliances(new AllianceFilter(q, kind), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An alliance with its lead and the members the caller can see")
	AllianceDetail alliance(@PathVariable long id) {
		return views.alliance(id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The members the caller can see, current ones first, with their dates")
	List<MemberRow> members(@PathVariable long id) {
		return views.alliance(id).members();
	}

	@PostMapping
	@PreAuthorize("hasAuthority('registry:alliance:edit')")
	@Operation(summary = "Create alliances with their members (all or nothing); the lead must be a member")
	Map<String, List<Long>> create(@RequestBody List<NewAlliance> alliances) {
		List<Long> ids = admin.createAlliances(alliances);
		audit.describe("registry:alliance", alliances.isEmpty() ? null : alliances.getFirst().code(),
				ids.size() + " alliances");
		return Map.of("ids", ids);
	}

	@PostMapping("/{id}/members")
	@PreAuthorize("hasAuthority('registry:alliance:edit')")
	@Operation(summary = "Add a member from a day")
	Map<String, String> addMember(@PathVariable long id, @RequestBody MemberChange change) {
		admin.addMember(id, change.institutionCode(), change.on());
		audit.describe("registry:alliance", String.valueOf(id), "add member " + change.institutionCode());
		return Map.of("status", "ok");
	}

	@PostMapping("/{id}/members/{code}/end")
	@PreAuthorize("hasAuthority('registry:alliance:edit')")
	@Operation(summary = "End a current membership: from the day given the institution is no longer a member")
	Map<String, String> endMembership(@PathVariable long id, @PathVariable String code,
			@RequestBody MemberChange change) {
		admin.endMembership(id, code, change.on());
		audit.describe("registry:alliance", String.valueOf(id), "end member " + code);
		return Map.of("status", "ok");
	}

	/** A membership change: the institution and the day it takes effect. */
	record MemberChange(String institutionCode, LocalDate on) {
	}

}
