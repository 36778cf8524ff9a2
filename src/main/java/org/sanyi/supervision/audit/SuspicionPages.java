package org.sanyi.supervision.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.rules.RuleBooks;
import org.sanyi.supervision.statistics.SupervisionInstitutionNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suspicions (疑点) of the user's scope: the bureau sees totals per institution and per
 * rule, runs the batch audit and decides; the hospital's 医保办 sees its own and accepts or
 * appeals before the deadline.
 */
@Controller
class SuspicionPages {

	private final SuspicionService suspicions;

	private final BatchAudit batch;

	private final AuditLog audit;

	private final MessageSource messages;

	private final SupervisionInstitutionNames names;

	private final AppealAttachments attachments;

	private final AuditBatchService batches;

	private final RuleBooks books;

	SuspicionPages(SuspicionService suspicions, BatchAudit batch, AuditLog audit, MessageSource messages,
			SupervisionInstitutionNames names, AppealAttachments attachments, AuditBatchService batches,
			RuleBooks books) {
		this.books = books;
		this.attachments = attachments;
		this.batches = batches;
		this.names = names;
		this.suspicions = suspicions;
		this.batch = batch;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/supervision/suspicions")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	String list(@RequestParam(required = false) String institution, @RequestParam(required = false) String status,
			@RequestParam(required = false) String rule, @RequestParam(required = false) Integer page, Model model) {
		DataScope scope = CurrentUsers.scope();
		var rows = suspicions.page(scope, institution, status, rule, PageQuery.of(page, 20));
		var totals = suspicions.byInstitution(scope);
		model.addAttribute("page", rows);
		model.addAttribute("institutions", totals);
		java.util.Set<String> codes = new java.util.LinkedHashSet<>();
		totals.forEach(t -> codes.add(t.fixmedinsCode()));
		rows.rows().forEach(r -> codes.add(r.fixmedinsCode()));
		model.addAttribute("names", names.of(codes));
		model.addAttribute("ruleTotals", suspicions.byRule(scope));
		model.addAttribute("runs", suspicions.runs(scope));
		model.addAttribute("statuses", SuspicionStatus.values());
		model.addAttribute("filter", new Filter(text(institution), text(status), text(rule)));
		String homeRegion = scope.kind() == DataScope.Kind.REGION ? scope.regionCode().substring(0, 6) : "";
		model.addAttribute("homeRegion", homeRegion);
		LocalDate today = PlatformTime.today();
		// the rules an on-demand run may be narrowed to: the home region's book in force
		model.addAttribute("bookRules", homeRegion.isEmpty() ? java.util.List.of()
				: books.forRegion(homeRegion, today).map(b -> b.rules()).orElse(java.util.List.of()));
		model.addAttribute("defaultFrom", today.withDayOfYear(1));
		model.addAttribute("defaultTo", today);
		return "supervision/suspicions";
	}

	/** The search form's values. */
	record Filter(String institution, String status, String rule) {
	}

	@PostMapping("/supervision/audits")
	@PreAuthorize("hasAuthority('supervision:audit:run')")
	String run(@RequestParam String region, @RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) java.util.List<String> rules, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			if (!user.scope().coversRegion(region)) {
				throw new BusinessException(SupervisionErrors.REGION_OUT_OF_SCOPE, region);
			}
			java.util.Set<String> chosen = rules == null ? java.util.Set.of() : java.util.Set.copyOf(rules);
			BatchAudit.Outcome outcome = batch.run(region, date(from), date(to), chosen, user.username(),
					PlatformTime.today());
			audit.describe("supervision:audit", String.valueOf(outcome.runId()),
					region + " " + from + "~" + to + (chosen.isEmpty() ? "" : " " + String.join(",", chosen)));
			redirect.addFlashAttribute("done",
					messages.getMessage(
							"supervision.suspicions.runDone", new Object[] { outcome.claims(), outcome.lines(),
									outcome.suspicions(), outcome.created(), outcome.batches() },
							LocaleContextHolder.getLocale()));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/suspicions";
	}

	@GetMapping("/supervision/suspicions/{id}")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	String detail(@PathVariable long id, Model model) {
		SuspicionRow row = suspicions.get(id, CurrentUsers.scope());
		audit.read("supervision:suspicion", String.valueOf(id), row.psnNo());
		model.addAttribute("s", row);
		model.addAttribute("institutionName",
				names.of(java.util.List.of(row.fixmedinsCode())).get(row.fixmedinsCode()));
		model.addAttribute("today", PlatformTime.today());
		model.addAttribute("attachments", attachments.of(id, CurrentUsers.scope()));
		model.addAttribute("batch", row.batchId() == null ? null : batches.get(row.batchId(), CurrentUsers.scope()));
		model.addAttribute("canAnswer", CurrentUsers.get().can("supervision:suspicion:answer"));
		model.addAttribute("mostAttachments", AppealAttachments.MOST_FILES);
		model.addAttribute("mostAttachmentMb", AppealAttachments.MOST_BYTES / (1024 * 1024));
		return "supervision/suspicion";
	}

	/**
	 * The hospital's 医保办 attaches a file to its appeal (申诉材料), before the deadline, while
	 * the suspicion is open or appealed.
	 */
	@PostMapping("/supervision/suspicions/{id}/attachments")
	@PreAuthorize("hasAuthority('supervision:suspicion:answer')")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			AppealAttachments.Attachment added = attachments.add(id, file.getOriginalFilename(), file.getBytes(),
					user.username(), user.scope(), PlatformTime.today());
			audit.describe("supervision:attachment", String.valueOf(added.id()),
					id + " " + added.fileName() + " " + added.sha256());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/supervision/suspicions/" + id;
	}

	@PostMapping("/supervision/attachments/{id}/delete")
	@PreAuthorize("hasAuthority('supervision:suspicion:answer')")
	String removeAttachment(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			AppealAttachments.Attachment removed = attachments.remove(id, user.scope(), PlatformTime.today());
			audit.describe("supervision:attachment", String.valueOf(id), "DELETE " + removed.fileName());
			return "redirect:/supervision/suspicions/" + removed.suspicionId();
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
			return "redirect:/supervision/batches";
		}
	}

	/**
	 * An attachment as uploaded, to be saved rather than shown inline (a PDF or image
	 * from a hospital is never rendered as the platform's own page).
	 */
	@GetMapping("/supervision/attachments/{id}")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		AppealAttachments.Content content = attachments.content(id, CurrentUsers.scope());
		AppealAttachments.Attachment a = content.attachment();
		audit.read("supervision:attachment", String.valueOf(id), String.valueOf(a.suspicionId()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	/**
	 * The doctor's view: why the audits flagged the doctor's settlements, each finding
	 * with the rule, what it found, what is in question and where the case stands, and
	 * per kind of rule what it checks and how to avoid it. Opened by the doctor from the
	 * HIS with their 医保医师代码, or by the hospital's 医保办 and the bureau; data scope as
	 * everywhere.
	 */
	@GetMapping("/supervision/doctor")
	@PreAuthorize("hasAuthority('supervision:suspicion:doctor')")
	String doctor(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", text(code));
		if (code == null || code.isBlank()) {
			return "supervision/doctor";
		}
		try {
			java.util.List<SuspicionRow> rows = suspicions.ofDoctor(code, CurrentUsers.scope());
			audit.read("supervision:doctor", text(code), rows.size() + " suspicions");
			model.addAttribute("rows", rows);
			model.addAttribute("kinds", rows.stream().map(SuspicionRow::kind).distinct().sorted().toList());
			model.addAttribute("amount",
					rows.stream().map(SuspicionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
			model.addAttribute("names", names.of(rows.stream().map(SuspicionRow::fixmedinsCode).distinct().toList()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", text(ex));
		}
		return "supervision/doctor";
	}

	@PostMapping("/supervision/suspicions/{id}/answer")
	@PreAuthorize("hasAuthority('supervision:suspicion:answer')")
	String answer(@PathVariable long id, @RequestParam String answer, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			suspicions.answer(id, "ACCEPT".equals(answer), reason, user.username(), user.scope(), PlatformTime.today());
			audit.describe("supervision:suspicion", String.valueOf(id), answer);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/suspicions/" + id;
	}

	@PostMapping("/supervision/suspicions/{id}/decide")
	@PreAuthorize("hasAuthority('supervision:suspicion:decide')")
	String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			BigDecimal upheld = null;
			if (amount != null && !amount.isBlank()) {
				try {
					upheld = new BigDecimal(amount.strip());
				}
				catch (NumberFormatException ex) {
					throw new BusinessException(SupervisionErrors.INVALID_FIELD, "amount", amount);
				}
			}
			suspicions.decide(id, "UPHOLD".equals(decision), upheld, note, user.username(), user.scope(),
					PlatformTime.today());
			audit.describe("supervision:suspicion", String.valueOf(id), decision);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/suspicions/" + id;
	}

	@PostMapping("/supervision/suspicions/{id}/reverse")
	@PreAuthorize("hasAuthority('supervision:suspicion:decide')")
	String reverse(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			suspicions.reverse(id, note, user.username(), user.scope(), PlatformTime.today());
			audit.describe("supervision:suspicion", String.valueOf(id), "REVERSE");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/suspicions/" + id;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(SupervisionErrors.INVALID_PERIOD, text, "");
		}
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
