package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettlementGuard;
import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.settlement.AccumulatorRepository.Totals;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.insurance.ledger.Ledger;
import org.sanyi.insurance.ledger.LedgerRepository;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Settles visits and reverses settlements, inside the caller's transaction (the
 * gateway's, which also stores the message). A settlement locks the visit and the
 * person's year-to-date row, prices the visit with the engine and the policy version in
 * force, then writes settlement, fund rows, totals, account debit, ledger and clearing,
 * and publishes {@link org.sanyi.insurance.SettlementCompleted}. A reversal does the
 * opposite and publishes {@link org.sanyi.insurance.SettlementReversed}.
 */
@Service
public class SettlementService {

	private final SettlementEngine engine = new SettlementEngine();

	private final VisitRepository visits;

	private final PersonRepository persons;

	private final AccumulatorRepository accumulators;

	private final SettlementRepository settlements;

	private final LedgerRepository ledger;

	private final PolicyService policies;

	private final Ids ids;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReferralContexts referrals;

	private final List<SettlementGuard> guards;

	private final PharmacyPurchases pharmacyPurchases;

	SettlementService(VisitRepository visits, PersonRepository persons, AccumulatorRepository accumulators,
			SettlementRepository settlements, LedgerRepository ledger, PolicyService policies, Ids ids,
			ApplicationEventPublisher events, Clock insuranceClock, ReferralContexts referrals,
			List<SettlementGuard> guards, PharmacyPurchases pharmacyPurchases) {
		this.pharmacyPurchases = pharmacyPurchases;
		this.referrals = referrals;
		this.guards = List.copyOf(guards);
		this.visits = visits;
		this.persons = persons;
		this.accumulators = accumulators;
		this.settlements = settlements;
		this.ledger = ledger;
		this.policies = policies;
		this.ids = ids;
		this.events = events;
		this.clock = insuranceClock;
	}

	/**
	 * What to settle.
	 *
	 * @param institution the calling institution
	 * @param visitId {@code mdtrt_id}
	 * @param psnNo {@code psn_no}
	 * @param insutype {@code insutype}
	 * @param certType {@code mdtrt_cert_type}
	 * @param certNo {@code mdtrt_cert_no}: must be the person's own certificate of that
	 * type
	 * @param medType {@code med_type} from the input; the visit's (2203/2401/2403) when
	 * {@code null}; either must be of the visit's kind
	 * @param medicalFees {@code medfee_sumamt}: must equal the lines being settled
	 * @param batchNo {@code chrg_bchno} of outpatient lines; {@code null} or {@code 0000}
	 * = all
	 * @param useAccount {@code acct_used_flag}: the personal account may pay (a person
	 * without one pays 0 from it)
	 * @param msgid the message
	 * @param invoiceNo {@code invono}
	 */
	public record SettleRequest(String institution, String visitId, String psnNo, String insutype, String certType,
			String certNo, String medType, BigDecimal medicalFees, String batchNo, boolean useAccount, String msgid,
			String invoiceNo) {
	}

	/**
	 * A settlement (or pre-settlement) with the person it was for, as the answer shows
	 * them.
	 */
	public record Result(SettlementRow row, Person person) {
	}

	/** 2206/2303: prices the visit as 2207/2304 would, writes nothing. */
	public Result preSettle(SettleRequest request, String infno) {
		VisitRow visit = visits.find(request.visitId(), request.institution())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_VISIT, request.visitId()));
		checkVisit(visit, request, infno, false);
		Totals totals = accumulators.read(visit.psnNo(), visit.insutype(), today().getYear());
		Priced priced = price(visit, visits.diagnosisCodes(visit.visitId()), request, totals, null);
		return new Result(priced.row(), priced.person());
	}

	/**
	 * 2303 with {@code mid_setl_flag 1}: prices an interim settlement of an admitted
	 * patient, writes nothing.
	 */
	public Result preSettleInterim(SettleRequest request, String infno) {
		VisitRow visit = visits.find(request.visitId(), request.institution())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_VISIT, request.visitId()));
		checkVisit(visit, request, infno, true);
		Totals totals = accumulators.read(visit.psnNo(), visit.insutype(), today().getYear());
		Priced priced = price(visit, visits.diagnosisCodes(visit.visitId()), request, totals, null);
		return new Result(priced.row(), priced.person());
	}

	/**
	 * 2304 with {@code mid_setl_flag 1} (中途结算): settles the lines uploaded so far of a
	 * patient still in hospital, who stays admitted; the next settlement of the admission
	 * (interim or at discharge) continues it: the admission is counted once and its
	 * deductible borne once (see {@code Visit#deductibleBorneThisAdmission}).
	 */
	public Result settleInterim(SettleRequest request, String infno) {
		return settle(request, infno, true, false);
	}

	/**
	 * 2207/2304: settles and posts. Locks the visit (with its diagnoses) and the person's
	 * year-to-date row, so settlements of one visit or of one person and year run one
	 * after the other.
	 */
	public Result settle(SettleRequest request, String infno) {
		return settle(request, infno, false, false);
	}

	/**
	 * A settlement another part of the platform makes live, in the transaction that
	 * opened the visit ({@code LiveVisits}): the same as {@link #settle}, with the guards
	 * told that no 3101/3102 can have been sent for the visit.
	 */
	Result settleLive(SettleRequest request, String infno) {
		return settle(request, infno, false, true);
	}

	private Result settle(SettleRequest request, String infno, boolean interim, boolean live) {
		VisitRepository.LockedVisit locked = visits.lockWithDiagnoses(request.visitId(), request.institution())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_VISIT, request.visitId()));
		VisitRow visit = locked.visit();
		// before the year-to-date row is locked: a replayed or refused settlement of a
		// settled visit stops here
		checkVisit(visit, request, infno, interim);
		LocalDate date = today();
		Totals totals = accumulators.lock(visit.psnNo(), visit.insutype(), date.getYear());
		String setlId = ids.settlementId(visit.treatmentRegion(), date);
		Priced priced = price(visit, locked.diagnosisCodes(), request, totals, setlId);
		SettlementRow row = priced.row();
		// every posting settlement, from the gateway or live, passes the other modules'
		// guards (fund supervision's holds) here, before anything is written
		if (!guards.isEmpty()) {
			SettlementGuard.Pending pending = new SettlementGuard.Pending(visit.institution(),
					visit.institutionRegion(), visit.visitId(), infno, live, pendingClaim(row, visit, priced));
			for (SettlementGuard guard : guards) {
				guard.beforeSettlement(pending);
			}
		}
		if (!accumulators.update(visit.psnNo(), visit.insutype(), date.getYear(),
				AccumulatorCodec.toMap(priced.settlement().accumulatorsAfter()), totals.version())) {
			throw new IllegalStateException("year-to-date totals of " + visit.psnNo() + " changed under a lock");
		}
		if (row.accountPay().signum() > 0 && persons.debit(row.psnNo(), row.accountPay()).isEmpty()) {
			throw new BusinessException(InsuranceErrors.ACCOUNT_CHANGED, row.accountPay().toPlainString());
		}
		settlements.insertAll(List.of(row), Map.of());
		referrals.record(setlId, priced.settlement());
		long[] lineIds = priced.lines().stream().mapToLong(FeeLineRow::id).toArray();
		if (interim) {
			visits.settleLinesOnly(setlId, lineIds);
		}
		else {
			visits.settle(visit.visitId(), setlId, lineIds);
		}
		ledger.post(Ledger.settlement(setlId, date, priced.settlement(), visit.institution(), visit.treatmentRegion(),
				row.insuredRegion()));
		if (row.crossRegion()) {
			ledger.clearing(List.of(row));
		}
		events.publishEvent(SettlementAssembler.completed(row, priced.lines(), priced.person(), !interim, false));
		return new Result(row, priced.person());
	}

	/** 2208/2305 (and 2601 of a 2207/2304): reverses a settlement of the institution. */
	public SettlementRow reverse(String institution, String setlId, String visitId, String psnNo, String msgid,
			String infno) {
		SettlementRow found = settlements.find(setlId, institution)
			.filter(s -> !"REVERSAL".equals(s.status()))
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_SETTLEMENT, setlId));
		if ((visitId != null && !visitId.equals(found.visitId())) || (psnNo != null && !psnNo.equals(found.psnNo()))) {
			throw new BusinessException(InsuranceErrors.UNKNOWN_SETTLEMENT, setlId);
		}
		VisitRow visit = visits.lock(found.visitId(), institution).orElseThrow();
		SettlementRow original = settlements.lock(setlId, institution).orElseThrow();
		if (!"SETTLED".equals(original.status())) {
			throw new BusinessException(InsuranceErrors.SETTLEMENT_REVERSED, setlId);
		}
		List<VisitRepository.Standing> standing = visits.standingSettlements(visit.visitId());
		if (!standing.isEmpty() && !standing.getLast().setlId().equals(setlId)) {
			// a later part of the admission was priced on this one's deductible: undo in
			// reverse order
			throw new BusinessException(InsuranceErrors.LATER_SETTLEMENT_STANDS, setlId, standing.getLast().setlId());
		}
		// read before the lines are freed and the visit reopened: what the reversed
		// settlement covered and whether it
		// ended the visit, so that the event takes back exactly what the settlement's
		// event reported
		List<FeeLineRow> covered = visits.settledLines(setlId);
		boolean closedVisit = visit.status() == VisitStatus.SETTLED;
		int year = original.settlementDate().getYear();
		Totals totals = accumulators.lock(original.psnNo(), original.insutype(), year);
		Map<String, BigDecimal> reduced = AccumulatorCodec.add(totals.values(), original.accumDelta(), -1);
		if (reduced.values().stream().anyMatch(v -> v.signum() < 0)
				|| !accumulators.update(original.psnNo(), original.insutype(), year, reduced, totals.version())) {
			throw new IllegalStateException("cannot reduce the year-to-date totals of " + original.psnNo());
		}
		BigDecimal balance = original.accountPay().signum() > 0
				? persons.credit(original.psnNo(), original.accountPay())
				: persons.balance(original.psnNo()).orElse(BigDecimal.ZERO);
		LocalDate date = today();
		String reversalId = ids.settlementId(original.treatmentRegion(), date);
		SettlementRow reversal = SettlementAssembler.reversal(original, reversalId, OffsetDateTime.now(clock), date,
				balance, msgid);
		settlements.insertAll(List.of(reversal), Map.of());
		settlements.markReversed(setlId, reversalId);
		visits.free(setlId);
		if (visit.status() == VisitStatus.SETTLED) {
			visits.setStatus(visit.visitId(), VisitStatus.reopened(visit.inpatient()));
		}
		ledger.post(new Ledger.Posting(setlId, "SETTLEMENT", original.settlementDate(), ledger.entriesOf(setlId))
			.reversedAs(reversalId, date));
		ledger.clearing(List.of(reversal));
		Person person = persons.find(original.psnNo()).orElseThrow();
		events.publishEvent(SettlementAssembler.reversed(original, reversal, infno, covered, person, closedVisit));
		return reversal;
	}

	public Optional<SettlementRow> postedBy(String msgid, String institution) {
		return settlements.findPostedBy(msgid, institution);
	}

	private record Priced(SettlementRow row, Settlement settlement, List<FeeLineRow> lines, Person person) {
	}

	/**
	 * Prices a visit the caller checked ({@link #checkVisit}) with the totals it read or
	 * locked.
	 */
	private Priced price(VisitRow visit, List<String> diagnoses, SettleRequest request, Totals totals, String setlId) {
		List<FeeLineRow> lines = visits.unsettledLines(visit.visitId(),
				"0000".equals(request.batchNo()) ? null : request.batchNo());
		if (lines.isEmpty()) {
			throw new BusinessException(InsuranceErrors.NO_FEE_LINES);
		}
		BigDecimal sum = lines.stream().map(FeeLineRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (request.medicalFees() == null || sum.compareTo(request.medicalFees()) != 0) {
			throw new BusinessException(InsuranceErrors.TOTAL_MISMATCH, String.valueOf(request.medicalFees()),
					sum.toPlainString());
		}
		LocalDate date = today();
		PersonRepository.Context context = persons.context(visit.psnNo(), visit.insutype(), date.getYear())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_PERSON, visit.psnNo()));
		Person person = context.person();
		if (context.enrolment() == null || !context.enrolment().active()) {
			throw new BusinessException(InsuranceErrors.NOT_ENROLLED, person.psnNo(), String.valueOf(date.getYear()),
					visit.insutype());
		}
		Certificates.requireOwn(request.certType(), request.certNo(), person);
		String medType = request.medType() != null ? request.medType() : visit.medType();
		if (medType == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, "med_type");
		}
		// also for a med_type stored before the visit's kind was enforced at 2203/2401
		VisitKinds.requireMedType(medType, visit.inpatient());
		String prescription = pharmacyPurchases.prescription(visit, medType, lines, OffsetDateTime.now(clock));
		PolicyVersion policy = policies.inForce(person.insuredRegion(), visit.insutype(), date);
		Accumulators before = AccumulatorCodec.fromMap(date.getYear(), totals.values());
		org.sanyi.insurance.engine.Visit engineVisit = SettlementAssembler.engineVisit(visit, person,
				context.identities(), medType, date, request.useAccount(), context.balance(),
				visit.inpatient() ? deductibleBorne(visit, date) : null, prescription);
		if (visit.inpatient() && policy.referral().any()) {
			engineVisit = engineVisit.withReferral(referrals.of(visit, person, date));
		}
		Settlement settlement = engine.settle(policy, before, engineVisit, SettlementAssembler.engineLines(lines));
		Map<String, BigDecimal> delta = AccumulatorCodec.delta(totals.values(),
				AccumulatorCodec.toMap(settlement.accumulatorsAfter()));
		LocalDate end = visit.end() != null ? visit.end().toLocalDate() : date;
		SettlementRow row = SettlementAssembler.row(setlId, settlement, visit, person, diagnoses,
				OffsetDateTime.now(clock), end, delta, request.msgid(), request.invoiceNo());
		return new Priced(row, settlement, lines, person);
	}

	/** The visit as the guards see it: what this settlement would pay. */
	private static SettledClaims.Claim pendingClaim(SettlementRow row, VisitRow visit, Priced priced) {
		List<SettledClaims.Line> lines = priced.lines()
			.stream()
			.map(l -> new SettledClaims.Line(l.lineNo(), l.code(), l.itemName() == null ? "" : l.itemName(),
					l.hospitalCode() == null ? "" : l.hospitalCode(), l.chargeType() == null ? "14" : l.chargeType(),
					l.occurredAt() == null ? null : l.occurredAt().toLocalDate(), l.quantity(), l.price(), l.amount(),
					l.doctorCode() == null ? "" : l.doctorCode(), l.deptCode() == null ? "" : l.deptCode(),
					l.days() == null ? 0 : l.days()))
			.toList();
		List<String> diagnoses = row.diagnosisCodes() == null || row.diagnosisCodes().isBlank() ? List.of()
				: List.of(row.diagnosisCodes().split(","));
		return new SettledClaims.Claim(row.setlId(), visit.visitId(), row.psnNo(), priced.person().sex(),
				priced.person().birthDate(), visit.institution(), visit.institutionRegion(), row.hospitalLevel(),
				row.medType(), row.crossRegion(), row.beginDate(), row.endDate(), row.settlementDate(),
				visit.doctorCode() == null ? "" : visit.doctorCode(), diagnoses, lines, row.insutype());
	}

	/**
	 * The deductible the standing earlier parts of this admission bore in the
	 * settlement's year, or {@code null} when this is its first settlement of the year.
	 * Parts of an earlier year (a stay across the new year) do not carry over: the new
	 * year's part is the year's admission, with its own deductible (跨年度分段结算).
	 */
	private BigDecimal deductibleBorne(VisitRow visit, LocalDate date) {
		List<VisitRepository.Standing> parts = visits.standingSettlements(visit.visitId())
			.stream()
			.filter(p -> p.date().getYear() == date.getYear())
			.toList();
		return parts.isEmpty() ? null
				: parts.stream().map(VisitRepository.Standing::deductible).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static void checkVisit(VisitRow visit, SettleRequest request, String infno, boolean interim) {
		if (!visit.psnNo().equals(request.psnNo())
				|| (request.insutype() != null && !visit.insutype().equals(request.insutype()))) {
			throw new BusinessException(InsuranceErrors.VISIT_PERSON_MISMATCH, visit.visitId(), request.psnNo(),
					request.insutype());
		}
		boolean inpatientTxn = infno.startsWith("23");
		// an interim settlement leaves the admission admitted; any other one settles the
		// visit
		boolean ready = interim ? visit.status() == VisitStatus.ADMITTED
				: visit.status().canBecome(VisitStatus.SETTLED);
		if (visit.inpatient() != inpatientTxn || !ready) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visit.visitId(), status(visit.status()), infno);
		}
	}

	static DefaultMessageSourceResolvable status(VisitStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "insurance.visit.status." + status }, status.name());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
