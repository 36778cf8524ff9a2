package org.sanyi.drg.scheme;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgSchemeImportRequest;
import org.sanyi.drg.DrgSchemeImportResult;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;
import org.sanyi.drg.DrgSchemes;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.DrgSchemeException;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports schemes: read the files, validate and compile them with the engine's loader
 * (nothing is stored when that fails), store scheme, files and an optional region
 * assignment in one transaction, then hand the compiled scheme to the runtime and rebuild
 * the registry.
 */
@Service
class SchemeImporter implements DrgSchemes {

	private static final Logger log = LoggerFactory.getLogger(SchemeImporter.class);

	static final String WHOLE_COUNTRY = "000000";

	private final SchemeRepository repository;

	private final SchemeRuntime runtime;

	private final SchemeMetadata metadata;

	private final TransactionTemplate tx;

	SchemeImporter(SchemeRepository repository, SchemeRuntime runtime, SchemeMetadata metadata,
			TransactionTemplate tx) {
		this.repository = repository;
		this.runtime = runtime;
		this.metadata = metadata;
		this.tx = tx;
	}

	@Override
	public DrgSchemeImportResult importArchive(InputStream zip, DrgSchemeImportRequest request) {
		return importSet(SchemeFileSet.fromZip(zip), request);
	}

	@Override
	public DrgSchemeImportResult importDirectory(Path directory, DrgSchemeImportRequest request) {
		if (CurrentUsers.find().map(u -> u.scope().kind() != DataScope.Kind.ALL).orElse(false)) {
			throw new BusinessException(DrgErrors.PATH_IMPORT_FORBIDDEN);
		}
		return importSet(SchemeFileSet.fromDirectory(directory), request);
	}

	@Override
	public DrgSchemeImportResult importFiles(Map<String, String> files, DrgSchemeImportRequest request) {
		return importSet(SchemeFileSet.fromText(files), request);
	}

	private DrgSchemeImportResult importSet(SchemeFileSet set, DrgSchemeImportRequest request) {
		if (!set.files().containsKey(SchemeFileSet.SCHEME_JSON)) {
			throw new BusinessException(DrgErrors.SCHEME_INVALID_FILE, SchemeFileSet.SCHEME_JSON,
					"required file is missing");
		}
		LocalDate from = request.effectiveFrom();
		if (from == null || (request.effectiveTo() != null && !request.effectiveTo().isAfter(from))) {
			throw new BusinessException(DrgErrors.INVALID_PERIOD, from, request.effectiveTo());
		}
		String region = request.regionCode() == null || request.regionCode().isBlank() ? null
				: checkedRegion(request.regionCode());
		long start = System.nanoTime();
		DrgScheme scheme = validate(set);
		long validateMillis = (System.nanoTime() - start) / 1_000_000;
		SchemeMetadata.Described described = metadata.describe(set.files().get(SchemeFileSet.SCHEME_JSON), scheme,
				request);
		repository.find(described.code(), described.version()).ifPresent(existing -> {
			throw new BusinessException(DrgErrors.SCHEME_EXISTS, existing.code(), existing.version(), existing.id());
		});
		String user = CurrentUsers.find().map(CurrentUser::username).orElse("system");
		long storeStart = System.nanoTime();
		long id;
		try {
			id = tx.execute(status -> store(set, scheme, described, request, region, user));
		}
		catch (DataIntegrityViolationException ex) {
			throw conflict(ex, described, region, request);
		}
		long storeMillis = (System.nanoTime() - storeStart) / 1_000_000;
		runtime.loaded(id, scheme, validateMillis);
		runtime.refresh();
		log.info("DRG scheme {} {} imported as {}: {} files, validated and compiled in {} ms, stored in {} ms",
				described.code(), described.version(), id, set.files().size(), validateMillis, storeMillis);
		return new DrgSchemeImportResult(find(id).orElseThrow(), set.names(), set.ignored(), validateMillis,
				storeMillis);
	}

	private static DrgScheme validate(SchemeFileSet set) {
		try {
			return SchemeRuntime.load(set.files());
		}
		catch (DrgSchemeException ex) {
			String problem = ex.getMessage().substring(ex.getMessage().indexOf(": ") + 2);
			throw ex.line() > 0 ? new BusinessException(DrgErrors.SCHEME_INVALID_LINE, ex.file(), ex.line(), problem)
					: new BusinessException(DrgErrors.SCHEME_INVALID_FILE, ex.file(), problem);
		}
	}

	private long store(SchemeFileSet set, DrgScheme scheme, SchemeMetadata.Described d, DrgSchemeImportRequest request,
			String region, String user) {
		MessageDigest all = sha256();
		for (String name : set.names()) {
			all.update(name.getBytes(StandardCharsets.UTF_8));
			all.update(set.files().get(name).getBytes(StandardCharsets.UTF_8));
		}
		long id = repository.insertScheme(new SchemeRepository.SchemeRow(0, d.code(), d.version(), d.name(), "ACTIVE",
				request.effectiveFrom(), request.effectiveTo(), scheme.mdcCount(), scheme.adrgCount(),
				scheme.drgCount(), d.source(), user, null), HexFormat.of().formatHex(all.digest()));
		for (String name : set.names()) {
			String text = set.files().get(name);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			repository.insertFile(id, name, text, bytes.length, lines(text),
					HexFormat.of().formatHex(sha256().digest(bytes)));
		}
		if (region != null) {
			insertAssignment(id, region, request.effectiveFrom(), request.effectiveTo(), user);
		}
		return id;
	}

	@Override
	public RegionAssignment assign(long schemeId, String regionCode, LocalDate validFrom, LocalDate validTo) {
		String region = checkedRegion(regionCode);
		SchemeRepository.SchemeRow scheme = repository.find(schemeId)
			.orElseThrow(() -> new BusinessException(DrgErrors.SCHEME_NOT_FOUND, schemeId));
		if (!"ACTIVE".equals(scheme.status())) {
			throw new BusinessException(DrgErrors.SCHEME_RETIRED, scheme.code(), scheme.version());
		}
		LocalDate from = validFrom == null ? scheme.effectiveFrom() : validFrom;
		LocalDate to = validTo == null ? scheme.effectiveTo() : validTo;
		if (to != null && !to.isAfter(from)) {
			throw new BusinessException(DrgErrors.INVALID_PERIOD, from, to);
		}
		if (from.isBefore(scheme.effectiveFrom())
				|| (scheme.effectiveTo() != null && (to == null || to.isAfter(scheme.effectiveTo())))) {
			throw new BusinessException(DrgErrors.ASSIGNMENT_OUTSIDE_SCHEME, from, open(to), scheme.effectiveFrom(),
					open(scheme.effectiveTo()));
		}
		String user = CurrentUsers.find().map(CurrentUser::username).orElse("system");
		long id;
		try {
			id = tx.execute(status -> insertAssignment(schemeId, region, from, to, user));
		}
		catch (DataIntegrityViolationException ex) {
			throw overlap(region, from, to);
		}
		runtime.refresh();
		return repository.assignment(id).orElseThrow();
	}

	@Override
	public void unassign(long assignmentId) {
		RegionAssignment assignment = repository.assignment(assignmentId)
			.orElseThrow(() -> new BusinessException(DrgErrors.ASSIGNMENT_NOT_FOUND, assignmentId));
		checkedRegion(assignment.regionCode());
		repository.deactivateAssignment(assignmentId);
		runtime.refresh();
	}

	@Override
	public Optional<DrgSchemeInfo> find(long id) {
		return repository.find(id)
			.map(row -> row.info(repository.assignments().stream().filter(a -> a.schemeId() == id).toList()));
	}

	@Override
	public Optional<DrgSchemeInfo> find(String code, String version) {
		return repository.find(code, version).flatMap(row -> find(row.id()));
	}

	/**
	 * Checks the overlap first for a readable error; the exclusion constraint catches
	 * concurrent writers.
	 */
	private long insertAssignment(long schemeId, String region, LocalDate from, LocalDate to, String user) {
		if (!repository.overlapping(region, from, to).isEmpty()) {
			throw overlap(region, from, to);
		}
		return repository.insertAssignment(schemeId, region, from, to, user);
	}

	/** A 6-digit administrative code (or 000000) inside the caller's data scope. */
	static String checkedRegion(String regionCode) {
		String code = regionCode == null ? "" : regionCode.strip();
		if (!code.matches("[0-9]{6}")
				|| !(WHOLE_COUNTRY.equals(code) || org.sanyi.shared.RegionCode.isWellFormed(code))) {
			throw new BusinessException(DrgErrors.INVALID_REGION, code);
		}
		Optional<CurrentUser> user = CurrentUsers.find();
		if (user.isPresent() && user.get().scope().kind() != DataScope.Kind.ALL
				&& (WHOLE_COUNTRY.equals(code) || !user.get().scope().coversRegion(code))) {
			throw new BusinessException(DrgErrors.REGION_OUT_OF_SCOPE, code);
		}
		return code;
	}

	private RuntimeException conflict(DataIntegrityViolationException ex, SchemeMetadata.Described d, String region,
			DrgSchemeImportRequest request) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("drg_scheme_region_no_overlap")) {
			return overlap(region, request.effectiveFrom(), request.effectiveTo());
		}
		if (message.contains("drg_scheme_code_version_key")) {
			return new BusinessException(DrgErrors.SCHEME_EXISTS, d.code(), d.version(), "-");
		}
		return ex;
	}

	private static BusinessException overlap(String region, LocalDate from, LocalDate to) {
		return new BusinessException(DrgErrors.ASSIGNMENT_OVERLAP, region, from, open(to));
	}

	private static String open(LocalDate date) {
		return date == null ? "∞" : date.toString();
	}

	private static int lines(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return text.endsWith("\n") ? lines : lines + 1;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
