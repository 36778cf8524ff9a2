package org.sanyi.terminology.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;
import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.Concept;
import org.sanyi.terminology.TerminologyImport;
import org.sanyi.terminology.internal.Stewardship;
import org.sanyi.terminology.internal.TerminologyService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 标准编码: the code systems with their versions, and a browser of one version's concepts.
 */
@Controller
@PreAuthorize("hasAuthority('terminology:code:list')")
class SystemPagesController {

	static final int EXPORT_MAX = 100_000;

	private final TerminologyService terminology;

	private final TerminologyImport importer;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Stewardship stewardship;

	SystemPagesController(TerminologyService terminology, TerminologyImport importer, AuditLog audit,
			MessageSource messages, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.terminology = terminology;
		this.importer = importer;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/terminology/systems")
	String systems(Model model) {
		List<CodeSystem> all = terminology.systems();
		LocalDate today = TerminologyService.today();
		Set<Long> inForce = all.stream()
			.map(CodeSystem::code)
			.distinct()
			.map(code -> terminology.versionInForce(code, today))
			.flatMap(java.util.Optional::stream)
			.map(CodeSystem::id)
			.collect(Collectors.toSet());
		model.addAttribute("systems", all);
		model.addAttribute("inForce", inForce);
		model.addAttribute("mayChange", stewardship.mayChange());
		return "terminology/systems";
	}

	@GetMapping("/terminology/systems/{code}")
	String concepts(@PathVariable String code, @RequestParam(required = false) String version,
			@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page, Model model) {
		CodeSystem shown = terminology.resolve(code, version);
		if (shown.kind().isCatalogue()) {
			return "redirect:/terminology/catalogue?kind=" + shown.kind();
		}
		model.addAttribute("system", shown);
		model.addAttribute("versions", terminology.systems().stream().filter(s -> s.code().equals(code)).toList());
		model.addAttribute("keyword", keyword == null ? "" : keyword.strip());
		model.addAttribute("page", terminology.search(code, shown.version(), keyword, PageQuery.of(page, 20)));
		return "terminology/concepts";
	}

	@GetMapping("/terminology/systems/{code}/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String code,
			@RequestParam(required = false) String version, @RequestParam(required = false) String keyword) {
		CodeSystem shown = terminology.resolve(code, version);
		List<Concept> found = terminology.exportConcepts(shown, keyword, EXPORT_MAX + 1);
		List<Concept> rows = found.subList(0, Math.min(found.size(), EXPORT_MAX));
		String note = found.size() > EXPORT_MAX ? cappedNote() : null;
		audit.record(AuditAction.EXPORT, "terminology:concept", shown.code() + "@" + shown.version(),
				rows.size() + " rows" + (keyword == null || keyword.isBlank() ? "" : ", keyword=" + keyword));
		ExcelExport<Concept> excel = ExcelExport.of(shown.code(),
				List.of(new Column<>(msg("term.concept.code"), Concept::code),
						new Column<>(msg("term.concept.name"), Concept::name),
						new Column<>(msg("term.concept.parent"), Concept::parentCode),
						new Column<>(msg("term.concept.pinyin"), Concept::pinyin),
						new Column<>(msg("term.system.effectiveFrom"), Concept::effectiveFrom),
						new Column<>(msg("term.system.effectiveTo"), Concept::effectiveTo)));
		return Downloads.xlsx(shown.code() + "-" + shown.version(), out -> excel.write(rows, out, note));
	}

	@PostMapping("/terminology/systems/{code}/versions/{version}/retire")
	@PreAuthorize("hasAuthority('terminology:code:import')")
	String retire(@PathVariable String code, @PathVariable String version) {
		audit.describe("terminology:code-system", code + "@" + version, "retire");
		importer.retire(code, version);
		return "redirect:/terminology/systems";
	}

	/** What an export that stopped at {@link #EXPORT_MAX} says below its rows. */
	String cappedNote() {
		return messages.getMessage("export.cappedUnknown", new Object[] { EXPORT_MAX },
				LocaleContextHolder.getLocale());
	}

	private String msg(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
