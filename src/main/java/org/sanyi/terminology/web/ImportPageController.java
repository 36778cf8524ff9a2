package org.sanyi.terminology.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.ImportRejectedException;
import org.sanyi.terminology.ImportRequest;
import org.sanyi.terminology.ImportResult;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.Terminology;
import org.sanyi.terminology.TerminologyImport;
import org.sanyi.terminology.internal.ImportLimits;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 编码导入: upload a CSV as a new version. A rejected file shows its errors line by line
 * (status 400, so the audit trail records the failure); an accepted one shows the rows
 * imported and the time taken.
 */
@Controller
@PreAuthorize("hasAuthority('terminology:code:import')")
class ImportPageController {

	private final TerminologyImport importer;

	private final Terminology terminology;

	private final AuditLog audit;

	private final MessageSource messages;

	ImportPageController(TerminologyImport importer, Terminology terminology, AuditLog audit, MessageSource messages) {
		this.importer = importer;
		this.terminology = terminology;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/terminology/import")
	String form(@RequestParam(required = false) String system, Model model) {
		return page(model, new Form(system, null, null, null, null, null));
	}

	@PostMapping("/terminology/import")
	String upload(Form form, @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
		var request = new ImportRequest(form.system(), form.version(), form.name(), form.kindOrNull(),
				form.effectiveFrom(), form.effectiveTo(), file.getOriginalFilename());
		audit.describe("terminology:code-system", request.system() + "@" + request.version(),
				"import " + request.fileName());
		Locale locale = LocaleContextHolder.getLocale();
		try {
			ImportResult result = importer.importFile(request, file.getInputStream());
			model.addAttribute("result", result);
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorCount", ex.errorCount());
			model.addAttribute("errors",
					ex.errors()
						.stream()
						.map(e -> new ErrorLine(e.line(), e.column(), e.error().code(),
								messages.getMessage(e.error().messageKey(), e.args(), e.error().code(), locale)))
						.toList());
		}
		catch (BusinessException ex) {
			response.setStatus(ex.error().status().value());
			model.addAttribute("requestError", ex.error().code() + " "
					+ messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(), locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return page(model, form);
	}

	@PostMapping("/terminology/import/seed")
	String seed(RedirectAttributes redirect) {
		audit.describe("terminology:code-system", "seed", "bundled seed");
		List<ImportResult> done = importer.importBundledSeed();
		redirect.addFlashAttribute("seeded", done.size());
		return "redirect:/terminology/import";
	}

	private String page(Model model, Form form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", SystemKind.values());
		model.addAttribute("systemCodes", terminology.systems().stream().map(CodeSystem::code).distinct().toList());
		model.addAttribute("limit", ImportLimits.REPORTED_ERRORS);
		return "terminology/import";
	}

	/** The upload form; a blank kind keeps the existing system's kind. */
	record Form(String system, String version, String name, String kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo) {

		SystemKind kindOrNull() {
			try {
				return kind == null || kind.isBlank() ? null : SystemKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	/** One row of the error table. */
	record ErrorLine(int line, String column, String code, String message) {
	}

}
