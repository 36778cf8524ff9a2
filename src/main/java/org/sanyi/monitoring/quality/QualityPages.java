package org.sanyi.monitoring.quality;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.monitoring.quality.QualityRepository.Violation;
import org.sanyi.monitoring.report.ReportForm;
import org.sanyi.monitoring.report.ReportService;
import org.sanyi.registry.Institution;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 数据质量: each hospital's score, the outliers, the violations (filter, follow up, CSV
 * export), the rules (add one) and a button that checks the region now.
 */
@Controller
class QualityPages {

	private static final List<String> STATUSES = List.of("OPEN", "FOLLOWED_UP", "RESOLVED");

	private final QualityService quality;

	private final QualityScores scores;

	private final ReportService reports;

	private final AuditLog audit;

	private final MessageSource messages;

	private final RuleReview ruleReview;

	QualityPages(QualityService quality, QualityScores scores, ReportService reports, AuditLog audit,
			MessageSource messages, RuleReview ruleReview) {
		this.ruleReview = ruleReview;
		this.quality = quality;
		this.scores = scores;
		this.reports = reports;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/quality")
	@PreAuthorize("hasAuthority('monitoring:quality:list')")
	String page(@RequestParam(required = false) String status, Model model) {
		DataScope scope = CurrentUsers.scope();
		String chosen = status != null && STATUSES.contains(status) ? status : "";
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		model.addAttribute("overview", scores.overview(scope));
		model.addAttribute("violations", quality.violations(scope, chosen));
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("rules", rulesByCode());
		model.addAttribute("pendingRules", ruleReview.pendingCodes());
		model.addAttribute("pendingAdditions", ruleReview.pendingAdditions());
		model.addAttribute("names", names(scope));
		model.addAttribute("cells",
				form.cells()
					.stream()
					.collect(Collectors.toMap(ReportForm.Cell::code, c -> c.label(LocaleContextHolder.getLocale()))));
		return "monitoring/quality";
	}

	@PostMapping("/monitoring/quality/run")
	@PreAuthorize("hasAuthority('monitoring:quality:edit')")
	String run(RedirectAttributes redirect) {
		int found = quality.run(CurrentUsers.scope());
		audit.describe("monitoring:quality", "run", String.valueOf(found));
		redirect.addFlashAttribute("ran", found);
		return "redirect:/monitoring/quality";
	}

	@PostMapping("/monitoring/quality/violations/{id}/follow-up")
	@PreAuthorize("hasAuthority('monitoring:quality:edit')")
	String followUp(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			quality.followUp(id, user.username(), note, user.scope());
			audit.describe("monitoring:violation", String.valueOf(id), "follow-up");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/quality";
	}

	@PostMapping("/monitoring/quality/rules")
	@PreAuthorize("hasAuthority('monitoring:quality:edit')")
	String addRule(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		audit.describe("monitoring:validation-rule", String.valueOf(form.get("code")), "propose new rule");
		try {
			long id = ruleReview.proposeNew(form, CurrentUsers.get().username());
			audit.describe("monitoring:validation-rule", form.get("code"), "proposed new rule " + id);
			return "redirect:/monitoring/quality/rules/" + form.get("code").strip();
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("ruleForm", form);
		}
		return "redirect:/monitoring/quality#rules";
	}

	/** The violations in the viewer's region as CSV (UTF-8 with BOM, for Excel). */
	@GetMapping("/monitoring/quality/violations.csv")
	@PreAuthorize("hasAuthority('monitoring:quality:list')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String status) {
		DataScope scope = CurrentUsers.scope();
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Rule> rules = rulesByCode();
		Map<String, String> names = names(scope);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", msg("monitoring.quality.period", locale),
				msg("monitoring.quality.institution", locale), msg("monitoring.quality.rule", locale),
				msg("monitoring.quality.importance", locale), msg("monitoring.quality.left", locale),
				msg("monitoring.quality.right", locale), msg("monitoring.quality.status", locale),
				msg("monitoring.quality.note", locale)))
			.append("\r\n");
		List<Violation> violations = quality.violations(scope,
				status != null && STATUSES.contains(status) ? status : "");
		for (Violation v : violations) {
			Rule rule = rules.get(v.ruleCode());
			csv.append(String.join(",", v.period(), cell(names.getOrDefault(v.institution(), v.institution())),
					cell(rule == null ? v.ruleCode() : rule.name(locale)),
					msg("monitoring.quality.importance." + v.importance(), locale), v.leftValue().toPlainString(),
					v.rightValue().toPlainString(), msg("monitoring.quality.status." + v.status(), locale),
					cell(v.followUpNote() == null ? "" : v.followUpNote())))
				.append("\r\n");
		}
		audit.record(AuditAction.EXPORT, "monitoring:violation", scope.regionPrefix(),
				violations.size() + " violations");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"violations.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Rule> rulesByCode() {
		return quality.rules()
			.stream()
			.collect(Collectors.toMap(Rule::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private Map<String, String> names(DataScope scope) {
		return quality.hospitals(scope)
			.stream()
			.collect(Collectors.toMap(Institution::code, Institution::name, (a, b) -> a));
	}

	/** A CSV field, quoted when it holds a comma, quote or line break. */
	static String cell(String text) {
		if (text.matches("(?s).*[,\"\r\n].*")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
