package org.sanyi.terminology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.ImportRequest;
import org.sanyi.terminology.ImportResult;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.TerminologyErrors;
import org.sanyi.terminology.TerminologyImport;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates a whole file before writing anything, then writes the new version, its rows
 * and the audit entry in one transaction. Checking the request first (version exists,
 * kind) spares reading a large file for nothing; the unique constraints still decide when
 * two imports race.
 */
@Service
class ImportService implements TerminologyImport {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	static final String SEED_MANIFEST = "seed/terminology/manifest.csv";

	static final Pattern SYSTEM_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

	static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private final CodeSystemRepository systems;

	private final ConceptRepository concepts;

	private final CatalogueRepository catalogue;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Stewardship stewardship;

	ImportService(CodeSystemRepository systems, ConceptRepository concepts, CatalogueRepository catalogue,
			AuditLog audit, TransactionTemplate tx, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.systems = systems;
		this.concepts = concepts;
		this.catalogue = catalogue;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public ImportResult importFile(ImportRequest request, InputStream csv) {
		long start = System.nanoTime();
		Target target = check(request);
		stewardship.checkMayChange(request.system());
		String owner = stewardship.ownerOf(request.system());
		byte[] content = readAll(csv);
		ImportErrors errors = new ImportErrors();
		Parsed parsed = target.kind().isCatalogue()
				? new Parsed(List.of(), CatalogueCsv.parse(content, target.kind(), errors))
				: new Parsed(ConceptCsv.parse(content, errors), List.of());
		errors.throwIfAny(request.fileName());
		long checked = System.nanoTime();
		int rows = parsed.size();
		try {
			tx.executeWithoutResult(status -> {
				long id = systems.insert(request.system(), request.version(), target.name(), target.kind(),
						request.effectiveFrom(), request.effectiveTo(), request.fileName(), currentUsername(), owner);
				if (target.kind().isCatalogue()) {
					catalogue.insertAll(id, parsed.items());
				}
				else {
					concepts.insertAll(id, parsed.concepts());
				}
				systems.setEntryCount(id, rows);
				audit.record(AuditAction.IMPORT, "terminology:code-system", request.system() + "@" + request.version(),
						"file=" + request.fileName() + ", rows=" + rows + ", effective_from="
								+ request.effectiveFrom());
			});
		}
		catch (DuplicateKeyException ex) {
			throw raced(request, ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		log.info("Imported {}@{} ({} rows) from {} in {} ms (read and checked in {} ms)", request.system(),
				request.version(), rows, request.fileName(), millis, (checked - start) / 1_000_000);
		return new ImportResult(request.system(), request.version(), target.kind(), rows, millis);
	}

	private record Target(SystemKind kind, String name) {
	}

	/** The valid rows of a file: concepts or catalogue items, depending on the kind. */
	private record Parsed(List<ConceptRow> concepts, List<CatalogueRow> items) {

		int size() {
			return concepts.size() + items.size();
		}

	}

	/**
	 * The request's own checks; returns the kind and name to use (an existing system
	 * lends its own).
	 */
	Target check(ImportRequest r) {
		if (!SYSTEM_CODE.matcher(r.system()).matches()) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "system", r.system());
		}
		if (!VERSION.matcher(r.version()).matches()) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "version", r.version());
		}
		if (r.effectiveFrom() == null) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "effective_from", "");
		}
		if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "effective_to", r.effectiveTo());
		}
		if (r.name().length() > 200) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "name", r.name().substring(0, 20));
		}
		var existing = systems.latest(r.system());
		SystemKind kind = r.kind() != null ? r.kind() : existing.map(CodeSystem::kind).orElse(null);
		String name = !r.name().isEmpty() ? r.name() : existing.map(CodeSystem::name).orElse("");
		if (kind == null) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "kind", "");
		}
		if (name.isEmpty()) {
			throw new BusinessException(TerminologyErrors.INVALID_IMPORT_PARAMETER, "name", "");
		}
		if (existing.isPresent() && existing.get().kind() != kind) {
			throw new BusinessException(TerminologyErrors.KIND_MISMATCH, r.system(), existing.get().kind(), kind);
		}
		if (systems.find(r.system(), r.version()).isPresent()) {
			throw new BusinessException(TerminologyErrors.VERSION_EXISTS, r.system(), r.version());
		}
		if (systems.activeVersionStartsOn(r.system(), r.effectiveFrom())) {
			throw new BusinessException(TerminologyErrors.EFFECTIVE_DATE_TAKEN, r.system(), r.effectiveFrom());
		}
		return new Target(kind, name);
	}

	private static BusinessException raced(ImportRequest r, DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("term_code_system_start")) {
			return new BusinessException(TerminologyErrors.EFFECTIVE_DATE_TAKEN, r.system(), r.effectiveFrom());
		}
		return new BusinessException(TerminologyErrors.VERSION_EXISTS, r.system(), r.version());
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String currentUsername() {
		return CurrentUsers.find().map(CurrentUser::username).orElse("system");
	}

	@Override
	public List<ImportResult> importBundledSeed() {
		List<ImportResult> done = new ArrayList<>();
		for (SeedFile seed : seedManifest()) {
			if (systems.find(seed.system(), seed.version()).isPresent()) {
				continue;
			}
			var request = new ImportRequest(seed.system(), seed.version(), seed.name(), seed.kind(),
					seed.effectiveFrom(), null, seed.file());
			try (InputStream in = new ClassPathResource("seed/terminology/" + seed.file()).getInputStream()) {
				done.add(importFile(request, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return done;
	}

	/** One line of the seed manifest: which bundled file is which system version. */
	record SeedFile(String file, String system, String version, String name, SystemKind kind, LocalDate effectiveFrom) {
	}

	static List<SeedFile> seedManifest() {
		List<SeedFile> files = new ArrayList<>();
		try (var csv = new CsvReader(
				new InputStreamReader(new ClassPathResource(SEED_MANIFEST).getInputStream(), StandardCharsets.UTF_8))) {
			csv.requireColumns("file", "system", "version", "name", "kind", "effective_from");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				files.add(new SeedFile(row.required("file"), row.required("system"), row.required("version"),
						row.required("name"), SystemKind.valueOf(row.required("kind")),
						LocalDate.parse(row.required("effective_from"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	@Override
	public void retire(String system, String version) {
		CodeSystem v = systems.find(system, version)
			.orElseThrow(() -> new BusinessException(TerminologyErrors.UNKNOWN_VERSION, system, version));
		stewardship.checkMayChange(system);
		if (systems.retire(v.id())) {
			log.info("Retired {}@{}", system, version);
		}
	}

}
