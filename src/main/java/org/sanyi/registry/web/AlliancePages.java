package org.sanyi.registry.web;

import java.util.List;

import org.sanyi.registry.Alliance;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.AllianceFilter;
import org.sanyi.registry.internal.Views.AllianceRow;
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
 * 医联体: medical communities, medical groups and specialty alliances, and an alliance's
 * members.
 */
@Controller
@PreAuthorize("hasAuthority('registry:alliance:list')")
class AlliancePages {

	private final RegistryViews views;

	private final AuditLog audit;

	private final Labels labels;

	AlliancePages(RegistryViews views, AuditLog audit, Labels labels) {
		this.views = views;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/registry/alliances")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Alliance.Kind.values());
		model.addAttribute("page", views.searchAlliances(filter.criteria(), PageQuery.of(page, 20)));
		return "registry/alliances";
	}

	@GetMapping("/registry/alliances/export")
	@PreAuthorize("hasAuthority('registry:alliance:export')")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		List<AllianceRow> rows = views.exportAlliances(filter.criteria());
		audit.record(AuditAction.EXPORT, "registry:alliance", null, rows.size() + " rows");
		Labels.Texts t = labels.now();
		ExcelExport<AllianceRow> excel = ExcelExport.of(t.get("registry.alliances.title"),
				List.of(new Column<>(t.get("registry.alliance.code"), AllianceRow::code),
						new Column<>(t.get("registry.alliance.name"), AllianceRow::name),
						new Column<>(t.get("registry.alliance.kind"), a -> t.of("registry.allianceKind.", a.kind())),
						new Column<>(t.get("registry.alliance.region"), AllianceRow::regionName),
						new Column<>(t.get("registry.alliance.specialty"), AllianceRow::specialty),
						new Column<>(t.get("registry.alliance.lead"), AllianceRow::leadName),
						new Column<>(t.get("registry.alliance.members"), AllianceRow::memberCount),
						new Column<>(t.get("registry.alliance.established"), AllianceRow::establishedOn)));
		return Downloads.xlsx("alliances", out -> excel.write(rows, out));
	}

	@GetMapping("/registry/alliances/{id}")
	String alliance(@PathVariable long id, Model model) {
		model.addAttribute("detail", views.alliance(id));
		return "registry/alliance";
	}

	record Filter(String q, Alliance.Kind kind) {

		AllianceFilter criteria() {
			return new AllianceFilter(q, kind);
		}

	}

}
