package org.sanyi.supervision.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.engine.AuditEngine;
import org.sanyi.supervision.engine.Category;
import org.sanyi.supervision.engine.InstitutionType;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Severity;
import org.sanyi.supervision.engine.Stage;
import org.sanyi.supervision.engine.TimeWindow;
import org.sanyi.supervision.engine.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule library (规则库) and knowledge base (知识库): the versions of the user's regions,
 * the rules of one with their national-template attributes, a rule changed as a new
 * version for review, the review itself, a rule tried on a sample claim, and the
 * knowledge base with its CSV import. Data scope applies.
 */
@Controller
class RulePages {

	private final RuleService rules;

	private final AuditLog audit;

	private final MessageSource messages;

	RulePages(RuleService rules, AuditLog audit, MessageSource messages) {
		this.rules = rules;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/supervision/rules")
	@PreAuthorize("hasAuthority('supervision:rule:list')")
	String library(@RequestParam(required = false) Long version, Model model) {
		DataScope scope = CurrentUsers.scope();
		List<VersionRow> versions = rules.list(scope);
		Optional<VersionRow> shown = version != null ? Optional.of(rules.get(version, scope))
				: home(scope).flatMap(r -> rules.inForce(VersionRow.RULES, r, PlatformTime.today()))
					.or(() -> versions.stream().filter(v -> v.kind().equals(VersionRow.RULES)).findFirst());
		model.addAttribute("versions", versions);
		model.addAttribute("shown", shown.orElse(null));
		List<RuleRow> shownRules = shown
			.map(v -> v.kind().equals(VersionRow.RULES) ? rules.rules(v.id()) : List.<RuleRow>of())
			.orElse(List.of());
		model.addAttribute("rules", shownRules);
		model.addAttribute("entries",
				shown.filter(v -> v.kind().equals(VersionRow.KNOWLEDGE))
					.map(v -> rules.knowledge(v.id()))
					.orElse(List.of()));
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("results", ResultType.values());
		model.addAttribute("windows", TimeWindow.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("stageValues", Stage.values());
		model.addAttribute("sceneValues", Scene.values());
		model.addAttribute("typeValues", InstitutionType.values());
		model.addAttribute("me", CurrentUsers.get().username());
		model.addAttribute("homeRegion", home(scope).orElse(""));
		model.addAttribute("nextMonth", PlatformTime.today().withDayOfMonth(1).plusMonths(1));
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			if (!shownRules.isEmpty()) {
				RuleRow first = shownRules.getFirst();
				form.put("ruleId", first.ruleId());
			}
			model.addAttribute("form", form);
		}
		return "supervision/rules";
	}

	@PostMapping("/supervision/rules")
	@PreAuthorize("hasAuthority('supervision:rule:edit')")
	String propose(@RequestParam Map<String, String> posted, @RequestParam(required = false) List<String> types,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		// the type boxes come as one parameter per box ticked
		Map<String, String> form = new LinkedHashMap<>(posted);
		form.put("types", types == null ? "" : String.join(",", types));
		try {
			RuleRow rule = new RuleRow(form.getOrDefault("ruleId", ""), form.getOrDefault("name", ""),
					form.getOrDefault("kind", ""), form.getOrDefault("category", ""),
					form.getOrDefault("resultType", ""), form.getOrDefault("timeWindow", ""),
					form.getOrDefault("levels", ""), form.getOrDefault("scenes", ""), form.getOrDefault("stages", ""),
					form.getOrDefault("severity", ""), "true".equals(form.get("blocking")),
					!"false".equals(form.get("enabled")), RulesCsv.parameters(form.get("parameters")),
					form.getOrDefault("schemes", ""), form.getOrDefault("logic", ""), form.get("types"));
			long id = rules.proposeRule(form.getOrDefault("region", ""), date(form.get("effectiveFrom")), rule,
					form.get("summary"), user.username(), user.scope());
			audit.describe("supervision:rule", String.valueOf(id), "proposed " + rule.ruleId());
			return "redirect:/supervision/rules?version=" + id;
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("form", form);
			return "redirect:/supervision/rules";
		}
	}

	@PostMapping("/supervision/knowledge")
	@PreAuthorize("hasAuthority('supervision:rule:edit')")
	String importKnowledge(@RequestParam("file") MultipartFile file, @RequestParam String region,
			@RequestParam String effectiveFrom, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			long id = rules.proposeKnowledge(region, date(effectiveFrom), reader, summary, user.username(),
					user.scope());
			audit.describe("supervision:knowledge", String.valueOf(id), "proposed from " + file.getOriginalFilename());
			return "redirect:/supervision/rules?version=" + id;
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("importError", text(ex));
			return "redirect:/supervision/rules";
		}
	}

	@PostMapping("/supervision/versions/{id}/approve")
	@PreAuthorize("hasAuthority('supervision:rule:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, true, redirect);
	}

	@PostMapping("/supervision/versions/{id}/reject")
	@PreAuthorize("hasAuthority('supervision:rule:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, false, redirect);
	}

	private String decide(long id, String note, boolean approve, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			if (approve) {
				rules.approve(id, user.username(), note, user.scope());
			}
			else {
				rules.reject(id, user.username(), note, user.scope());
			}
			audit.describe("supervision:rule", String.valueOf(id), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/rules?version=" + id;
	}

	/** Tries one rule of a version on a sample claim and shows which lines it hits. */
	@PostMapping("/supervision/rules/test")
	@PreAuthorize("hasAuthority('supervision:rule:list')")
	String test(@RequestParam long version, @RequestParam String ruleId, @RequestParam Map<String, String> sample,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		VersionRow v = rules.get(version, scope);
		try {
			RuleRow row = rules.rules(v.id())
				.stream()
				.filter(r -> r.ruleId().equals(ruleId))
				.findFirst()
				.orElseThrow(() -> new BusinessException(SupervisionErrors.INVALID_FIELD, "rule_id", ruleId));
			var knowledge = rules.inForce(VersionRow.KNOWLEDGE, v.regionCode(), PlatformTime.today())
				.map(k -> RuleMapping.knowledge(rules.knowledge(k.id())))
				.orElse(org.sanyi.supervision.engine.KnowledgeBase.EMPTY);
			List<Violation> hits = AuditEngine.test(RuleMapping.rule(row), knowledge, SampleClaim.read(sample),
					org.sanyi.supervision.engine.History.NONE);
			model.addAttribute("hits", hits);
		}
		catch (BusinessException ex) {
			model.addAttribute("testError", text(ex));
		}
		model.addAttribute("sample", sample);
		return library(version, model);
	}

	private static Optional<String> home(DataScope scope) {
		return scope.kind() == DataScope.Kind.REGION ? Optional.of(scope.regionCode().substring(0, 6))
				: Optional.empty();
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "effective_from", text);
		}
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
