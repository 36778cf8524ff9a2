package org.sanyi.identity.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.sanyi.identity.matching.FellegiSunterScorer;
import org.sanyi.identity.matching.Field;
import org.sanyi.identity.matching.MatchDecision;
import org.sanyi.identity.matching.MatchParameters;
import org.sanyi.identity.matching.MatchResult;
import org.sanyi.identity.matching.Sex;
import org.sanyi.identity.parameters.MatchParameterService;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.SharedErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The master patient index: registration (validate, match, link / review / new), merge
 * and unmerge. Correct with several nodes on one database: a registration locks the
 * blocking keys of the incoming record in PostgreSQL ({@link MatchIndexFeed}), brings
 * this node's {@link NodeMatchIndex} up to date with what any node committed, then
 * matches and stores in the same transaction, so two registrations of one person, on one
 * node or two, cannot both become new residents. Merges and unmerges take the gate
 * exclusively and reach every node's index through the change numbers of the records they
 * move.
 */
@Service
public class ResidentIndexService implements ResidentIndex {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final MpiRepository repository;

	private final IdentityKeys keys;

	private final Registry registry;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final MatchIndexFeed feed;

	private final NodeMatchIndex index;

	private final MatchParameterService parameters;

	private final PopulationLoader population;

	/**
	 * The scorer of the active parameter version and its number; replaced when another
	 * version is active.
	 */
	private record Scoring(int version, FellegiSunterScorer scorer) {
	}

	private volatile Scoring scoring = new Scoring(-1, new FellegiSunterScorer(MatchParameters.defaults()));

	ResidentIndexService(MpiRepository repository, IdentityKeys keys, Registry registry,
			ApplicationEventPublisher events, TransactionTemplate tx, MatchParameterService parameters,
			MatchIndexFeed feed, NodeMatchIndex index, PopulationLoader population) {
		this.repository = repository;
		this.population = population;
		this.parameters = parameters;
		this.keys = keys;
		this.registry = registry;
		this.events = events;
		this.tx = tx;
		this.feed = feed;
		this.index = index;
	}

	/**
	 * The scorer of the active parameter version (re-estimated and applied on this node
	 * or another). One indexed query per registration.
	 */
	private Scoring scoring() {
		int active = parameters.activeVersion();
		Scoring current = scoring;
		if (active != current.version()) {
			synchronized (this) {
				current = scoring;
				if (active != current.version()) {
					current = new Scoring(active, new FellegiSunterScorer(
							active == 0 ? MatchParameters.defaults() : parameters.load(active)));
					scoring = current;
				}
			}
		}
		return current;
	}

	/**
	 * The parameter version the matcher uses (0: the defaults), after taking up the
	 * active one.
	 */
	public int parametersVersion() {
		return scoring().version();
	}

	/** The parameters the matcher uses now. */
	public MatchParameters parametersInUse() {
		return scoring().scorer().parameters();
	}

	DemographicRecord toRecord(SourceRow row) {
		return NodeMatchIndex.toRecord(keys, row);
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
		DemographicRecord record = DemographicRecord
			.of(patient.name(), sex, patient.birthDate(), patient.idNumber(), patient.phone(), patient.address())
			.requireValid(LocalDate.now(ZONE));
		Institution institution = registry.institution(institutionCode)
			.orElseThrow(() -> BusinessException.notFound("institution", institutionCode));
		String patientNo = patient.patientNo().trim();
		FellegiSunterScorer scorer = scoring().scorer();
		index.ensureLoaded();
		Attempt attempt = tx.execute(s -> {
			feed.lockForRegistration(record, institutionCode, patientNo);
			Optional<String> sameSource = index.catchUp(institutionCode, patientNo);
			if (sameSource.isPresent()) {
				return new Attempt(sameSource.get(), null, null);
			}
			MatchResult match = index.match(record, scorer);
			return new Attempt(null, match,
					store(institution, patientNo, patient.psnNo(), record, match, requestedResidentId, scorer));
		});
		if (attempt.sameSource() != null) {
			return new Registration(attempt.sameSource(), Decision.AUTO_LINK, "SAME_SOURCE", null,
					repository.identifiers(attempt.sameSource()));
		}
		Outcome outcome = attempt.outcome();
		MatchResult match = attempt.match();
		events
			.publishEvent(new ResidentRegistered(outcome.residentId(), institutionCode, patientNo, outcome.decision()));
		Double weight = match.best() == null ? null : round(match.bestWeight()).doubleValue();
		return new Registration(outcome.residentId(), outcome.decision(), match.rule().name(), weight,
				repository.identifiers(outcome.residentId()));
	}

	/**
	 * A registration's transaction: the resident of the same institution's record, or the
	 * match and its outcome.
	 */
	private record Attempt(String sameSource, MatchResult match, Outcome outcome) {
	}

	@Override
	public PopulationLoad registerPopulation(List<PopulationRecord> people) {
		// the gate exclusively, as a merge takes it: no registration on any node is
		// between its match and its commit
		// while the list links by ID number; every node's index learns the records by
		// their change numbers
		PopulationLoader.Result result = tx.execute(s -> {
			feed.lockForMerge();
			return population.load(people, LocalDate.now(ZONE), actor());
		});
		for (PopulationLoader.Loaded l : result.sources()) {
			events.publishEvent(new ResidentRegistered(l.residentId(), l.institutionCode(), l.patientNo(),
					l.created() ? Decision.NEW : Decision.AUTO_LINK));
		}
		return result.load();
	}

	private record Outcome(String residentId, int sourceId, Decision decision) {
	}

	private Outcome store(Institution institution, String patientNo, String psnNo, DemographicRecord record,
			MatchResult match, String requestedResidentId, FellegiSunterScorer scorer) {
		Decision decision = switch (match.decision()) {
			case LINK -> Decision.AUTO_LINK;
			case REVIEW -> Decision.REVIEW;
			case NEW -> Decision.NEW;
		};
		String residentId;
		if (match.decision() == MatchDecision.LINK) {
			residentId = index.residentOf(match.linkedId());
		}
		else {
			residentId = requestedResidentId != null && repository.resident(requestedResidentId).isEmpty()
					? requestedResidentId : "R" + String.format("%012d", repository.nextResidentNumber());
			String idNumber = record.hasValidCitizenNumber() ? record.documentNumber() : null;
			repository.insertResident(residentId, record.name(), record.pinyin(), record.sex().code(),
					record.birthDate(), record.documentType() == null ? null : record.documentType().code(),
					keys.encrypt(record.documentNumber()), keys.blindIndex(idNumber),
					Masking.idNumber(record.documentNumber()), keys.encrypt(record.phone()),
					keys.phoneIndex(record.phone()), Masking.phone(record.phone()), keys.encrypt(record.address()));
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
			repository.addIdentifier(residentId, IdentifierType.PSN_NO, "", psnNo.trim(),
					Masking.idNumber(psnNo.trim()));
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
				String candidateResident = index.residentOf(c.candidateId());
				if (candidateResident != null && !candidateResident.equals(residentId)
						&& c.total() >= scorer.parameters().reviewThreshold()) {
					byResident.putIfAbsent(candidateResident, c);
				}
			}
			if (byResident.isEmpty() && match.best() != null) {
				byResident.put(index.residentOf(match.best().candidateId()), match.best());
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

	public static String actor() {
		return org.sanyi.security.CurrentUsers.find().map(u -> u.username()).orElse("system");
	}

	/**
	 * Merges {@code mergedId} into {@code survivorId}; both must be active. Returns the
	 * merge id. The moved source records get new change numbers, which is how every
	 * node's index learns their new owner.
	 */
	public long merge(String survivorId, String mergedId) {
		long mergeId = tx.execute(s -> {
			feed.lockForMerge();
			ResidentRow survivor = active(survivorId);
			ResidentRow merged = active(mergedId);
			if (survivor.residentId().equals(merged.residentId())) {
				throw new BusinessException(SharedErrors.INVALID_FIELD, "residentId");
			}
			long id = repository.insertMerge(survivorId, mergedId, actor());
			repository.moveForMerge(id, survivorId, mergedId);
			repository.linkEvent("MERGE", survivorId, mergedId, null, null, null, actor());
			return id;
		});
		events.publishEvent(new ResidentsMerged(survivorId, mergedId, mergeId));
		return mergeId;
	}

	/**
	 * Undoes a merge: the merged resident gets back exactly the records and identifiers
	 * the merge moved.
	 */
	public void unmerge(long mergeId) {
		var merge = tx.execute(s -> {
			feed.lockForMerge();
			var m = repository.merge(mergeId)
				.filter(row -> row.undoneAt() == null)
				.orElseThrow(() -> BusinessException.notFound("merge", mergeId));
			repository.undoMerge(m, actor());
			repository.linkEvent("UNMERGE", m.survivorId(), m.mergedId(), null, null, null, actor());
			return m;
		});
		events.publishEvent(new ResidentsUnmerged(merge.survivorId(), merge.mergedId(), mergeId));
	}

	private ResidentRow active(String residentId) {
		return repository.resident(residentId)
			.filter(r -> "ACTIVE".equals(r.status()))
			.orElseThrow(() -> BusinessException.notFound("resident", residentId));
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
	 * The resident holding an identifier: an ID number (by its blind index), a health
	 * card number (16 digits, spaces allowed) or an institution's patient number
	 * ({@code issuer} = institution code). Empty when none or malformed.
	 */
	public Optional<String> residentIdBy(IdentifierType type, String issuer, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		return switch (type) {
			case ID_NUMBER -> findByIdNumber(v.toUpperCase(java.util.Locale.ROOT)).map(Resident::residentId);
			case HEALTH_CARD -> {
				// only the card in force: a lost or reissued card's number no longer
				// finds anyone
				String digits = v.replace(" ", "");
				yield org.sanyi.identity.card.HealthCardNumber.isValid(digits) ? repository.residentByActiveCard(
						org.sanyi.identity.card.HealthCardNumber.parse(digits).serial()) : Optional.empty();
			}
			case PATIENT_NO -> repository.source(issuer, v).map(SourceRow::residentId);
			case PSN_NO -> repository.residentByIdentifier(IdentifierType.PSN_NO, v);
		};
	}

	/**
	 * Source records in this node's index (as of its last registration), for tests and
	 * monitoring.
	 */
	public int indexedRecords() {
		return index.size();
	}

}
