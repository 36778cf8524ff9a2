package org.sanyi.terminology.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.Concept;
import org.sanyi.terminology.ImportRejectedException;
import org.sanyi.terminology.ImportRequest;
import org.sanyi.terminology.ImportResult;
import org.sanyi.terminology.InsuranceClass;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.Terminology;
import org.sanyi.terminology.TerminologyErrors;
import org.sanyi.terminology.TerminologyImport;
import org.sanyi.terminology.internal.TerminologyService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST access to code systems, concepts and catalogues, and CSV imports for the insurance
 * bureau.
 */
@RestController
@RequestMapping("/api/terminology")
@Tag(name = "terminology", description = "标准编码与医保目录 Code systems and insurance catalogues")
@PreAuthorize("hasAuthority('terminology:code:list')")
class TerminologyApiController {

	private final Terminology terminology;

	private final TerminologyImport importer;

	private final AuditLog audit;

	private final MessageSource messages;

	TerminologyApiController(Terminology terminology, TerminologyImport importer, AuditLog audit,
			MessageSource messages) {
		this.terminology = terminology;
		this.importer = importer;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/systems")
	@Operation(summary = "All code systems with all their versions")
	List<CodeSystem> systems() {
		return terminology.systems();
	}

	@GetMapping("/systems/{system}/concepts")
	@Operation(summary = "Search the concepts of a system",
			description = "Keyword: a code prefix (case ignored), part of the name or pinyin initials. Without a "
					+ "version, the version in force today is searched.")
	Page<Concept> concepts(@PathVariable String system, @RequestParam(required = false) String keyword,
			@RequestParam(required = false) String version, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return terminology.search(system, version, keyword, PageQuery.of(page, size));
	}

	@GetMapping("/systems/{system}/concepts/{code:.+}")
	@Operation(summary = "Look up one code", description = "In the version in force on the given day (default "
			+ "today), or in the named version. 404 TERM-0003 when the code is not valid.")
	Concept concept(@PathVariable String system, @PathVariable String code,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String version) {
		var found = version == null || version.isBlank()
				? terminology.lookup(system, code, on == null ? TerminologyService.today() : on)
				: terminology.lookupInVersion(system, version, code);
		return found.orElseThrow(() -> new BusinessException(TerminologyErrors.UNKNOWN_CONCEPT, system, code));
	}

	@GetMapping("/catalogue")
	@Operation(summary = "Search the drug, consumable and service catalogues in force on a day")
	Page<CatalogueItem> catalogue(@RequestParam(required = false) SystemKind kind,
			@Parameter(description = "A (甲), B (乙) or C (丙)") @RequestParam(name = "class",
					required = false) InsuranceClass insuranceClass,
			@RequestParam(required = false) String keyword,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (kind != null && !kind.isCatalogue()) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "kind", kind);
		}
		return terminology.searchCatalogue(new CatalogueQuery(kind, insuranceClass, keyword, on),
				PageQuery.of(page, size));
	}

	@GetMapping("/catalogue/{code}")
	@Operation(summary = "One catalogue item by national code, as in force on a day (default today)")
	CatalogueItem catalogueItem(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return terminology.catalogueItem(code, on == null ? TerminologyService.today() : on)
			.orElseThrow(() -> new BusinessException(TerminologyErrors.UNKNOWN_CATALOGUE_ITEM, code));
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('terminology:code:import')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a new version from a UTF-8 CSV file",
			description = "All or nothing: a file with any bad line is rejected with 400 TERM-0009 and the list of "
					+ "errors (line, column, code, message) in `errors`. Formats: docs/modules/terminology.md.")
	ImportResult importFile(@RequestPart("file") MultipartFile file, @RequestParam String system,
			@RequestParam String version, @RequestParam(required = false) String name,
			@RequestParam(required = false) SystemKind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo) {
		var request = new ImportRequest(system, version, name, kind, effectiveFrom, effectiveTo,
				file.getOriginalFilename());
		audit.describe("terminology:code-system", request.system() + "@" + request.version(),
				"import " + request.fileName());
		try {
			return importer.importFile(request, file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/systems/{system}/versions/{version}/retire")
	@PreAuthorize("hasAuthority('terminology:code:import')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire a version: it is never in force again")
	void retire(@PathVariable String system, @PathVariable String version) {
		audit.describe("terminology:code-system", system + "@" + version, "retire");
		importer.retire(system, version);
	}

	/**
	 * A rejected file: 400 with every error found (up to the reporting limit) in
	 * {@code errors}.
	 */
	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		var error = ex.error();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.status(),
				messages.getMessage(error.messageKey(), ex.args(), error.code(), locale));
		problem.setType(URI.create("urn:sanyi:error:" + error.code()));
		problem.setTitle(messages.getMessage("error.title", null, "Error", locale));
		problem.setProperty("code", error.code());
		problem.setProperty("errorCount", ex.errorCount());
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> Map.of("line", e.line(), "column", e.column(), "code", e.error().code(), "message",
							messages.getMessage(e.error().messageKey(), e.args(), e.error().code(), locale)))
					.toList());
		return ResponseEntity.status(error.status()).body(problem);
	}

}
