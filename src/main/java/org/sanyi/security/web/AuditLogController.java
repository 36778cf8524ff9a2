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

import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * The most rows one export writes ({@code sanyi.audit.export-max-rows}); a larger
	 * result says so in the file.
	 */
	private final int exportMax;

	AuditLogController(AuditSearch search, AuditLog audit, MessageSource messages,
			@Value("${sanyi.audit.export-max-rows:100000}") int exportMax) {
		this.exportMax = exportMax;
		this.search = search;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/security/audit")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		Page<AuditSearch.Entry> result = search.search(criteria(filter), PageQuery.of(page, 20));
		AuditTexts texts = new AuditTexts(messages, LocaleContextHolder.getLocale());
		model.addAttribute("filter", filter);
		model.addAttribute("page", result.map(e -> AuditLogRow.of(e, texts)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("exportMax", exportMax);
		return "security/audit";
	}

	@GetMapping("/security/audit/export")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		Page<AuditSearch.Entry> found = search.export(criteria(filter), exportMax);
		audit.record(AuditAction.EXPORT, "security:audit", null,
				"rows=" + found.rows().size() + "; total=" + found.total());
		var locale = LocaleContextHolder.getLocale();
		AuditTexts texts = new AuditTexts(messages, locale);
		List<AuditLogRow> rows = found.rows().stream().map(e -> AuditLogRow.of(e, texts)).toList();
		ExcelExport<AuditLogRow> excel = ExcelExport.of(msg("audit.title"),
				List.of(new Column<>(TimeLabels.column(messages, locale, msg("audit.at")), AuditLogRow::at),
						new Column<>(msg("audit.user"), AuditLogRow::username),
						new Column<>(msg("audit.role"), AuditLogRow::role),
						new Column<>(msg("audit.action"), AuditLogRow::action),
						new Column<>(msg("audit.resource"), AuditLogRow::resource),
						new Column<>(msg("audit.target"), AuditLogRow::target),
						new Column<>(msg("audit.detail"), AuditLogRow::detail),
						new Column<>(msg("audit.ip"), AuditLogRow::ip),
						new Column<>(msg("audit.outcome"), AuditLogRow::outcome)));
		String note = found.total() > rows.size()
				? messages.getMessage("export.capped", new Object[] { rows.size(), found.total() }, locale) : null;
		return Downloads.xlsx("audit", out -> excel.write(rows, out, note));
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
