package org.sanyi.clinical.records.read;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.ingest.RecordRepository;
import org.sanyi.clinical.records.ingest.RecordRepository.Stored;
import org.sanyi.identity.RecordAccess;
import org.sanyi.identity.RecordAccess.Basis;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;

/**
 * Reads of the shared record for the signed-in user: each opens the resident's record
 * through identity's consent rules ({@link RecordAccess}: audited, in the resident's
 * 查阅记录) and then shows every institution's resources, or only the reader's own
 * institution's when the resident is merely its patient.
 */
@Service
public class RecordQueries {

	/**
	 * The most resources one read returns ($everything of a resident with ten years of
	 * visits stays under it).
	 */
	public static final int MAX_RESOURCES = 5_000;

	private final RecordRepository repository;

	private final RecordAccess access;

	RecordQueries(RecordRepository repository, RecordAccess access) {
		this.repository = repository;
		this.access = access;
	}

	/**
	 * An opened record: on what basis, and the one institution whose resources may be
	 * shown when the basis does not see all sources.
	 */
	public record Opened(String residentId, Basis basis, String onlyInstitution) {
	}

	/**
	 * Opens the record or refuses (CR-0007; the refusal itself is audited by the caller's
	 * request).
	 */
	public Opened open(String residentId, String breakGlassReason, String what) {
		if (breakGlassReason != null && !breakGlassReason.isBlank() && breakGlassReason.strip().length() < 4) {
			throw new BusinessException(RecordsErrors.BREAK_GLASS_REASON);
		}
		Basis basis = access.open(residentId, breakGlassReason, what)
			.orElseThrow(() -> new BusinessException(RecordsErrors.NO_ACCESS));
		String only = basis.seesAllSources() ? null : CurrentUsers.scope().institutionCode();
		return new Opened(residentId, basis, only);
	}

	/**
	 * Resources of an opened record, newest first (see {@link RecordRepository#search}).
	 */
	public List<Stored> search(Opened opened, Collection<String> types, LocalDate from, LocalDate to,
			Collection<String> codes, int limit) {
		return repository.search(opened.residentId(), types, from, to, codes, opened.onlyInstitution(),
				Math.min(limit, MAX_RESOURCES));
	}

	/**
	 * Whether anything of the resident is stored (no read of content, nothing recorded).
	 */
	public boolean holdsRecordsOf(String residentId) {
		return repository.holdsRecordsOf(residentId);
	}

	/** The resident's recorded diagnoses (codes and days only, the system's view). */
	public List<org.sanyi.clinical.ClinicalRecords.RecordedDiagnosis> diagnoses(String residentId) {
		return repository.diagnoses(residentId);
	}

	/**
	 * One stored resource, if the user may open its resident's record (recorded as a
	 * read).
	 */
	public Optional<Stored> read(String type, String id) {
		Optional<RecordRepository.Located> located = repository.locate(type, id);
		if (located.isEmpty() || located.get().residentId() == null) {
			return Optional.empty();
		}
		Opened opened;
		try {
			opened = open(located.get().residentId(), null, "FHIR read " + type + "/" + id);
		}
		catch (BusinessException ex) {
			return Optional.empty();
		}
		return repository.find(type, id)
			.filter(s -> opened.onlyInstitution() == null || opened.onlyInstitution().equals(s.institution()));
	}

}
