package org.sanyi.supervision.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.statistics.SupervisionInstitutionNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 疑点告知: the audit batches of the user's scope. The hospital's 医保办 opens the notices sent
 * to it, answers the lines and may accept every remaining line at once; the bureau
 * follows each notice (answering, overdue, reviewing, closed), upholds the accepted lines
 * together, and extends a deadline with a reason.
 */
@Controller
class AuditBatchPages {

	private final AuditBatchService batches;

	private final SuspicionService suspicions;

	private final AuditLog audit;

	private final MessageSource messages;

	private final SupervisionInstitutionNames names;

	AuditBatchPages(AuditBatchService batches, SuspicionService suspicions, AuditLog audit, MessageSource messages,
			SupervisionInstitutionNames names) {
		this.batches = batches;
		this.suspicions = suspicions;
		this.audit = audit;
		this.messages = messages;
		this.names = names;
	}

	@GetMapping("/supervision/batches")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	String list(@RequestParam(required = false) String institution, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		LocalDate today = PlatformTime.today();
		var rows = batches.page(CurrentUsers.scope(), institution, status, today, PageQuery.of(page, 20));
		model.addAttribute("stages", batches.stages(CurrentUsers.scope(), today));
		Set<String> codes = new LinkedHashSet<>();
		rows.rows().forEach(b -> codes.add(b.fixmedinsCode()));
		model.addAttribute("page", rows);
		model.addAttribute("names", names.of(codes));
		model.addAttribute("today", today);
		model.addAttribute("institution", text(institution));
		model.addAttribute("status", text(status));
		return "supervision/batches";
	}

	@GetMapping("/supervision/batches/{id}")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	String detail(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		DataScope scope = CurrentUsers.scope();
		AuditBatchRow batch = batches.get(id, scope);
		var lines = suspicions.ofBatch(id, scope, status, PageQuery.of(page, 50));
		audit.read("supervision:batch", String.valueOf(id), batch.fixmedinsCode());
		model.addAttribute("b", batch);
		model.addAttribute("lines", lines);
		model.addAttribute("institutionName",
				names.of(java.util.List.of(batch.fixmedinsCode())).get(batch.fixmedinsCode()));
		LocalDate today = PlatformTime.today();
		model.addAttribute("today", today);
		model.addAttribute("stage", batch.stage(today));
		model.addAttribute("status", text(status));
		model.addAttribute("statuses", SuspicionStatus.values());
		model.addAttribute("latestExtension", batch.deadline().plusDays(AuditBatchService.MOST_EXTENSION_DAYS));
		return "supervision/batch";
	}

	@PostMapping("/supervision/batches/{id}/accept")
	@PreAuthorize("hasAuthority('supervision:suspicion:answer')")
	String acceptRemaining(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			int n = batches.acceptRemaining(id, user.username(), user.scope(), PlatformTime.today());
			audit.describe("supervision:batch", String.valueOf(id), "ACCEPT " + n);
			redirect.addFlashAttribute("done", message("supervision.batches.acceptedDone", n));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/batches/" + id;
	}

	@PostMapping("/supervision/batches/{id}/uphold-accepted")
	@PreAuthorize("hasAuthority('supervision:suspicion:decide')")
	String upholdAccepted(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			AuditBatchService.Upheld done = batches.upholdAccepted(id, note, user.username(), user.scope(),
					PlatformTime.today());
			audit.describe("supervision:batch", String.valueOf(id), "UPHOLD " + done.lines() + " " + done.amount());
			redirect.addFlashAttribute("done", message("supervision.batches.upheldDone", done.lines(),
					done.amount().toPlainString(), done.partly(), done.left()));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/batches/" + id;
	}

	@PostMapping("/supervision/batches/{id}/extend")
	@PreAuthorize("hasAuthority('supervision:suspicion:decide')")
	String extend(@PathVariable long id, @RequestParam String deadline, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			LocalDate to = date(deadline);
			batches.extend(id, to, note, user.username(), user.scope());
			audit.describe("supervision:batch", String.valueOf(id), "EXTEND " + to);
			redirect.addFlashAttribute("done", message("supervision.batches.extendedDone", to.toString()));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/supervision/batches/" + id;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "deadline", text);
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " " + message(ex.error().messageKey(), ex.args());
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

}
