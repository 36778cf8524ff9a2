package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.InsuranceAdmin.ActivityResult;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.catalogue.InsuranceCatalogueRepository;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.PolicyBook;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.person.Persons.Identity;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.VisitService.UploadedLine;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.insurance.ledger.Ledger;
import org.sanyi.insurance.ledger.LedgerRepository;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles recorded (finished) visits in bulk, through the same engine, classification,
 * row building, ledger postings and events as the gateway, but with the year-to-date
 * totals and balances kept in memory between visits and every row written in batches at
 * the end, in one transaction. Visits are settled in the order they ended, so each one
 * sees the totals of the ones before it. A visit the engine refuses (person not enrolled
 * that year, no policy in force) is counted and skipped. Meant for loading history while
 * nobody else settles.
 */
@Component
public class RecordedActivity {

	private static final Logger log = LoggerFactory.getLogger(RecordedActivity.class);

	private final SettlementEngine engine = new SettlementEngine();

	private final PersonRepository persons;

	private final VisitRepository visits;

	private final VisitService visitService;

	private final SettlementRepository settlements;

	private final AccumulatorRepository accumulators;

	private final LedgerRepository ledger;

	private final InsuranceCatalogueRepository catalogue;

	private final PolicyService policies;

	private final InstitutionDirectory institutions;

	private final Ids ids;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	RecordedActivity(PersonRepository persons, VisitRepository visits, VisitService visitService,
			SettlementRepository settlements, AccumulatorRepository accumulators, LedgerRepository ledger,
			InsuranceCatalogueRepository catalogue, PolicyService policies, InstitutionDirectory institutions, Ids ids,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.persons = persons;
		this.visits = visits;
		this.visitService = visitService;
		this.settlements = settlements;
		this.accumulators = accumulators;
		this.ledger = ledger;
		this.catalogue = catalogue;
		this.policies = policies;
		this.institutions = institutions;
		this.ids = ids;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	public ActivityResult settle(List<RecordedVisit> recorded) {
		return transaction.execute(status -> settleInTransaction(recorded));
	}

	private ActivityResult settleInTransaction(List<RecordedVisit> recorded) {
		long start = System.nanoTime();
		List<RecordedVisit> ordered = new ArrayList<>(recorded);
		ordered.sort(Comparator.comparing(RecordedVisit::end));
		Set<String> psnNos = new LinkedHashSet<>();
		ordered.forEach(v -> psnNos.add(v.psnNo()));
		Map<String, Person> people = persons.findAll(psnNos);
		Map<String, List<Identity>> identities = persons.identitiesOf(psnNos);
		Set<String> enrolled = persons.activeEnrolments(psnNos);
		Map<String, BigDecimal> balances = persons.balances(psnNos);
		Map<String, Map<String, BigDecimal>> totals = accumulators.readAll(psnNos);
		Map<String, CatalogueItem> items = new HashMap<>();
		catalogue.all().forEach(item -> items.put(item.code(), item));
		PolicyBook book = policies.book();
		long[] idBlock = ids.block(Math.max(1, 2 * ordered.size()));
		long[] lineIds = ids.block(Math.max(1, ordered.stream().mapToInt(v -> v.lines().size()).sum()));
		Batch batch = new Batch();
		int next = 0;
		int nextLine = 0;
		int refused = 0;
		for (RecordedVisit v : ordered) {
			long visitSerial = idBlock[next++];
			long setlSerial = idBlock[next++];
			long[] myLines = java.util.Arrays.copyOfRange(lineIds, nextLine, nextLine + v.lines().size());
			nextLine += v.lines().size();
			Person person = people.get(v.psnNo());
			Optional<InstitutionInfo> at = institutions.find(v.institutionCode());
			LocalDate date = v.end().toLocalDate();
			if (person == null || at.isEmpty()
					|| !enrolled.contains(v.psnNo() + "|" + v.insutype() + "|" + date.getYear())) {
				refused++;
				continue;
			}
			try {
				settleOne(v, person, at.get(), identities.getOrDefault(v.psnNo(), List.of()), balances, totals, items,
						book, visitSerial, setlSerial, myLines, batch);
			}
			catch (BusinessException ex) {
				refused++;
			}
		}
		long computed = System.nanoTime();
		visits.insertAll(batch.visits);
		visits.insertDiagnoses(batch.diagnoses);
		visits.insertLines(batch.lines);
		settlements.insertAll(batch.settlements, batch.settledLines);
		long entries = ledger.postAll(batch.postings);
		ledger.clearing(batch.settlements);
		List<Object[]> accumulatorRows = new ArrayList<>();
		for (String key : batch.touched) {
			String[] parts = key.split("\\|");
			accumulatorRows
				.add(new Object[] { parts[0], parts[1], Integer.parseInt(parts[2]), Json.write(totals.get(key)) });
		}
		accumulators.upsertAll(accumulatorRows);
		Map<String, BigDecimal> changed = new HashMap<>();
		batch.debited.forEach(psn -> changed.put(psn, balances.get(psn)));
		persons.setBalances(changed);
		batch.completed.forEach(events::publishEvent);
		log.info("Recorded activity: {} settled, {} refused, {} ledger entries (engine {} ms, stored {} ms)",
				batch.settlements.size(), refused, entries, (computed - start) / 1_000_000,
				(System.nanoTime() - computed) / 1_000_000);
		return new ActivityResult(batch.settlements.size(), refused, entries);
	}

	private void settleOne(RecordedVisit v, Person person, InstitutionInfo at, List<Identity> identities,
			Map<String, BigDecimal> balances, Map<String, Map<String, BigDecimal>> totals,
			Map<String, CatalogueItem> items, PolicyBook book, long visitSerial, long setlSerial, long[] lineIds,
			Batch batch) {
		LocalDate date = v.end().toLocalDate();
		boolean inpatient = v.medType().startsWith("2");
		String visitId = Ids.format('M', at.poolingRegion(), v.begin().toLocalDate(), visitSerial);
		String setlId = Ids.format('S', at.poolingRegion(), date, setlSerial);
		Diagnosis main = v.diagnoses().isEmpty() ? null : v.diagnoses().getFirst();
		String disease = main == null ? null : main.code();
		if (v.medType().startsWith("14") && main != null) {
			disease = main.code().substring(0, 3);
		}
		VisitRow visit = new VisitRow(visitId, person.psnNo(), v.insutype(), at.code(), at.name(), at.region(),
				at.hospitalLevel(), at.poolingRegion(), person.insuredRegion(), inpatient ? "INPATIENT" : "OUTPATIENT",
				v.medType(), (inpatient ? "ZY" : "MZ") + visitSerial, v.begin(), inpatient ? v.end() : null, "02",
				person.certNo(), disease, main == null ? null : main.name(), v.doctorCode(), null, null, null, null,
				null, inpatient ? "1" : null, VisitStatus.SETTLED, null);
		List<UploadedLine> uploaded = new ArrayList<>();
		int sn = 0;
		for (RecordedLine line : v.lines()) {
			BigDecimal amount = line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
			uploaded.add(new UploadedLine(String.valueOf(++sn), inpatient ? null : "B1", line.code(), null, null,
					line.unitPrice(), line.quantity(), amount, line.chargedAt(v.begin()), null, null, null,
					line.prdDays(), v.externalRx()));
		}
		List<FeeLineRow> lines = visitService.classify(uploaded, visitId, null, lineIds, items);
		String key = person.psnNo() + "|" + v.insutype() + "|" + date.getYear();
		Map<String, BigDecimal> before = totals.getOrDefault(key, Map.of());
		BigDecimal balance = balances.get(person.psnNo());
		Settlement settlement = engine.settle(
				book.inForce(org.sanyi.shared.RegionCode.of(person.insuredRegion()),
						org.sanyi.insurance.engine.Insutype.ofCode(v.insutype()), date),
				AccumulatorCodec.fromMap(date.getYear(), before),
				SettlementAssembler.engineVisit(visit, person, identities, v.medType(), date,
						v.useAccount() && balance != null && balance.signum() > 0, balance, null,
						MedType.PHARMACY.code().equals(v.medType()) ? v.externalRx() : null),
				SettlementAssembler.engineLines(lines));
		Map<String, BigDecimal> after = AccumulatorCodec.toMap(settlement.accumulatorsAfter());
		List<String> codes = v.diagnoses().stream().map(Diagnosis::code).toList();
		SettlementRow row = SettlementAssembler.row(setlId, settlement, visit, person, codes,
				v.end().atZone(InsuranceConfiguration.ZONE).toOffsetDateTime(), date,
				AccumulatorCodec.delta(before, after), SettlementAssembler.RECORDED_MSGID + setlSerial, null);
		totals.put(key, after);
		batch.touched.add(key);
		if (settlement.accountPay().amount().signum() > 0) {
			balances.put(person.psnNo(), settlement.accountBalanceAfter().amount());
			batch.debited.add(person.psnNo());
		}
		batch.visits.add(visit);
		List<Visits.Diagnosis> diagnoses = new ArrayList<>();
		for (int i = 0; i < v.diagnoses().size(); i++) {
			Diagnosis d = v.diagnoses().get(i);
			diagnoses.add(new Visits.Diagnosis(i + 1, "1", i == 0, d.code(), d.name(), null, null, null, v.begin()));
		}
		for (Visits.Diagnosis d : diagnoses) {
			batch.diagnoses.add(new VisitRepository.StagedDiagnosis(visitId, inpatient ? "2402" : "2203", d));
		}
		for (FeeLineRow line : lines) {
			batch.lines.add(new FeeLineRow(line.id(), line.visitId(), line.lineNo(), line.batchNo(), line.code(),
					line.hospitalCode(), line.itemName(), line.chargeType(), line.price(), line.quantity(),
					line.amount(), line.occurredAt(), line.deptCode(), line.doctorCode(), line.catalogueClass(),
					line.selfPayRatio(), line.priceCap(), line.fullOwnPay(), line.overLimit(), line.preSelfPay(),
					line.inScope(), "ACTIVE", setlId, null, line.days(), line.externalRx()));
		}
		batch.settlements.add(row);
		batch.completed.add(SettlementAssembler.completed(row, lines, person, true, true));
		batch.settledLines.put(setlId, lineIds);
		batch.postings
			.add(Ledger.settlement(setlId, date, settlement, at.code(), at.poolingRegion(), person.insuredRegion()));
	}

	/** Everything to write at the end. */
	private static final class Batch {

		final List<VisitRow> visits = new ArrayList<>();

		final List<VisitRepository.StagedDiagnosis> diagnoses = new ArrayList<>();

		final List<FeeLineRow> lines = new ArrayList<>();

		final List<SettlementRow> settlements = new ArrayList<>();

		final List<org.sanyi.insurance.SettlementCompleted> completed = new ArrayList<>();

		final Map<String, long[]> settledLines = new HashMap<>();

		final List<Ledger.Posting> postings = new ArrayList<>();

		final Set<String> touched = new LinkedHashSet<>();

		final Set<String> debited = new LinkedHashSet<>();

	}

}
