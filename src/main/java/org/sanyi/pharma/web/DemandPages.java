package org.sanyi.pharma.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.PharmaAdmin.DemandReport;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.procurement.DemandImport;
import org.sanyi.pharma.procurement.Demands;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 需求报量: the reported demand and agreed volumes of a round in the user's scope (a hospital
 * sees its own), one report at a time or a CSV file of them (all or nothing, each refused
 * line named).
 */
@Controller
class DemandPages {

	private final Rounds rounds;

	private final Demands demands;

	private final DemandImport imports;

	private final AuditLog audit;

	private final PageMessages messages;

	private final PharmaInstitutionNames names;

	DemandPages(Rounds rounds, Demands demands, DemandImport imports, AuditLog audit, PageMessages messages,
			PharmaInstitutionNames names) {
		this.names = names;
		this.rounds = rounds;
		this.demands = demands;
		this.imports = imports;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/rounds/{id}/demand")
	@PreAuthorize("hasAuthority('pharma:round:list')")
	String demand(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		RoundRow round = rounds.get(id, CurrentUsers.scope());
		model.addAttribute("round", round);
		model.addAttribute("products", rounds.products(id));
		var rows = demands.list(round, CurrentUsers.scope(), PageQuery.of(page, size));
		model.addAttribute("page", rows);
		model.addAttribute("names", names.of(rows.rows().stream().map(d -> d.institutionCode()).toList()));
		if (!model.containsAttribute("form")) {
			String own = CurrentUsers.scope().institutionCode();
			model.addAttribute("form", own == null ? Map.of() : Map.of("institutionCode", own));
		}
		return "pharma/demand";
	}

	@PostMapping("/pharma/rounds/{id}/demand")
	@PreAuthorize("hasAuthority('pharma:demand:edit')")
	String report(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		RoundRow round = rounds.get(id, user.scope());
		try {
			DemandReport r = new DemandReport(Forms.whole(form, "productId"), Forms.text(form, "institutionCode"),
					Forms.whole(form, "priorUsage"), Forms.whole(form, "reported"), Forms.text(form, "reason"));
			demands.report(round, List.of(r), user.scope(), user.username());
			audit.describe("pharma:demand", r.institutionCode(),
					"round " + round.code() + " product " + r.productId() + ": " + r.reported());
			redirect.addFlashAttribute("notice", messages.text("pharma.demand.saved", r.institutionCode()));
			return "redirect:/pharma/rounds/" + id + "/demand";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return demand(id, null, null, model);
		}
	}

	@PostMapping("/pharma/rounds/{id}/demand/import")
	@PreAuthorize("hasAuthority('pharma:demand:edit')")
	String importFile(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		RoundRow round = rounds.get(id, user.scope());
		try {
			if (file.isEmpty()) {
				throw new BusinessException(PharmaErrors.IMPORT_FILE, file.getOriginalFilename());
			}
			DemandImport.Result result = imports.importCsv(round, file.getBytes(), user.scope(), user.username());
			audit.describe("pharma:demand", round.code(), "import " + file.getOriginalFilename() + ": "
					+ result.stored() + " stored, " + result.problems().size() + " refused");
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("notice", messages.text("pharma.demand.imported", result.stored()));
				return "redirect:/pharma/rounds/" + id + "/demand";
			}
			model.addAttribute("error", messages.text("pharma.demand.importRefused", result.problems().size()));
			model.addAttribute("problems", messages.problems(result.problems()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		return demand(id, null, null, model);
	}

	/** A refused line as the page lists it. */
	record Problem(int line, String column, String message) {
	}

}
