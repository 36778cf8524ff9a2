package org.sanyi.clinical.recognition.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.clinical.recognition.DeclineReason;
import org.sanyi.clinical.recognition.RecognitionErrors;
import org.sanyi.clinical.recognition.engine.RecognitionRules;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Assessment;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Candidate;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Item;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Kind;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Scope;
import org.sanyi.clinical.recognition.internal.RecognitionRepository.ItemRow;
import org.sanyi.clinical.recognition.internal.RecognitionRepository.ResultRow;
import org.sanyi.identity.RecordAccess;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.TtlCache;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer at order time and the doctor's decision. A lookup names the reusable results
 * (where, when, value, link); their values are shown when the resident's record is open
 * to the doctor (consent, break-glass, or the doctor's own institution's result),
 * otherwise only where and when. Every lookup is recorded, and reported as an offer when
 * it found something; a decision is recorded once, accepted results saving the item's
 * catalogue price.
 */
@Service
public class RecognitionService {

	private final RecognitionRepository repository;

	private final Registry registry;

	private final Terminology terminology;

	private final RecordAccess access;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	/** The item catalogue: a migration's seed, not changed while the platform runs. */
	private volatile Map<String, ItemRow> itemsByCode;

	// registry and terminology facts of the hot lookup path, for five minutes (an
	// institution's grade, its alliances on a day, an item's price on a day): a lookup
	// reads them for every institution that holds a result
	private final TtlCache<String, Optional<Institution>> institutionCache = new TtlCache<>(Duration.ofMinutes(5),
			10_000);

	private final TtlCache<String, Set<String>> allianceCache = new TtlCache<>(Duration.ofMinutes(5), 50_000);

	private final TtlCache<String, Optional<BigDecimal>> priceCache = new TtlCache<>(Duration.ofMinutes(5), 10_000);

	RecognitionService(RecognitionRepository repository, Registry registry, Terminology terminology,
			RecordAccess access, ResidentIndex residents, AuditLog auditLog, ApplicationEventPublisher events) {
		this.repository = repository;
		this.registry = registry;
		this.terminology = terminology;
		this.access = access;
		this.residents = residents;
		this.auditLog = auditLog;
		this.events = events;
	}

	/**
	 * A reusable result as the doctor sees it; {@code value}/{@code text} null when
	 * withheld.
	 */
	public record Offer(String reference, String institutionCode, String institutionName, Instant at, String display,
			BigDecimal value, String unit, String text, boolean valueShown) {
	}

	/**
	 * The answer: the item, the lookup to decide on, the reusable results (newest first).
	 */
	public record Answer(long lookupId, String residentId, ItemRow item, List<Offer> offers, BigDecimal price) {

		public boolean recognisable() {
			return !offers.isEmpty();
		}

	}

	public List<ItemRow> items() {
		return List.copyOf(catalogue().values());
	}

	public ItemRow item(String code) {
		ItemRow item = code == null ? null : catalogue().get(code);
		if (item == null) {
			throw new BusinessException(RecognitionErrors.UNKNOWN_ITEM, code);
		}
		return item;
	}

	private Map<String, ItemRow> catalogue() {
		Map<String, ItemRow> loaded = itemsByCode;
		if (loaded == null) {
			Map<String, ItemRow> byCode = new LinkedHashMap<>();
			repository.items().forEach(i -> byCode.put(i.code(), i));
			loaded = Collections.unmodifiableMap(byCode);
			itemsByCode = loaded;
		}
		return loaded;
	}

	/**
	 * The item of a LOINC code or of a modality and body site, for orders coded that way.
	 */
	public Optional<ItemRow> itemFor(Set<String> codes) {
		return items().stream()
			.filter(i -> "LAB".equals(i.kind()) ? codes.contains(i.loinc())
					: codes.contains(i.modality()) && codes.contains(i.bodySite()))
			.findFirst();
	}

	@Transactional
	public Answer lookup(String residentId, String itemCode, String orderRef) {
		CurrentUser user = CurrentUsers.get();
		String institution = user.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(RecognitionErrors.NO_INSTITUTION);
		}
		if (residents.find(residentId).isEmpty()) {
			throw new BusinessException(RecognitionErrors.UNKNOWN_RESIDENT, residentId);
		}
		ItemRow row = item(itemCode);
		LocalDate today = PlatformTime.today();
		Reusable found = reusable(residentId, row, institution);
		List<Candidate> reusable = found.candidates();
		List<ResultRow> results = found.results();
		Map<String, Institution> institutions = found.institutions();
		Optional<RecordAccess.Basis> basis = reusable.isEmpty() ? Optional.empty()
				: access.open(residentId, null, "recognition " + itemCode);
		if (basis.isEmpty()) {
			// an opened record has its read in the audit log already (RecordAccess.open)
			auditLog.read("identity:resident", residentId, "recognition lookup " + itemCode);
		}
		Map<String, ResultRow> byRef = results.stream()
			.collect(Collectors.toMap(ResultRow::reference, r -> r, (a, b) -> a));
		List<Offer> offers = reusable.stream().map(c -> {
			ResultRow r = byRef.get(c.reference());
			boolean shown = basis.map(b -> b.seesAllSources()).orElse(false) || institution.equals(c.institution());
			return new Offer(r.reference(), r.institutionCode(), institutions.get(r.institutionCode()).name(),
					r.at().toInstant(), r.display(), shown ? r.value() : null, r.unit(), shown ? r.text() : null,
					shown);
		}).toList();
		long id = repository.newLookup(residentId, itemCode, institution, user.username(), orderRef, offers.size());
		if (!offers.isEmpty()) {
			events.publishEvent(new FactsReported("recognition:offer:" + id, "recognition",
					List.of(new Fact(RecognitionFacts.OFFERED, institution, today, Map.of(Dimensions.ITEM, itemCode),
							BigDecimal.ONE))));
		}
		return new Answer(id, residentId, row, offers, price(row, today));
	}

	/**
	 * Accepts one of the offered results (it must still be reusable) or declines with a
	 * reason from the national list. Once per lookup.
	 * @return the money saved (zero for a decline, or when the item has no catalogue
	 * price)
	 */
	@Transactional
	public BigDecimal decide(long lookupId, boolean accept, String resultReference, DeclineReason reason) {
		CurrentUser user = CurrentUsers.get();
		String institution = user.scope().institutionCode();
		var lookup = repository.lookup(lookupId, institution == null ? "" : institution)
			.orElseThrow(() -> new BusinessException(RecognitionErrors.UNKNOWN_LOOKUP, lookupId));
		if (lookup.decision() != null) {
			throw new BusinessException(RecognitionErrors.DECIDED, lookupId);
		}
		LocalDate today = PlatformTime.today();
		ItemRow item = item(lookup.itemCode());
		BigDecimal saved = BigDecimal.ZERO.setScale(2);
		List<Fact> facts;
		Map<String, String> byItem = Map.of(Dimensions.ITEM, item.code());
		if (accept) {
			List<Candidate> now = reusable(lookup.residentId(), item, institution).candidates();
			if (resultReference == null || now.stream().noneMatch(c -> c.reference().equals(resultReference))) {
				throw new BusinessException(RecognitionErrors.NOT_OFFERED, String.valueOf(resultReference));
			}
			saved = Optional.ofNullable(price(item, today)).orElse(saved);
			facts = List.of(new Fact(RecognitionFacts.ACCEPTED, institution, today, byItem, BigDecimal.ONE),
					new Fact(RecognitionFacts.SAVED, institution, today, byItem, saved));
		}
		else {
			if (reason == null) {
				throw new BusinessException(RecognitionErrors.REASON_REQUIRED);
			}
			facts = List.of(new Fact(RecognitionFacts.DECLINED, institution, today,
					Map.of(Dimensions.ITEM, item.code(), Dimensions.REASON, reason.name()), BigDecimal.ONE));
		}
		if (!repository.decide(lookupId, accept ? "ACCEPT" : "DECLINE", accept ? resultReference : null,
				accept ? null : reason.name(), saved)) {
			throw new BusinessException(RecognitionErrors.DECIDED, lookupId);
		}
		if (lookup.offered() > 0) {
			events.publishEvent(new FactsReported("recognition:decision:" + lookupId, "recognition", facts));
		}
		return saved;
	}

	/**
	 * The results of an item stored for a resident, their institutions, and those
	 * reusable now.
	 */
	private record Reusable(List<ResultRow> results, Map<String, Institution> institutions,
			List<Candidate> candidates) {
	}

	private Reusable reusable(String residentId, ItemRow row, String orderingInstitution) {
		Item item = new Item(row.code(), Kind.valueOf(row.kind()), row.windowDays(), Scope.valueOf(row.scopeKind()),
				row.scopeCode(), row.minLevel());
		// only results the window may still allow: the rules' EXPIRED is the day of the
		// result plus the window
		// before today, so older ones are never offered and need no institution or
		// alliance read
		Instant now = Instant.now();
		LocalDate today = now.atZone(PlatformTime.zone()).toLocalDate();
		List<ResultRow> results = repository.results(residentId, row.code(),
				today.minusDays(row.windowDays()).atStartOfDay(PlatformTime.zone()).toOffsetDateTime());
		Map<String, Institution> institutions = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (ResultRow r : results) {
			Institution inst = institutionCache.get(r.institutionCode(), registry::institution).orElse(null);
			if (inst == null) {
				continue;
			}
			institutions.put(inst.code(), inst);
			LocalDate day = r.at().atZoneSameInstant(PlatformTime.zone()).toLocalDate();
			candidates.add(new Candidate(r.reference(), r.at().toInstant(), r.institutionCode(), inst.grade().level(),
					inst.regionCode(), alliancesOf(r.institutionCode(), day)));
		}
		List<Assessment> assessments = repository.assessments(List.copyOf(institutions.keySet()))
			.stream()
			.map(a -> new Assessment(a.institutionCode(), Kind.valueOf(a.kind()), a.passed(), a.assessedOn(),
					a.validUntil()))
			.toList();
		Set<String> mine = alliancesOf(orderingInstitution, PlatformTime.today());
		return new Reusable(results, institutions,
				RecognitionRules.reusable(item, candidates, assessments, mine, now, PlatformTime.zone()));
	}

	/** The codes of the alliances an institution belonged to on a day. */
	private Set<String> alliancesOf(String institution, LocalDate day) {
		return allianceCache.get(institution + "@" + day,
				key -> registry.alliancesOf(institution, day)
					.stream()
					.map(Alliance::code)
					.collect(Collectors.toUnmodifiableSet()));
	}

	private BigDecimal price(ItemRow item, LocalDate today) {
		if (item.serviceCode() == null) {
			return null;
		}
		return priceCache
			.get(item.serviceCode() + "@" + today,
					key -> terminology.catalogueItem(item.serviceCode(), today).map(CatalogueItem::price))
			.orElse(null);
	}

	/**
	 * Decided and pending lookups that offered a result, of the caller's institution
	 * since a day.
	 */
	public List<RecognitionRepository.Tally> tallies(String institution, LocalDate from) {
		return repository.tallies(institution, from);
	}

}
