package org.sanyi.supervision.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.InsuredContacts;
import org.sanyi.insurance.InsuredDeaths;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.SuspicionRaised;
import org.sanyi.supervision.engine.AuditEngine;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.History;
import org.sanyi.supervision.engine.PopulationRules.ClaimSummary;
import org.sanyi.supervision.engine.PopulationRules.Hit;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.RuleBook;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Stage;
import org.sanyi.supervision.engine.Violation;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit after settlement (事后): every settlement in force of a region's institutions
 * in a period, under the rule book in force on the period's last day, read page by page
 * from insurance's {@link SettledClaims}. A person's claims are audited in date order,
 * each with the person's earlier claims of the period as its history (分解住院, 高频购药). A
 * violation becomes a suspicion unless the same rule already found it on the same
 * settlement and line, under any rules version, so running a period again adds nothing;
 * each page is its own transaction, and reports what it filed to monitoring. Population
 * rules ({@link PopulationAudit}: peer costs, shared phones, overlapping cross-region
 * visits) are fed along the way and their period-wide hits stored at the end. The last
 * transaction sends what is new as audit batches, one per institution
 * ({@link AuditBatchService}); a suspicion a failed run left out of a batch goes into the
 * next run's.
 */
@Service
public class BatchAudit {

	/** Days the hospital has to answer a suspicion. */
	static final int ANSWER_DAYS = 15;

	static final int PAGE = 500;

	private final SettledClaims settled;

	private final RuleBooks books;

	private final SuspicionRepository suspicions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final InsuredContacts contacts;

	private final InsuredDeaths deaths;

	private final SupervisionFacts facts;

	private final AuditBatchRepository batches;

	private final InstitutionProfiles institutions;

	BatchAudit(SettledClaims settled, RuleBooks books, SuspicionRepository suspicions, ApplicationEventPublisher events,
			TransactionTemplate transactions, InsuredContacts contacts, InsuredDeaths deaths, SupervisionFacts facts,
			AuditBatchRepository batches, InstitutionProfiles institutions) {
		this.batches = batches;
		this.institutions = institutions;
		this.facts = facts;
		this.contacts = contacts;
		this.deaths = deaths;
		this.settled = settled;
		this.books = books;
		this.suspicions = suspicions;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * What a run did: claims and lines audited, hits, new suspicions, and the audit
	 * batches they were sent in (one per institution with new ones).
	 */
	public record Outcome(long runId, int claims, long lines, int suspicions, int created, int batches) {
	}

	/**
	 * Audits a region's settlements of a period; {@code today} starts the hospitals'
	 * answer deadline.
	 */
	public Outcome run(String region, LocalDate from, LocalDate to, String by, LocalDate today) {
		return run(region, from, to, Set.of(), by, today);
	}

	/**
	 * Audits a region's settlements of a period with the rules named of the book in force
	 * (every rule when none is named; a name not in the book is refused); {@code today}
	 * starts the hospitals' answer deadline.
	 */
	public Outcome run(String region, LocalDate from, LocalDate to, Set<String> ruleIds, String by, LocalDate today) {
		if (region == null || !RegionCode.isWellFormed(region) || region.length() != 6) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "region", String.valueOf(region));
		}
		if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(1))) {
			throw new BusinessException(SupervisionErrors.INVALID_PERIOD, String.valueOf(from), String.valueOf(to));
		}
		RuleBook inForce = books.forRegion(region, to)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.NO_RULES, region, to.toString()));
		Set<String> known = new java.util.HashSet<>();
		inForce.rules().forEach(r -> known.add(r.ruleId()));
		Set<String> chosen = new java.util.TreeSet<>();
		for (String id : ruleIds) {
			String rule = id == null ? "" : id.strip();
			if (!known.contains(rule)) {
				throw new BusinessException(SupervisionErrors.INVALID_FIELD, "rules", rule);
			}
			chosen.add(rule);
		}
		RuleBook book = inForce.only(chosen);
		String ruleSet = String.join(",", chosen);
		long runId = transactions.execute(
				s -> suspicions.startRun(region, from, to, book.rulesVersion(), book.knowledgeVersion(), ruleSet, by));
		Counter counter = new Counter();
		LocalDate deadline = today.plusDays(ANSWER_DAYS);
		PopulationAudit population = new PopulationAudit(book, contacts);
		String prefix = RegionCode.of(region).prefix();
		List<SettledClaims.Claim> person = new ArrayList<>();
		SettledClaims.Key after = null;
		// 死亡后就医 needs the persons' dates of death: one lookup per page, deaths are few
		boolean afterDeath = book.rules().stream().anyMatch(r -> r.kind() == RuleKind.AFTER_DEATH);
		Map<String, LocalDate> died = new HashMap<>();
		while (true) {
			List<SettledClaims.Claim> page = settled.settled(prefix, from, to, after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			if (afterDeath) {
				died.putAll(deaths.datesOfDeath(page.stream().map(SettledClaims.Claim::personId).distinct().toList()));
			}
			List<List<SettledClaims.Claim>> complete = new ArrayList<>();
			for (SettledClaims.Claim c : page) {
				if (!person.isEmpty() && !person.getFirst().personId().equals(c.personId())) {
					complete.add(person);
					person = new ArrayList<>();
				}
				person.add(c);
			}
			after = page.getLast().key();
			transactions.executeWithoutResult(s -> {
				SupervisionFacts.Filed filed = new SupervisionFacts.Filed();
				complete.forEach(p -> audit(p, book, runId, deadline, counter, population, died, filed));
				facts.filed(filed, "sup:run:" + runId + ":" + (++counter.transactions));
			});
		}
		List<SettledClaims.Claim> last = person;
		transactions.executeWithoutResult(s -> {
			SupervisionFacts.Filed filed = new SupervisionFacts.Filed();
			if (!last.isEmpty()) {
				audit(last, book, runId, deadline, counter, population, died, filed);
			}
			for (Hit hit : population.finish()) {
				store(hit, book, runId, deadline, counter, filed);
			}
			facts.filed(filed, "sup:run:" + runId + ":" + (++counter.transactions));
			counter.batches = batches.send(region, prefix, runId, today, deadline);
			suspicions.finishRun(runId, counter.claims, counter.lines, counter.found, counter.created);
		});
		return new Outcome(runId, counter.claims, counter.lines, counter.found, counter.created, counter.batches);
	}

	private void audit(List<SettledClaims.Claim> claims, RuleBook book, long runId, LocalDate deadline, Counter counter,
			PopulationAudit population, Map<String, LocalDate> died, SupervisionFacts.Filed filed) {
		if (population.active()) {
			List<ClaimSummary> summaries = new ArrayList<>(claims.size());
			claims.forEach(c -> summaries.add(PopulationAudit.summary(c, institutions.type(c.institutionCode()))));
			for (Hit hit : population.person(summaries)) {
				store(hit, book, runId, deadline, counter, filed);
			}
		}
		List<SettledClaims.Claim> ordered = new ArrayList<>(claims);
		ordered.sort(
				Comparator.comparing(SettledClaims.Claim::admission).thenComparing(SettledClaims.Claim::settlementId));
		List<History.Stay> stays = new ArrayList<>();
		List<History.Purchase> purchases = new ArrayList<>();
		for (SettledClaims.Claim settledClaim : ordered) {
			Claim claim = ClaimMapping.claim(settledClaim, institutions.type(settledClaim.institutionCode()))
				.withDeathDate(died.get(settledClaim.personId()));
			counter.claims++;
			counter.lines += claim.lines().size();
			List<Violation> found = AuditEngine.audit(book, claim, new History(stays, purchases), Stage.POST);
			SuspicionRepository.ClaimRef ref = new SuspicionRepository.ClaimRef(settledClaim.settlementId(),
					settledClaim.visitId(), settledClaim.personId(), settledClaim.institutionCode(),
					settledClaim.institutionRegion(), settledClaim.settled(), settledClaim.doctor());
			for (Violation v : found) {
				store(ref, v, book, runId, deadline, counter, filed);
			}
			if (claim.scene() == Scene.INPATIENT) {
				stays.add(
						new History.Stay(claim.visitId(), claim.admission(), claim.discharge(), claim.mainDiagnosis()));
			}
			for (ClaimLine line : claim.lines()) {
				if (line.kind().drug()) {
					purchases.add(new History.Purchase(claim.visitId(), line.code(), line.date(), line.daysSupplied()));
				}
			}
		}
	}

	private void store(Hit hit, RuleBook book, long runId, LocalDate deadline, Counter counter,
			SupervisionFacts.Filed filed) {
		ClaimSummary c = hit.claim();
		store(new SuspicionRepository.ClaimRef(c.settlementId(), c.visitId(), c.personId(), c.institution(),
				c.institutionRegion(), c.settled(), c.doctor() == null ? "" : c.doctor()), hit.violation(), book, runId,
				deadline, counter, filed);
	}

	private void store(SuspicionRepository.ClaimRef ref, Violation v, RuleBook book, long runId, LocalDate deadline,
			Counter counter, SupervisionFacts.Filed filed) {
		counter.found++;
		Optional<Long> id = suspicions.insertIfNew(runId, book.rulesVersion(), ref, v, deadline);
		id.ifPresent(suspicionId -> {
			counter.created++;
			filed.add(suspicionId, ref, v);
			events.publishEvent(
					new SuspicionRaised(suspicionId, ref.settlementId(), ref.institutionCode(), ref.institutionRegion(),
							v.ruleId(), v.kind().name(), v.result() == ResultType.DEFINITE, v.amount(), ref.settled()));
		});
	}

	private static final class Counter {

		int claims;

		long lines;

		int found;

		int created;

		int batches;

		/** Transactions that filed, for the keys of their fact reports. */
		int transactions;

	}

}
