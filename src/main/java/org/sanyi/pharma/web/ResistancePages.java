package org.sanyi.pharma.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.Resistance;
import org.sanyi.pharma.resistance.Resistances;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 细菌耐药: resistance rates by organism and antimicrobial over the viewer's area and a span
 * of months, the cells above the national warning thresholds, and the laboratory's file
 * import.
 */
@Controller
class ResistancePages {

	private final Resistances resistances;

	private final AuditLog audit;

	private final PageMessages messages;

	ResistancePages(Resistances resistances, AuditLog audit, PageMessages messages) {
		this.resistances = resistances;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/resistance")
	@PreAuthorize("hasAuthority('pharma:resistance:view')")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		YearMonth end = month(to, YearMonth.from(PlatformTime.today()));
		YearMonth start = month(from, end.minusMonths(11));
		LocalDate first = start.atDay(1);
		LocalDate last = end.atEndOfMonth();
		List<Resistances.Rate> rates = resistances.rates(CurrentUsers.scope(), first, last);
		model.addAttribute("rates", rates);
		model.addAttribute("warnings", rates.stream().filter(r -> r.warning() != Resistance.Warning.NONE).toList());
		model.addAttribute("from", start.toString());
		model.addAttribute("to", end.toString());
		model.addAttribute("minIsolates", Resistance.MIN_ISOLATES);
		String own = CurrentUsers.scope().institutionCode();
		model.addAttribute("institution", own == null ? "" : own);
		return "pharma/resistance";
	}

	@PostMapping("/pharma/resistance/import")
	@PreAuthorize("hasAuthority('pharma:resistance:import')")
	String importFile(@RequestParam(defaultValue = "") String institution, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			if (file.isEmpty()) {
				throw new BusinessException(PharmaErrors.IMPORT_FILE, file.getOriginalFilename());
			}
			Resistances.Result result = resistances.importCsv(institution.strip(), file.getOriginalFilename(),
					file.getBytes(), user.scope(), user.username());
			audit.describe("pharma:ast", institution, "import " + file.getOriginalFilename() + ": " + result.stored()
					+ " stored, " + result.problems().size() + " refused");
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("notice", messages.text("pharma.ast.imported", result.stored()));
				return "redirect:/pharma/resistance";
			}
			model.addAttribute("error", messages.text("pharma.ast.importRefused", result.problems().size()));
			model.addAttribute("problems", messages.problems(result.problems()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		return page(null, null, model);
	}

	private static YearMonth month(String text, YearMonth otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return otherwise;
		}
	}

}
