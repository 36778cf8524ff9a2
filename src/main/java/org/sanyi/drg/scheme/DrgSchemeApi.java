package org.sanyi.drg.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgGrouping;
import org.sanyi.drg.DrgSchemeImportRequest;
import org.sanyi.drg.DrgSchemeImportResult;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemes;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/drg/schemes")
@PreAuthorize("hasAuthority('drg:scheme:list')")
@Tag(name = "drg: schemes", description = "Grouping schemes held as data: list, browse (MDC → ADRG → DRG), import a "
		+ "zip of a scheme directory, assign schemes to regions by discharge date")
class DrgSchemeApi {

	private final SchemeBrowser browser;

	private final DrgSchemes schemes;

	private final DrgGrouping grouping;

	private final AuditLog audit;

	private final MessageSource messages;

	DrgSchemeApi(SchemeBrowser browser, DrgSchemes schemes, DrgGrouping grouping, AuditLog audit,
			MessageSource messages) {
		this.browser = browser;
		this.schemes = schemes;
		this.grouping = grouping;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Imported schemes, newest first, with their regions and whether they are compiled")
	Page<SchemeDtos.Scheme> list() {
		List<SchemeDtos.Scheme> rows = browser.list().stream().map(SchemeDtos.Scheme::of).toList();
		return new Page<>(rows, rows.size(), 1, Math.max(1, rows.size()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One scheme with its regions")
	SchemeDtos.Scheme scheme(@PathVariable long id) {
		return SchemeDtos.Scheme.of(browser.scheme(id));
	}

	@GetMapping("/{id}/tree")
	@Operation(summary = "The scheme as a tree: MDC → ADRG → DRG with names, entry and match rules, split conditions")
	List<SchemeDtos.TreeMdc> tree(@PathVariable long id) {
		browser.scheme(id);
		Locale locale = LocaleContextHolder.getLocale();
		return SchemeDtos.tree(browser.catalogue(id), mdc -> messages.getMessage("drg.mdc." + mdc, null, "", locale));
	}

	@GetMapping("/{id}/codes")
	@Operation(
			summary = "Search the scheme's diagnosis and procedure codes by code prefix or name; each with its lists, "
					+ "CC/MCC severity and exclusion tables")
	List<SchemeCatalogue.CodeInfo> codes(@PathVariable long id, @RequestParam String q,
			@RequestParam(defaultValue = "50") int limit) {
		browser.scheme(id);
		return q.isBlank() ? List.of() : browser.catalogue(id).searchCodes(q.strip(), Math.clamp(limit, 1, 500));
	}

	@GetMapping("/applicable")
	@Operation(summary = "The scheme that groups cases of a region discharged on a date")
	SchemeDtos.Scheme applicable(@RequestParam String region,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		DrgSchemeInfo info = grouping.schemeFor(region, date)
			.orElseThrow(() -> new BusinessException(DrgErrors.NO_SCHEME_FOR_REGION, region, date));
		return SchemeDtos.Scheme.of(browser.scheme(info.id()));
	}

	@PostMapping(
			consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a zip of a scheme directory (request body)", description = "The files of "
			+ "shared/drg/chs-drg-1.1 at the top level or in one folder; other files (test cases, code maps) are "
			+ "ignored. Validated completely before anything is stored: an error names the file and line (DRG-0001).")
	SchemeDtos.Imported importZip(InputStream body, @RequestParam(required = false) String name,
			@RequestParam(required = false) String version,
			@Parameter(description = "first discharge date") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
			@Parameter(
					description = "assign to this region for the effective period (000000 = whole country)") @RequestParam(
							required = false) String region) {
		DrgSchemeImportResult result = schemes.importArchive(body,
				new DrgSchemeImportRequest(name, version, effectiveFrom, effectiveTo, region));
		return imported(result, "zip");
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a zip of a scheme directory (multipart upload, part `file`)")
	SchemeDtos.Imported importUpload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String name, @RequestParam(required = false) String version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
			@RequestParam(required = false) String region) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return imported(schemes.importArchive(in,
					new DrgSchemeImportRequest(name, version, effectiveFrom, effectiveTo, region)), "zip");
		}
	}

	@PostMapping(path = "/import-path", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a scheme directory on the server (platform administrators only)")
	SchemeDtos.Imported importPath(@RequestBody SchemeDtos.PathImport request) {
		DrgSchemeImportResult result = schemes.importDirectory(Path.of(request.path()), new DrgSchemeImportRequest(
				request.name(), request.version(), request.effectiveFrom(), request.effectiveTo(), request.region()));
		return imported(result, "path " + request.path());
	}

	@PostMapping(path = "/{id}/regions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign the scheme to a region for discharge dates [valid_from, valid_to)",
			description = "Defaults to the scheme's effective period; periods of one region may not overlap (DRG-0008).")
	SchemeDtos.Region assign(@PathVariable long id, @RequestBody SchemeDtos.Assign request) {
		DrgSchemeInfo.RegionAssignment a = schemes.assign(id, request.region(), request.validFrom(), request.validTo());
		audit.describe("drg:scheme-region", request.region(),
				"scheme " + id + " from " + a.validFrom() + " to " + a.validTo());
		return SchemeDtos.Region.of(a);
	}

	@DeleteMapping("/regions/{assignmentId}")
	@PreAuthorize("hasAuthority('drg:scheme:import')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End a region assignment (kept on record as inactive)")
	void unassign(@PathVariable long assignmentId) {
		schemes.unassign(assignmentId);
		audit.describe("drg:scheme-region", String.valueOf(assignmentId), "ended");
	}

	private SchemeDtos.Imported imported(DrgSchemeImportResult result, String from) {
		DrgSchemeInfo s = result.scheme();
		audit.describe("drg:scheme", s.code() + " " + s.version(),
				"import from " + from + ", " + result.files().size() + " files, " + s.drgCount() + " DRG, validated in "
						+ result.validateMillis() + " ms, stored in " + result.storeMillis() + " ms");
		return SchemeDtos.Imported.of(result, browser);
	}

}
