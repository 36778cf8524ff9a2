package org.sanyi.registry.web;

import java.util.List;

import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.RegionRow;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 行政区划: the region tree (children loaded with htmx on expansion), search, and a region's
 * page.
 */
@Controller
@PreAuthorize("hasAuthority('registry:region:list')")
class RegionPages {

	private final RegistryViews views;

	private final AuditLog audit;

	private final Labels labels;

	RegionPages(RegistryViews views, AuditLog audit, Labels labels) {
		this.views = views;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/registry/regions")
	String regions(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("q", q == null ? "" : q.trim());
		if (q == null || q.isBlank()) {
			model.addAttribute("nodes", views.rootRegions());
		}
		else {
			model.addAttribute("page", views.searchRegions(q, PageQuery.of(page, 20)));
		}
		return "registry/regions";
	}

	/**
	 * The children of a tree node, as {@code
	 *
	<li>} elements for htmx to put under it.
	 */
	@GetMapping("/registry/regions/{code}/children")
	String children(@PathVariable String code, Model model) {
		model.addAttribute("nodes", views.childRegions(code));
		return "registry/regions :: nodes";
	}

	@GetMapping("/registry/regions/{code}")
	String region(@PathVariable String code, Model model) {
		model.addAttribute("detail", views.region(code));
		return "registry/region";
	}

	@GetMapping("/registry/regions/export")
	@PreAuthorize("hasAuthority('registry:region:export')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q) {
		List<RegionRow> rows = views.exportRegions(q);
		audit.record(AuditAction.EXPORT, "registry:region", null, rows.size() + " rows; q=" + (q == null ? "" : q));
		Labels.Texts t = labels.now();
		ExcelExport<RegionRow> excel = ExcelExport.of(t.get("registry.regions.title"),
				List.of(new Column<>(t.get("registry.region.code"), RegionRow::code),
						new Column<>(t.get("registry.region.name"), RegionRow::name),
						new Column<>(t.get("registry.region.level"), r -> t.of("registry.level.", r.level())),
						new Column<>(t.get("registry.region.parent"), RegionRow::parentCode),
						new Column<>(t.get("registry.region.population"), RegionRow::population),
						new Column<>(t.get("registry.region.children"), RegionRow::childCount),
						new Column<>(t.get("registry.region.institutions"), RegionRow::institutionCount)));
		return Downloads.xlsx("regions", out -> excel.write(rows, out));
	}

}
