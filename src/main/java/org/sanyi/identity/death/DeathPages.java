package org.sanyi.identity.death;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.identity.consent.ResidentAccess;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's and regulators' view: registered deaths of their region (死亡登记) and the
 * resident's page with the date of death, its source and the trail of corrections.
 */
@Controller
class DeathPages {

	private final DeathService deaths;

	private final ResidentIndex index;

	private final ResidentAccess access;

	private final AuditLog auditLog;

	DeathPages(DeathService deaths, ResidentIndex index, ResidentAccess access, AuditLog auditLog) {
		this.deaths = deaths;
		this.index = index;
		this.access = access;
		this.auditLog = auditLog;
	}

	@GetMapping("/identity/deaths")
	@PreAuthorize("hasAuthority('identity:death:list')")
	String deaths(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model) {
		LocalDate start = date(from);
		LocalDate end = date(to);
		var result = deaths.list(CurrentUsers.scope(), start, end, q, PageQuery.of(page, 20));
		auditLog.read("identity:death", null,
				"q=" + (q == null ? "" : q) + "; from=" + start + "; to=" + end + "; rows=" + result.rows().size());
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "identity/deaths";
	}

	@GetMapping("/identity/residents/{id}")
	@PreAuthorize("hasAnyAuthority('identity:death:list', 'identity:resident:list')")
	String resident(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUsers.get();
		ResidentAccess.Basis basis = access.basis(user, id, false)
			.orElseThrow(() -> new BusinessException(IdentityErrors.DEATH_PERSON_UNKNOWN, id));
		Resident resident = index.find(id)
			.orElseThrow(() -> new BusinessException(IdentityErrors.DEATH_PERSON_UNKNOWN, id));
		access.recordRead(user, id, basis, "resident page", null);
		model.addAttribute("r", resident);
		model.addAttribute("identifiers",
				index.identifiers(id)
					.stream()
					.filter(i -> i.type() != ResidentIdentifier.IdentifierType.PATIENT_NO)
					.toList());
		model.addAttribute("death", deaths.of(id).orElse(null));
		model.addAttribute("trail", deaths.trail(id));
		return "identity/resident";
	}

	/** An unreadable date in the search form is left out of the search. */
	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
