package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.SuspicionDecided;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case of a suspicion: the hospital's 医保办 accepts it or appeals with a reason before
 * the deadline, only for its own institution; the bureau upholds it (the whole amount or
 * part of it) or dismisses it. Data scope applies to every read and write; a suspicion
 * outside it is "not found".
 */
@Service
public class SuspicionService {

	private final SuspicionRepository suspicions;

	private final ApplicationEventPublisher events;

	SuspicionService(SuspicionRepository suspicions, ApplicationEventPublisher events) {
		this.suspicions = suspicions;
		this.events = events;
	}

	public Page<SuspicionRow> page(DataScope scope, String institution, String status, String ruleId, PageQuery page) {
		return suspicions.page(scope, text(institution), text(status), text(ruleId), page);
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
		}
		suspicions.decide(id, next, upheld, text(note), by);
		events.publishEvent(new SuspicionDecided(id, row.fixmedinsCode(), row.fixmedinsRegion(), row.ruleId(), uphold,
				upheld, today));
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
