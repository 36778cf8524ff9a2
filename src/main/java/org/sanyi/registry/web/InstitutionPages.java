package org.sanyi.registry.web;

import java.util.List;

import org.sanyi.registry.Institution;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.InstitutionFilter;
import org.sanyi.registry.internal.Views.InstitutionRow;
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

/** 医疗机构: search, Excel export and an institution's page. */
@Controller
@PreAuthorize("hasAuthority('registry:institution:list')")
class InstitutionPages {

	private final RegistryViews views;

	private final AuditLog audit;

	private final Labels labels;

	InstitutionPages(RegistryViews views, AuditLog audit, Labels labels) {
		this.views = views;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/registry/institutions")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", views.searchInstitutions(filter.criteria(), PageQuery.of(page, 20)));
		model.addAttribute("kinds", Institution.Kind.values());
		model.addAttribute("grades", Institution.Grade.values());
		model.addAttribute("regions", views.regionOptions());
		model.addAttribute("alliances", views.allianceOptions());
		return "registry/institutions";
	}

	@GetMapping("/registry/institutions/export")
	@PreAuthorize("hasAuthority('registry:institution:export')")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		List<InstitutionRow> rows = views.exportInstitutions(filter.criteria());
		audit.record(AuditAction.EXPORT, "registry:institution", null, rows.size() + " rows; " + filter.describe());
		Labels.Texts t = labels.now();
		ExcelExport<InstitutionRow> excel = ExcelExport.of(t.get("registry.institutions.title"),
				List.of(new Column<>(t.get("registry.institution.code"), InstitutionRow::code),
						new Column<>(t.get("registry.institution.name"), InstitutionRow::name),
						new Column<>(t.get("registry.institution.kind"), i -> t.of("registry.kind.", i.kind())),
						new Column<>(t.get("registry.institution.grade"), i -> t.of("registry.grade.", i.grade())),
						new Column<>(t.get("registry.institution.region"), InstitutionRow::regionCode),
						new Column<>(t.get("registry.institution.area"), InstitutionRow::area),
						new Column<>(t.get("registry.institution.beds"), InstitutionRow::beds),
						new Column<>(t.get("registry.institution.ownership"),
								i -> t.of("registry.ownership.", i.ownership())),
						new Column<>(t.get("registry.institution.status"), i -> t.of("registry.status.", i.status()))));
		return Downloads.xlsx("institutions", out -> excel.write(rows, out));
	}

	@GetMapping("/registry/institutions/{code}")
	String institution(@PathVariable String code, Model model) {
		model.addAttribute("detail", views.institutionDetail(code));
		model.addAttribute("staff",
				views.staff(code, new StaffPages.Filter(null, null, null).criteria(), new PageQuery(1, 10)));
		return "registry/institution";
	}

	/** The search form; blanks mean "any". */
	record Filter(String q, Institution.Kind kind, Institution.Grade grade, String region, Long alliance) {

		InstitutionFilter criteria() {
			return new InstitutionFilter(q, kind, grade, region, alliance);
		}

		String describe() {
			return "q=" + (q == null ? "" : q) + " kind=" + (kind == null ? "" : kind) + " grade="
					+ (grade == null ? "" : grade) + " region=" + (region == null ? "" : region) + " alliance="
					+ (alliance == null ? "" : alliance);
		}

	}

}
