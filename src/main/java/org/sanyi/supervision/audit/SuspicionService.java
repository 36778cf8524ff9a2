package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.FundAdjustments;
import org.sanyi.insurance.FundAdjustments.Adjustment;
import org.sanyi.insurance.FundAdjustments.NewAdjustment;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.DeductionDecided;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.SuspicionDecided;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case of a suspicion: the hospital's 医保办 accepts it or appeals with a reason before
 * the deadline, only for its own institution; the bureau upholds it (the whole amount or
 * part of it) or dismisses it. Data scope applies to every read and write; a suspicion
 * outside it is "not found". An upheld amount is deducted (扣款) from what the funds owe
 * the institution through insurance's {@link FundAdjustments} in the same transaction
 * (its key {@code SUP-DED-<id>} makes it post once); a re-review may reverse the
 * decision, which posts the compensating entries.
 */
@Service
public class SuspicionService {

	private final SuspicionRepository suspicions;

	private final ApplicationEventPublisher events;

	private final FundAdjustments adjustments;

	private final SettledClaims claims;

	private final SupervisionFacts facts;

	private final AuditBatchRepository batches;

	SuspicionService(SuspicionRepository suspicions, ApplicationEventPublisher events, FundAdjustments adjustments,
			SettledClaims claims, SupervisionFacts facts, AuditBatchRepository batches) {
		this.batches = batches;
		this.suspicions = suspicions;
		this.events = events;
		this.adjustments = adjustments;
		this.claims = claims;
		this.facts = facts;
	}

	/** The lines of an audit batch in the scope, the largest amount first. */
	public Page<SuspicionRow> ofBatch(long batchId, DataScope scope, String status, PageQuery page) {
		return suspicions.page(scope, "", text(status), "", batchId, page);
	}

	public Page<SuspicionRow> page(DataScope scope, String institution, String status, String ruleId, PageQuery page) {
		return suspicions.page(scope, text(institution), text(status), text(ruleId), 0, page);
	}

	/**
	 * What the audits found on a doctor's settlements (医保医师代码, the HIS's
	 * {@code atddr_no}), in the caller's scope, the latest 200 first: what the doctor's
	 * "why was this flagged" page shows.
	 */
	public List<SuspicionRow> ofDoctor(String doctor, DataScope scope) {
		String code = text(doctor);
		if (!code.matches("[A-Za-z0-9]{1,30}")) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "doctor", code);
		}
		return suspicions.ofDoctor(scope, code, 200);
	}

	public SuspicionRow get(long id, DataScope scope) {
		return suspicions.find(id, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id));
	}

	/**
	 * The hospital answers: accept, or appeal with a reason; only its own suspicions,
	 * only before the deadline.
	 */
	@Transactional
	public void answer(long id, boolean accept, String reason, String by, DataScope scope, LocalDate today) {
		if (scope.kind() != DataScope.Kind.INSTITUTION) {
			throw new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id);
		}
		SuspicionRow row = suspicions.findForUpdate(id, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id));
		if (row.status() != SuspicionStatus.OPEN) {
			throw new BusinessException(SupervisionErrors.SUSPICION_STATE, id, row.status().name());
		}
		if (today.isAfter(row.answerDeadline())) {
			throw new BusinessException(SupervisionErrors.ANSWER_TOO_LATE, id, row.answerDeadline().toString());
		}
		String note = text(reason);
		if (!accept && note.isEmpty()) {
			throw new BusinessException(SupervisionErrors.APPEAL_REASON_REQUIRED);
		}
		if (note.length() > 1000) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "reason", note.substring(0, 20) + "…");
		}
		suspicions.answer(id, accept ? SuspicionStatus.ACCEPTED : SuspicionStatus.APPEALED, note, by);
	}

	/**
	 * The bureau decides: upheld with an amount up to the amount in question (the whole
	 * amount when {@code null}), or dismissed. An open suspicion can be decided once its
	 * deadline has passed without an answer.
	 */
	@Transactional
	public void decide(long id, boolean uphold, BigDecimal amount, String note, String by, DataScope scope,
			LocalDate today) {
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			throw new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id);
		}
		SuspicionRow row = suspicions.findForUpdate(id, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id));
		SuspicionStatus next = uphold ? SuspicionStatus.UPHELD : SuspicionStatus.DISMISSED;
		boolean waiting = row.status() == SuspicionStatus.OPEN && !today.isAfter(row.answerDeadline());
		if (!row.status().canBecome(next) || waiting) {
			throw new BusinessException(SupervisionErrors.SUSPICION_STATE, id, row.status().name());
		}
		BigDecimal upheld = BigDecimal.ZERO.setScale(2);
		if (uphold) {
			upheld = amount == null ? row.amount() : amount;
			if (upheld.signum() <= 0 || upheld.scale() > 2 || upheld.compareTo(row.amount()) > 0) {
				throw new BusinessException(SupervisionErrors.INVALID_FIELD, "amount", upheld.toPlainString());
			}
			upheld = upheld.setScale(2);
			withinFee(row, upheld);
		}
		suspicions.decide(id, next, upheld, text(note), by);
		batches.closeIfDecided(id);
		events.publishEvent(new SuspicionDecided(id, row.fixmedinsCode(), row.fixmedinsRegion(), row.ruleId(), uphold,
				upheld, today));
		if (uphold) {
			String key = deductionKey(id);
			Adjustment posted = adjustments.post(new NewAdjustment(key, FundAdjustments.Kind.DEDUCTION,
					row.fixmedinsCode(), row.setlId(), null, upheld, today, reason(row), by));
			suspicions.recordDeduction(id, key, posted.txnId());
			events.publishEvent(new DeductionDecided(id, row.fixmedinsCode(), row.fixmedinsRegion(), row.ruleId(),
					upheld, false, posted.txnId(), today));
			facts.deducted(id, row.fixmedinsCode(), row.ruleId(), upheld, today, false);
		}
	}

	/**
	 * A re-review (复核, e.g. after the hospital's further appeal) takes an upheld decision
	 * back: the suspicion becomes REVERSED and its deduction is reversed in the ledger.
	 */
	@Transactional
	public void reverse(long id, String note, String by, DataScope scope, LocalDate today) {
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			throw new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id);
		}
		SuspicionRow row = suspicions.findForUpdate(id, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, id));
		if (!row.status().canBecome(SuspicionStatus.REVERSED)) {
			throw new BusinessException(SupervisionErrors.SUSPICION_STATE, id, row.status().name());
		}
		String why = text(note);
		if (why.isEmpty()) {
			throw new BusinessException(SupervisionErrors.REVERSAL_REASON_REQUIRED);
		}
		if (why.length() > 500) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "note", why.substring(0, 20) + "…");
		}
		// decisions stored before deductions were posted have no deduction to reverse
		String txn = null;
		if (suspicions.deductionKey(id).isPresent()) {
			Adjustment reversed = adjustments.reverse(suspicions.deductionKey(id).get(), why, by, today);
			txn = reversed.reversalTxnId();
			events.publishEvent(new DeductionDecided(id, row.fixmedinsCode(), row.fixmedinsRegion(), row.ruleId(),
					reversed.amount(), true, txn, today));
			facts.deducted(id, row.fixmedinsCode(), row.ruleId(), reversed.amount(), today, true);
		}
		suspicions.reverse(id, txn, why, by);
	}

	/**
	 * Several rules may question one fee line (a price over the standard, a duplicate
	 * charge, a restriction), and each case is decided on its own: what is upheld on a
	 * line may never add up to more than the line cost (or, when one rule questions more,
	 * as 分解收费 does on the first of the components it names, than that rule's amount), or
	 * the hospital would pay back a line twice. A settlement reversed since the audit has
	 * nothing left to deduct. The settlement's suspicions are locked first, so two
	 * reviewers deciding cases of one settlement at once see each other's amounts.
	 */
	private void withinFee(SuspicionRow row, BigDecimal upheld) {
		LineRoom room = room(row);
		if (room == null) {
			throw new BusinessException(SupervisionErrors.SETTLEMENT_NOT_IN_FORCE, row.id(), row.setlId());
		}
		if (room.onLine().add(upheld).compareTo(room.cap()) > 0) {
			throw new BusinessException(SupervisionErrors.DEDUCTION_OVER_FEE, row.id(), room.onLine().toPlainString(),
					room.cap().toPlainString());
		}
	}

	/**
	 * What the bureau may still uphold on an undecided suspicion in full or in part: its
	 * amount, less what other cases already took of its fee line; zero when its
	 * settlement was reversed or the line is taken. Locks the settlement's cases as
	 * deciding does.
	 */
	BigDecimal upholdable(SuspicionRow row) {
		LineRoom room = room(row);
		if (room == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		return row.amount().min(room.cap().subtract(room.onLine())).max(BigDecimal.ZERO).setScale(2);
	}

	/** A fee line's most that may be deducted and what is upheld on it already. */
	private record LineRoom(BigDecimal cap, BigDecimal onLine) {
	}

	/**
	 * The room on the suspicion's fee line (a claim-level finding has its own amount as
	 * its cap), or null when the settlement is no longer in force.
	 */
	private LineRoom room(SuspicionRow row) {
		suspicions.lockSettlement(row.setlId());
		Optional<SettledClaims.Claim> claim = claims.find(row.setlId());
		if (claim.isEmpty()) {
			return null;
		}
		if (row.lineId().isEmpty()) {
			return new LineRoom(row.amount(), BigDecimal.ZERO);
		}
		BigDecimal lineFee = BigDecimal.ZERO;
		for (SettledClaims.Line l : claim.get().lines()) {
			if (l.lineId().equals(row.lineId())) {
				lineFee = lineFee.add(l.amount());
			}
		}
		SuspicionRepository.LineCases cases = suspicions.lineCases(row.setlId(), row.lineId());
		return new LineRoom(lineFee.max(cases.mostQuestioned()), cases.upheld());
	}

	static String deductionKey(long suspicionId) {
		return "SUP-DED-" + suspicionId;
	}

	/**
	 * What the ledger shows as the deduction's reason: the rule and the suspicion (data,
	 * not prose).
	 */
	private static String reason(SuspicionRow row) {
		String text = row.ruleName() + " · " + row.ruleId() + " · #" + row.id() + " · " + row.setlId();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	public List<SuspicionRepository.InstitutionTotals> byInstitution(DataScope scope) {
		return suspicions.byInstitution(scope);
	}

	public List<SuspicionRepository.RuleTotals> byRule(DataScope scope) {
		return suspicions.byRule(scope);
	}

	public List<SuspicionRepository.RunRow> runs(DataScope scope) {
		return suspicions.runs(scope);
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

}
