package org.sanyi.clinical.records.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.read.RecordQueries;
import org.sanyi.clinical.records.read.RecordQueries.Opened;
import org.sanyi.identity.RecordAccess.Basis;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The doctor's cross-institution record of a resident (共享健康档案): found by ID number or
 * EMPI id, opened under the resident's consent (all institutions), as the resident's own
 * hospital (its own records), or by break-glass with a reason that stays open for
 * {@value #BREAK_GLASS_MINUTES} minutes of this session, each read recorded again.
 */
@Controller
@PreAuthorize("hasAuthority('records:record:read')")
class RecordPages {

	static final int BREAK_GLASS_MINUTES = 30;

	private static final String SESSION_KEY = "records.breakGlass";

	private final RecordQueries queries;

	private final RecordLoader loader;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	RecordPages(RecordQueries queries, RecordLoader loader, ResidentIndex residents, AuditLog auditLog) {
		this.queries = queries;
		this.loader = loader;
		this.residents = residents;
		this.auditLog = auditLog;
	}

	@GetMapping("/clinical/records")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		if (q == null || q.isBlank()) {
			return "records/search";
		}
		String term = q.strip();
		Optional<Resident> found = IdNumber.isValid(term, org.sanyi.shared.PlatformTime.today())
				? residents.findByIdNumber(term) : residents.find(term);
		auditLog.read("identity:resident", found.map(Resident::residentId).orElse(null), "records lookup");
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return "records/search";
		}
		return "redirect:/clinical/records/" + found.get().residentId();
	}

	@GetMapping("/clinical/records/{residentId}")
	String record(@PathVariable String residentId, HttpSession session, Model model) {
		Resident resident = residents.find(residentId)
			.orElseThrow(() -> BusinessException.notFound("resident", residentId));
		String reason = breakGlassReason(session, residentId);
		Opened opened;
		try {
			opened = queries.open(residentId, reason, "shared record");
		}
		catch (BusinessException ex) {
			if (ex.error() != RecordsErrors.NO_ACCESS) {
				throw ex;
			}
			model.addAttribute("residentId", residentId);
			return "records/closed";
		}
		model.addAttribute("resident", resident);
		model.addAttribute("basis", opened.basis().name());
		model.addAttribute("ownOnly", !opened.basis().seesAllSources());
		model.addAttribute("breakGlass", opened.basis() == Basis.BREAK_GLASS);
		var view = loader.view(opened);
		model.addAttribute("view", view);
		model.addAttribute("charts", view.trends().stream().map(RecordLoader::chartData).toList());
		return "records/record";
	}

	@PostMapping("/clinical/records/{residentId}/break-glass")
	String breakGlass(@PathVariable String residentId, @RequestParam(required = false) String reason,
			HttpSession session) {
		if (reason == null || reason.strip().length() < 4) {
			throw new BusinessException(RecordsErrors.BREAK_GLASS_REASON);
		}
		auditLog.describe("records:breakglass", residentId, reason.strip());
		@SuppressWarnings("unchecked")
		Map<String, String[]> open = (Map<String, String[]>) session.getAttribute(SESSION_KEY);
		Map<String, String[]> copy = open == null ? new HashMap<>() : new HashMap<>(open);
		copy.put(residentId, new String[] { reason.strip(),
				String.valueOf(Instant.now().plusSeconds(BREAK_GLASS_MINUTES * 60L).toEpochMilli()) });
		session.setAttribute(SESSION_KEY, copy);
		return "redirect:/clinical/records/" + residentId;
	}

	private static String breakGlassReason(HttpSession session, String residentId) {
		@SuppressWarnings("unchecked")
		Map<String, String[]> open = (Map<String, String[]>) session.getAttribute(SESSION_KEY);
		if (open == null || !open.containsKey(residentId)) {
			return null;
		}
		String[] entry = open.get(residentId);
		return Long.parseLong(entry[1]) > System.currentTimeMillis() ? entry[0] : null;
	}

}
