package org.sanyi.security.web;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.shared.PlatformTime;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.security.internal.AuditSearch;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;
import org.sanyi.shared.web.TimeLabels;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 审计日志: search the audit trail, within the viewer's own region or institution. */
@Controller
@PreAuthorize("hasAuthority('security:audit:list')")
class AuditLogController {

	private final AuditSearch search;

	private final AuditLog audit;

	private final MessageSource messages;

	AuditLogController(AuditSearch search, AuditLog audit, MessageSource messages) {
		this.search = search;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/security/audit")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		Page<AuditSearch.Entry> result = search.search(criteria(filter), PageQuery.of(page, 20));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("actions", AuditAction.values());
		return "security/audit";
	}

	@GetMapping("/security/audit/export")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		List<AuditSearch.Entry> rows = search.search(criteria(filter), new PageQuery(1, 100_000)).rows();
		audit.record(AuditAction.EXPORT, "security:audit", null, rows.size() + " rows");
		var locale = LocaleContextHolder.getLocale();
		ExcelExport<AuditSearch.Entry> excel = ExcelExport.of(msg("audit.title"), List.of(
				new Column<>(TimeLabels.column(messages, locale, msg("audit.at")), AuditSearch.Entry::at), new Column<>(msg("audit.user"), AuditSearch.Entry::username),
				new Column<>(msg("audit.role"), e -> e.roleCode() == null ? "" : messages.getMessage("role." + e.roleCode(), null, locale)),
				new Column<>(msg("audit.action"), AuditSearch.Entry::action), new Column<>(msg("audit.resource"), AuditSearch.Entry::resource),
				new Column<>(msg("audit.target"), AuditSearch.Entry::target), new Column<>(msg("audit.detail"), AuditSearch.Entry::detail),
				new Column<>(msg("audit.ip"), AuditSearch.Entry::ip), new Column<>(msg("audit.outcome"), AuditSearch.Entry::outcome)));
		return Downloads.xlsx("audit", out -> excel.write(rows, out));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static AuditSearch.Criteria criteria(Filter f) {
		DataScope scope = CurrentUsers.scope();
		return new AuditSearch.Criteria(blank(f.username()), blank(f.action()), blank(f.resource()), blank(f.target()),
				f.from() == null ? null : f.from().atStartOfDay(PlatformTime.zone()).toOffsetDateTime(),
				f.to() == null ? null : f.to().plusDays(1).atStartOfDay(PlatformTime.zone()).toOffsetDateTime(), scope);
	}

	private static String blank(String s) {
		return s == null ? "" : s.trim();
	}

	record Filter(String username, String action, String resource, String target,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}


}
