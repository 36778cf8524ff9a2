package org.sanyi.identity.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.PopulationLoad;
import org.sanyi.identity.PopulationRecord;
import org.sanyi.identity.Registration;
import org.sanyi.identity.Registration.Decision;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.identity.ResidentRegistered;
import org.sanyi.identity.ResidentsMerged;
import org.sanyi.identity.ResidentsUnmerged;
import org.sanyi.identity.matching.Comparison;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.DocumentType;
import org.sanyi.identity.matching.FellegiSunterScorer;
import org.sanyi.identity.matching.Field;
import org.sanyi.identity.matching.MatchDecision;
import org.sanyi.identity.matching.MatchIndex;
import org.sanyi.identity.matching.MatchParameters;
import org.sanyi.identity.matching.MatchResult;
import org.sanyi.identity.matching.PatientMatcher;
import org.sanyi.identity.matching.Sex;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.SharedErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The master patient index: registration (validate, match, link / review / new), merge and unmerge. The
 * {@link MatchIndex} holds the source records; it is loaded from the database on first use and kept current by this
 * service, the only writer, behind a read-write lock (matching and writing under the write lock, so two
 * registrations of one person cannot both become new residents).
 */
@Service
public class ResidentIndexService implements ResidentIndex {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final MpiRepository repository;

	private final IdentityKeys keys;

	private final Registry registry;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final MatchParameterService parameters;

	private final PopulationLoader population;

	/** The scorer of the active parameter version; replaced (under the write lock) when another version is active. */
	private FellegiSunterScorer scorer = new FellegiSunterScorer(MatchParameters.defaults());

	private int parametersVersion = -1;

	private final Map<Integer, DemographicRecord> records = new HashMap<>();

	private final Map<Integer, String> residentOf = new HashMap<>();

	private MatchIndex index;

	private PatientMatcher matcher;

	ResidentIndexService(MpiRepository repository, IdentityKeys keys, Registry registry,
			ApplicationEventPublisher events, TransactionTemplate tx, MatchParameterService parameters,
			PopulationLoader population) {
		this.repository = repository;
		this.population = population;
		this.parameters = parameters;
		this.keys = keys;
		this.registry = registry;
		this.events = events;
		this.tx = tx;
	}

	/** Builds the index from the stored source records, once. Caller holds the write lock. */
	private void ensureLoaded() {
		if (index != null) {
			return;
		}
		List<SourceRow> rows = repository.allSources();
		MatchIndex built = new MatchIndex(Math.max(1024, rows.size() * 2));
		for (SourceRow row : rows) {
			DemographicRecord record = toRecord(row);
			built.add(row.id(), record);
			records.put(row.id(), record);
			residentOf.put(row.id(), row.residentId());
		}
		index = built;
		matcher = new PatientMatcher(index, records::get, scorer);
	}

	/**
	 * Uses the active parameter version (re-estimated and applied on this node or another). One indexed query per
	 * registration. Caller holds the write lock, after {@link #ensureLoaded()}.
	 */
	private void refreshParameters() {
		int active = parameters.activeVersion();
		if (active != parametersVersion) {
			scorer = new FellegiSunterScorer(active == 0 ? MatchParameters.defaults() : parameters.load(active));
			matcher = new PatientMatcher(index, records::get, scorer);
			parametersVersion = active;
		}
	}

	/** The parameter version the matcher uses (0: the defaults), after taking up the active one. */
	public int parametersVersion() {
		lock.writeLock().lock();
		try {
			ensureLoaded();
			refreshParameters();
			return parametersVersion;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** The parameters the matcher uses now. */
	public MatchParameters parametersInUse() {
		lock.writeLock().lock();
		try {
			ensureLoaded();
			refreshParameters();
			return scorer.parameters();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	DemographicRecord toRecord(SourceRow row) {
		return new DemographicRecord(row.name(), row.pinyin(), Sex.ofCode(row.sex()), row.birthDate(),
				row.documentType() == null ? null : DocumentType.ofCode(row.documentType()),
				keys.decrypt(row.idNumberEnc()), keys.decrypt(row.phoneEnc()), keys.decrypt(row.addressEnc()));
	}

	/** The indexed record of a source, for the review page. */
	public Optional<DemographicRecord> sourceRecord(int sourceId) {
		return repository.source(sourceId).map(this::toRecord);
	}

	@Override
	public Registration register(String institutionCode, PatientRegistration patient) {
		return register(institutionCode, patient, null);
	}

	@Override
	public Registration register(String institutionCode, PatientRegistration patient, String requestedResidentId) {
		if (patient.patientNo() == null || patient.patientNo().isBlank()) {
			throw new BusinessException(IdentityErrors.PATIENT_NO_REQUIRED);
		}
		Sex sex = patient.sex() == null || patient.sex().isBlank() ? Sex.UNKNOWN : Sex.ofCode(patient.sex().trim());
		DemographicRecord record = DemographicRecord.of(patient.name(), sex, patient.birthDate(), patient.idNumber(),
				patient.phone(), patient.address()).requireValid(LocalDate.now(ZONE));
		Institution institution = registry.institution(institutionCode)
			.orElseThrow(() -> new BusinessException(SharedErrors.NOT_FOUND, institutionCode));
		String patientNo = patient.patientNo().trim();
		lock.writeLock().lock();
		try {
			ensureLoaded();
			refreshParameters();
			Optional<SourceRow> existing = repository.source(institutionCode, patientNo);
			if (existing.isPresent()) {
				String rid = existing.get().residentId();
				return new Registration(rid, Decision.AUTO_LINK, "SAME_SOURCE", null, repository.identifiers(rid));
			}
			MatchResult match = matcher.match(record);
			Outcome outcome = tx.execute(s -> store(institution, patientNo, patient.psnNo(), record, match,
					requestedResidentId));
			index.add(outcome.sourceId(), record);
			records.put(outcome.sourceId(), record);
			residentOf.put(outcome.sourceId(), outcome.residentId());
			events.publishEvent(new ResidentRegistered(outcome.residentId(), institutionCode, patientNo,
					outcome.decision()));
			Double weight = match.best() == null ? null : round(match.bestWeight()).doubleValue();
			return new Registration(outcome.residentId(), outcome.decision(), match.rule().name(), weight,
					repository.identifiers(outcome.residentId()));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public PopulationLoad registerPopulation(List<PopulationRecord> people) {
		lock.writeLock().lock();
		try {
			PopulationLoader.Result result = tx.execute(s -> population.load(people, LocalDate.now(ZONE), actor()));
			for (PopulationLoader.Loaded l : result.sources()) {
				if (index != null) { // a loaded index learns the new records; an unloaded one reads them when built
					index.add(l.sourceId(), l.record());
					records.put(l.sourceId(), l.record());
					residentOf.put(l.sourceId(), l.residentId());
				}
				events.publishEvent(new ResidentRegistered(l.residentId(), l.institutionCode(), l.patientNo(),
						l.created() ? Decision.NEW : Decision.AUTO_LINK));
			}
			return result.load();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private record Outcome(String residentId, int sourceId, Decision decision) {
	}

	private Outcome store(Institution institution, String patientNo, String psnNo, DemographicRecord record,
			MatchResult match, String requestedResidentId) {
		Decision decision = switch (match.decision()) {
			case LINK -> Decision.AUTO_LINK;
			case REVIEW -> Decision.REVIEW;
			case NEW -> Decision.NEW;
		};
		String residentId;
		if (match.decision() == MatchDecision.LINK) {
			residentId = residentOf.get(match.linkedId());
		}
		else {
			residentId = requestedResidentId != null && repository.resident(requestedResidentId).isEmpty()
					? requestedResidentId : "R" + String.format("%012d", repository.nextResidentNumber());
			String idNumber = record.hasValidCitizenNumber() ? record.documentNumber() : null;
			repository.insertResident(residentId, record.name(), record.pinyin(), record.sex().code(),
					record.birthDate(), record.documentType() == null ? null : record.documentType().code(),
					keys.encrypt(record.documentNumber()), keys.blindIndex(idNumber),
					Masking.idNumber(record.documentNumber()), keys.encrypt(record.phone()),
					Masking.phone(record.phone()), keys.encrypt(record.address()));
		}
		BigDecimal weight = match.best() == null ? null : round(match.bestWeight());
		int sourceId = repository.insertSource(institution.code(), institution.regionCode(), patientNo, residentId,
				record.name(), record.pinyin(), record.sex().code(), record.birthDate(),
				record.documentType() == null ? null : record.documentType().code(),
				keys.encrypt(record.documentNumber()), keys.encrypt(record.phone()), keys.encrypt(record.address()),
				decision.name(), match.rule().name(), weight);
		if (record.hasValidCitizenNumber()) {
			repository.addIdentifier(residentId, IdentifierType.ID_NUMBER, "", keys.blindIndex(record.documentNumber()),
					Masking.idNumber(record.documentNumber()));
		}
		repository.addIdentifier(residentId, IdentifierType.PATIENT_NO, institution.code(), patientNo, patientNo);
		if (psnNo != null && !psnNo.isBlank()) {
			repository.addIdentifier(residentId, IdentifierType.PSN_NO, "", psnNo.trim(), Masking.idNumber(psnNo.trim()));
		}
		String action = switch (decision) {
			case AUTO_LINK -> "LINK";
			case REVIEW -> "REVIEW";
			case NEW -> "NEW";
		};
		repository.linkEvent(action, residentId, null, sourceId, match.rule().name(), weight, actor());
		if (decision == Decision.REVIEW) {
			Map<String, Comparison> byResident = new LinkedHashMap<>();
			for (Comparison c : match.candidates()) {
				String candidateResident = residentOf.get(c.candidateId());
				if (candidateResident != null && !candidateResident.equals(residentId)
						&& c.total() >= scorer.parameters().reviewThreshold()) {
					byResident.putIfAbsent(candidateResident, c);
				}
			}
			if (byResident.isEmpty() && match.best() != null) {
				byResident.put(residentOf.get(match.best().candidateId()), match.best());
			}
			byResident.forEach((candidate, c) -> repository.insertReview(sourceId, residentId, c.candidateId(),
					candidate, institution.regionCode(), match.rule().name(), round(c.total()), encode(c)));
		}
		return new Outcome(residentId, sourceId, decision);
	}

	/** FIELD:LEVEL:weight;... for the review page. */
	static String encode(Comparison c) {
		List<String> parts = new ArrayList<>();
		for (Field f : Field.values()) {
			parts.add(f.name() + ":" + c.level(f).name() + ":" + round(c.weight(f)).toPlainString());
		}
		return String.join(";", parts);
	}

	static BigDecimal round(double v) {
		return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
	}

	static String actor() {
		return org.sanyi.security.CurrentUsers.find().map(u -> u.username()).orElse("system");
	}

	/** Merges {@code mergedId} into {@code survivorId}; both must be active. Returns the merge id. */
	public long merge(String survivorId, String mergedId) {
		lock.writeLock().lock();
		try {
			ensureLoaded();
			ResidentRow survivor = active(survivorId);
			ResidentRow merged = active(mergedId);
			if (survivor.residentId().equals(merged.residentId())) {
				throw new BusinessException(SharedErrors.INVALID_FIELD, "residentId");
			}
			record Moved(long mergeId, List<Integer> sources) {
			}
			Moved moved = tx.execute(s -> {
				long mergeId = repository.insertMerge(survivorId, mergedId, actor());
				List<Integer> sources = repository.moveForMerge(mergeId, survivorId, mergedId);
				repository.linkEvent("MERGE", survivorId, mergedId, null, null, null, actor());
				return new Moved(mergeId, sources);
			});
			moved.sources().forEach(id -> residentOf.put(id, survivorId));
			events.publishEvent(new ResidentsMerged(survivorId, mergedId, moved.mergeId()));
			return moved.mergeId();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Undoes a merge: the merged resident gets back exactly the records and identifiers the merge moved. */
	public void unmerge(long mergeId) {
		lock.writeLock().lock();
		try {
			ensureLoaded();
			var merge = tx.execute(s -> {
				var m = repository.merge(mergeId)
					.filter(row -> row.undoneAt() == null)
					.orElseThrow(() -> new BusinessException(SharedErrors.NOT_FOUND, mergeId));
				List<Integer> sources = repository.undoMerge(m, actor());
				repository.linkEvent("UNMERGE", m.survivorId(), m.mergedId(), null, null, null, actor());
				sources.forEach(id -> residentOf.put(id, m.mergedId()));
				return m;
			});
			events.publishEvent(new ResidentsUnmerged(merge.survivorId(), merge.mergedId(), mergeId));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private ResidentRow active(String residentId) {
		return repository.resident(residentId)
			.filter(r -> "ACTIVE".equals(r.status()))
			.orElseThrow(() -> new BusinessException(SharedErrors.NOT_FOUND, residentId));
	}

	@Override
	public Optional<Resident> find(String residentId) {
		return repository.resident(residentId).map(ResidentIndexService::view);
	}

	static Resident view(ResidentRow r) {
		return new Resident(r.residentId(), r.name(), r.sex(), r.birthDate(), r.idNumberMask(), r.phoneMask(),
				r.status(), r.mergedInto());
	}

	@Override
	public Optional<Resident> findByIdNumber(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return Optional.empty();
		}
		return repository.residentByIdIndex(keys.blindIndex(idNumber)).map(ResidentIndexService::view);
	}

	@Override
	public Optional<Resident> findByPsnNo(String psnNo) {
		return residentIdBy(IdentifierType.PSN_NO, "", psnNo).flatMap(repository::resident)
			.filter(r -> "ACTIVE".equals(r.status()))
			.map(ResidentIndexService::view);
	}

	@Override
	public List<ResidentIdentifier> identifiers(String residentId) {
		return repository.identifiers(residentId);
	}

	@Override
	public Optional<String> idNumberOf(String residentId) {
		return repository.resident(residentId).map(r -> keys.decrypt(r.idNumberEnc()));
	}

	/**
	 * The resident holding an identifier: an ID number (by its blind index), a health card number (16 digits, spaces
	 * allowed) or an institution's patient number ({@code issuer} = institution code). Empty when none or malformed.
	 */
	public Optional<String> residentIdBy(IdentifierType type, String issuer, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		return switch (type) {
			case ID_NUMBER -> findByIdNumber(v.toUpperCase(java.util.Locale.ROOT)).map(Resident::residentId);
			case HEALTH_CARD -> {
				// only the card in force: a lost or reissued card's number no longer finds anyone
				String digits = v.replace(" ", "");
				yield org.sanyi.identity.card.HealthCardNumber.isValid(digits)
						? repository.residentByActiveCard(org.sanyi.identity.card.HealthCardNumber.parse(digits).serial())
						: Optional.empty();
			}
			case PATIENT_NO -> repository.source(issuer, v).map(SourceRow::residentId);
			case PSN_NO -> repository.residentByIdentifier(IdentifierType.PSN_NO, v);
		};
	}

	/** Index size, for tests and monitoring. */
	public int indexedRecords() {
		lock.readLock().lock();
		try {
			return records.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	static String fieldsOf(Comparison c) {
		return java.util.Arrays.stream(Field.values()).map(Enum::name).collect(Collectors.joining(","));
	}

}
