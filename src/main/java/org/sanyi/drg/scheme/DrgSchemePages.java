package org.sanyi.drg.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.PlatformTime;
import org.sanyi.drg.DrgSchemeImportRequest;
import org.sanyi.drg.DrgSchemeImportResult;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemes;
import org.sanyi.drg.parameter.ParameterService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * DRG 分组方案: the list with the import form, and the browser of one scheme (MDC → ADRG →
 * DRG, lists, codes).
 */
@Controller
@PreAuthorize("hasAuthority('drg:scheme:list')")
class DrgSchemePages {

	static final int LIST_PAGE_SIZE = 50;

	static final int SEARCH_LIMIT = 100;

	private final SchemeBrowser browser;

	private final DrgSchemes schemes;

	private final SchemeTexts texts;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ParameterService parameters;

	DrgSchemePages(SchemeBrowser browser, DrgSchemes schemes, SchemeTexts texts, AuditLog audit, MessageSource messages,
			ParameterService parameters) {
		this.parameters = parameters;
		this.browser = browser;
		this.schemes = schemes;
		this.texts = texts;
		this.audit = audit;
		this.messages = messages;
	}

	/** The import form's fields. */
	record ImportForm(String name, String version,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo, String region, String path) {

		DrgSchemeImportRequest request() {
			return new DrgSchemeImportRequest(name, version, effectiveFrom, effectiveTo, region);
		}

	}

	@GetMapping("/drg/schemes")
	String list(Model model) {
		return listPage(new ImportForm("", "", PlatformTime.today().withDayOfYear(1), null, "", ""), model);
	}

	@PostMapping("/drg/schemes/import")
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	String importZip(@RequestParam("file") MultipartFile file, ImportForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			DrgSchemeImportResult result = schemes.importArchive(in, form.request());
			return imported(result, "zip " + file.getOriginalFilename(), redirect);
		}
		catch (BusinessException ex) {
			return failed(ex, form, model, response);
		}
	}

	@PostMapping("/drg/schemes/import-path")
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	String importPath(ImportForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			DrgSchemeImportResult result = schemes
				.importDirectory(Path.of(form.path() == null ? "" : form.path().strip()), form.request());
			return imported(result, "path " + form.path(), redirect);
		}
		catch (BusinessException ex) {
			return failed(ex, form, model, response);
		}
	}

	@GetMapping("/drg/schemes/{id}")
	String scheme(@PathVariable long id, @RequestParam(required = false) String mdc,
			@RequestParam(required = false) String adrg, @RequestParam(required = false) String drg,
			@RequestParam(required = false) String list, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		SchemeBrowser.Listed scheme = browser.scheme(id);
		SchemeCatalogue catalogue = browser.catalogue(id);
		SchemeCatalogue.Drg selectedDrg = drg == null ? null : catalogue.drg(drg.strip().toUpperCase()).orElse(null);
		String adrgCode = selectedDrg != null ? selectedDrg.adrg() : adrg;
		SchemeCatalogue.Adrg selectedAdrg = adrgCode == null ? null : catalogue.adrg(adrgCode).orElse(null);
		String mdcCode = selectedAdrg != null ? selectedAdrg.mdc() : mdc;
		SchemeCatalogue.Mdc selectedMdc = mdcCode == null ? null : catalogue.mdc(mdcCode).orElse(null);
		model.addAttribute("scheme", scheme);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("texts", texts);
		model.addAttribute("files", browser.files(id));
		model.addAttribute("selectedMdc", selectedMdc);
		model.addAttribute("selectedAdrg", selectedAdrg);
		model.addAttribute("selectedDrg", selectedDrg);
		model.addAttribute("adrgs", selectedMdc == null ? List.of() : catalogue.adrgsOf(selectedMdc.code()));
		if (selectedAdrg != null) {
			weights(scheme, model);
		}
		if (selectedAdrg != null && !selectedAdrg.lists().isEmpty()) {
			String shown = list != null && selectedAdrg.lists().contains(list) ? list : selectedAdrg.lists().getFirst();
			List<SchemeCatalogue.ListEntry> entries = catalogue.list(shown);
			PageQuery pq = new PageQuery(page == null ? 1 : page, LIST_PAGE_SIZE);
			int from = Math.min(pq.offset(), entries.size());
			Page<SchemeCatalogue.ListEntry> listPage = pq
				.page(entries.subList(from, Math.min(from + LIST_PAGE_SIZE, entries.size())), entries.size());
			model.addAttribute("shownList", shown);
			model.addAttribute("listPage", listPage);
		}
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("foundAdrgs", catalogue.searchAdrgs(query, SEARCH_LIMIT));
			model.addAttribute("foundCodes", catalogue.searchCodes(query, SEARCH_LIMIT));
			model.addAttribute("searchLimit", SEARCH_LIMIT);
		}
		model.addAttribute("canImport", can("drg:scheme:import"));
		return "drg/scheme";
	}

	/**
	 * The relative weights and payment standards (RW × base rate) of the version in force
	 * today for the viewer's region (a bureau's own, else the first region the scheme is
	 * assigned to), shown beside the DRGs.
	 */
	private void weights(SchemeBrowser.Listed scheme, Model model) {
		DataScope scope = CurrentUsers.scope();
		String region = scope.kind() == DataScope.Kind.REGION && scope.regionCode() != null ? scope.regionCode()
				: scheme.info()
					.regions()
					.stream()
					.map(DrgSchemeInfo.RegionAssignment::regionCode)
					.findFirst()
					.orElse(null);
		if (region == null || region.length() < 6) {
			return;
		}
		parameters.inForce(region, PlatformTime.today()).ifPresent(version -> {
			java.util.Map<String, java.math.BigDecimal> rw = new java.util.HashMap<>();
			parameters.weights(version.id()).forEach(w -> rw.put(w.drg(), w.rw()));
			model.addAttribute("weightVersion", version);
			model.addAttribute("weights", rw);
		});
	}

	@PostMapping("/drg/schemes/{id}/regions")
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	String assign(@PathVariable long id, @RequestParam String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			DrgSchemeInfo.RegionAssignment a = schemes.assign(id, region, validFrom, validTo);
			audit.describe("drg:scheme-region", a.regionCode(),
					"scheme " + id + " from " + a.validFrom() + " to " + a.validTo());
			redirect.addFlashAttribute("message", msg("drg.scheme.assigned", a.regionCode()));
		}
		catch (BusinessException ex) {
			audit.describe("drg:scheme-region", region, "refused: " + ex.error().code());
			redirect.addFlashAttribute("error", error(ex));
		}
		return "redirect:/drg/schemes/" + id;
	}

	@PostMapping("/drg/schemes/{id}/regions/{assignmentId}/end")
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	String unassign(@PathVariable long id, @PathVariable long assignmentId, RedirectAttributes redirect) {
		try {
			schemes.unassign(assignmentId);
			audit.describe("drg:scheme-region", String.valueOf(assignmentId), "ended");
			redirect.addFlashAttribute("message", msg("drg.scheme.unassigned"));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", error(ex));
		}
		return "redirect:/drg/schemes/" + id;
	}

	@GetMapping("/drg/schemes/{id}/files/{name}")
	ResponseEntity<String> file(@PathVariable long id, @PathVariable String name) {
		String text = browser.file(id, name).orElseThrow(() -> BusinessException.notFound("file", name));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", name.endsWith(".json") ? "plain" : "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(text);
	}

	private String imported(DrgSchemeImportResult result, String from, RedirectAttributes redirect) {
		DrgSchemeInfo s = result.scheme();
		audit.describe("drg:scheme", s.code() + " " + s.version(),
				"import from " + from + ", " + result.files().size() + " files, " + s.drgCount() + " DRG, validated in "
						+ result.validateMillis() + " ms, stored in " + result.storeMillis() + " ms");
		redirect.addFlashAttribute("message", msg("drg.schemes.imported", s.code(), s.version(), result.files().size(),
				result.validateMillis(), result.storeMillis()));
		if (!result.ignored().isEmpty()) {
			redirect.addFlashAttribute("ignored", msg("drg.schemes.ignored", String.join("、", result.ignored())));
		}
		return "redirect:/drg/schemes/" + s.id();
	}

	private String failed(BusinessException ex, ImportForm form, Model model, HttpServletResponse response) {
		response.setStatus(ex.error().status().value());
		audit.describe("drg:scheme", form.version(), "refused: " + error(ex));
		model.addAttribute("error", error(ex));
		return listPage(form, model);
	}

	private String listPage(ImportForm form, Model model) {
		List<SchemeBrowser.Listed> rows = browser.list();
		model.addAttribute("page", new Page<>(rows, rows.size(), 1, Math.max(1, rows.size())));
		model.addAttribute("form", form);
		model.addAttribute("canImport", can("drg:scheme:import"));
		model.addAttribute("canImportPath",
				CurrentUsers.find().map(CurrentUser::scope).map(s -> s.kind() == DataScope.Kind.ALL).orElse(false));
		return "drg/schemes";
	}

	private static boolean can(String permission) {
		return CurrentUsers.find().map(u -> u.can(permission)).orElse(false);
	}

	private String error(BusinessException ex) {
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(),
				LocaleContextHolder.getLocale());
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
