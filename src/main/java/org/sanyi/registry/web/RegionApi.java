package org.sanyi.registry.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.registry.RegistryAdmin;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.RegionDetail;
import org.sanyi.registry.internal.Views.RegionRow;
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
@RequestMapping("/api/registry/regions")
@PreAuthorize("hasAuthority('registry:region:list')")
@Tag(name = "registry: regions", description = "行政区划 administrative regions, within the caller's data scope")
class RegionApi {

	private final RegistryViews views;

	private final RegistryAdmin admin;

	private final AuditLog audit;

	RegionApi(RegistryViews views, RegistryAdmin admin, AuditLog audit) {
		this.views = views;
		this.admin = admin;
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Search regions by name, pinyin initials or code prefix (all visible regions when q is blank)")
	Page<RegionRow> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return views.searchRegions(q, PageQuery.of(page, size));
	}

	@GetMapping("/roots")
	@Operation(summary = "The top of the region tree the caller can see")
	List<RegionRow> roots() {
		return views.rootRegions();
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The regions directly below one, for lazy tree expansion")
	List<RegionRow> children(@Parameter(description = "division code") @PathVariable String code) {
		return views.childRegions(code);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A region with its lineage (province first), institutions by kind and children")
	RegionDetail region(@PathVariable String code) {
		return views.region(code);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('registry:region:edit')")
	@Operation(summary = "Create regions in bulk (all or nothing); parents first")
	Map<String, Integer> create(@RequestBody List<NewRegion> regions) {
		int created = admin.createRegions(regions);
		audit.describe("registry:region", regions.isEmpty() ? null : regions.getFirst().code(), created + " regions");
		return Map.of("created", created);
	}

}
