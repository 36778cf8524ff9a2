package org.sanyi.registry.web;

import java.util.List;

import org.sanyi.registry.Staff;
import org.sanyi.registry.internal.RegistryViews;
import org.sanyi.registry.internal.Views.StaffDetail;
import org.sanyi.registry.internal.Views.StaffFilter;
import org.sanyi.registry.internal.Views.StaffRow;
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
 * An institution's staff: the list shows names (practitioners are public) with
 * certificate numbers masked; a staff member's own page shows the full record and is
 * recorded in the audit log as a read of personal data.
 */
@Controller
@PreAuthorize("hasAuthority('registry:institution:list')")
class StaffPages {

	private final RegistryViews views;

	private final AuditLog audit;

	private final Labels labels;

	StaffPages(RegistryViews views, AuditLog audit, Labels labels) {
		this.views = views;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/registry/institutions/{code}/staff")
	String list(@PathVariable String code, Filter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("institution", views.institution(code));
		model.addAttribute("departments", views.institutionDetail(code).departments());
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Staff.Kind.values());
		model.addAttribute("page", views.staff(code, filter.criteria(), PageQuery.of(page, 20)));
		return "registry/staff-list";
	}

	@GetMapping("/registry/institutions/{code}/staff/export")
	@PreAuthorize("hasAuthority('registry:institution:export')")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String code, Filter filter) {
		List<StaffRow> rows = views.exportStaff(code, filter.criteria());
		audit.record(AuditAction.EXPORT, "registry:staff", code, rows.size() + " rows");
		Labels.Texts t = labels.now();
		ExcelExport<StaffRow> excel = ExcelExport.of(t.get("registry.staff.list"),
				List.of(new Column<>(t.get("registry.staff.name"), StaffRow::name),
						new Column<>(t.get("registry.staff.sex"), s -> t.get("registry.sex." + s.sex())),
						new Column<>(t.get("registry.staff.kind"), s -> t.of("registry.staffKind.", s.kind())),
						new Column<>(t.get("registry.staff.profTitle"), s -> t.of("registry.title.", s.title())),
						new Column<>(t.get("registry.staff.department"), StaffRow::departmentName),
						new Column<>(t.get("registry.staff.certificate"), StaffRow::maskedCertificate)));
		return Downloads.xlsx("staff-" + code, out -> excel.write(rows, out));
	}

	@GetMapping("/registry/staff/{id}")
	String staffMember(@PathVariable long id, Model model) {
		StaffDetail detail = views.staffMember(id);
		audit.read("registry:staff", String.valueOf(id), detail.staff().institutionCode());
		model.addAttribute("detail", detail);
		return "registry/staff";
	}

	/** The search form of the staff list; blanks mean "any". */
	record Filter(String q, Staff.Kind kind, String department) {

		StaffFilter criteria() {
			return new StaffFilter(q, kind, department);
		}

	}

}
