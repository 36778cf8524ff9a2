package org.sanyi.pharma.web;

import java.io.IOException;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.druguse.DddTable;
import org.sanyi.pharma.druguse.VisitRates;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合理用药: the outpatient and emergency antibacterial use rates of the viewer's area by
 * month from the platform's settlements, the DDD table in force for the viewer's region
 * (the platform's seed and the region's own rows) with the CSV import, and where the
 * drug-use indicators are shown (monitoring's 合理用药 set).
 */
@Controller
class DrugUsePages {

	private final DddTable ddds;

	private final AuditLog audit;

	private final PageMessages messages;

	private final VisitRates visits;

	DrugUsePages(DddTable ddds, AuditLog audit, PageMessages messages, VisitRates visits) {
		this.ddds = ddds;
		this.audit = audit;
		this.messages = messages;
		this.visits = visits;
	}

	@GetMapping("/pharma/drug-use")
	@PreAuthorize("hasAuthority('pharma:druguse:view')")
	String page(Model model) {
		String region = CurrentUsers.scope().regionCode();
		model.addAttribute("rows", ddds.inForce(region));
		model.addAttribute("visitMonths", visits.latest(CurrentUsers.scope()));
		model.addAttribute("region", region == null ? "" : region);
		return "pharma/drug-use";
	}

	@PostMapping("/pharma/drug-use/ddd")
	@PreAuthorize("hasAuthority('pharma:ddd:import')")
	String importFile(@RequestParam(defaultValue = "") String region, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			if (file.isEmpty()) {
				throw new BusinessException(PharmaErrors.IMPORT_FILE, file.getOriginalFilename());
			}
			DddTable.Result result = ddds.importCsv(region.strip(), file.getBytes(), user.scope(), user.username());
			audit.describe("pharma:ddd", region, "import " + file.getOriginalFilename() + ": " + result.stored()
					+ " stored, " + result.problems().size() + " refused");
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("notice", messages.text("pharma.ddd.imported", result.stored()));
				return "redirect:/pharma/drug-use";
			}
			model.addAttribute("error", messages.text("pharma.ddd.importRefused", result.problems().size()));
			model.addAttribute("problems", messages.problems(result.problems()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		return page(model);
	}

}
