package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.SupervisionErrors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit batches (审核批次): what a run found at one institution, sent to its 医保办 as one
 * notice with one deadline. The hospital answers line by line (through
 * {@link SuspicionService}) or accepts every line left at once; the bureau upholds every
 * accepted line at once (each deducted in the ledger as if decided one by one, a line
 * with nothing left to deduct left for the reviewer), decides the appealed ones one by
 * one, and may extend the deadline with a reason. The batch closes when every line is
 * decided. Data scope as for suspicions: a batch outside it is "not found".
 */
@Service
public class AuditBatchService {

	/** The most days a deadline may be extended by at once. */
	static final int MOST_EXTENSION_DAYS = 30;

	/** The note on lines accepted together. */
	static final String ACCEPTED_TOGETHER = "批量认可";

	private final AuditBatchRepository batches;

	private final SuspicionService suspicions;

	AuditBatchService(AuditBatchRepository batches, SuspicionService suspicions) {
		this.batches = batches;
		this.suspicions = suspicions;
	}

	/**
	 * Batches in the scope by institution and stage on {@code today} (a
	 * {@link AuditBatchRow.Stage} name, {@code OPEN} for every stage but closed, blank
	 * for any), the latest first.
	 */
	public Page<AuditBatchRow> page(DataScope scope, String institution, String stage, LocalDate today,
			PageQuery page) {
		return batches.page(scope, text(institution), text(stage), today, page);
	}

	/** How many batches in the scope stand at each stage on {@code today}. */
	public java.util.Map<String, Long> stages(DataScope scope, LocalDate today) {
		return batches.stages(scope, today);
	}

	public AuditBatchRow get(long id, DataScope scope) {
		return batches.find(id, scope).orElseThrow(() -> new BusinessException(SupervisionErrors.BATCH_NOT_FOUND, id));
	}

	/**
	 * The hospital accepts every line of its batch it has not answered yet, before the
	 * deadline; how many.
	 */
	@Transactional
	public int acceptRemaining(long id, String by, DataScope scope, LocalDate today) {
		if (scope.kind() != DataScope.Kind.INSTITUTION) {
			throw new BusinessException(SupervisionErrors.BATCH_NOT_FOUND, id);
		}
		AuditBatchRow batch = locked(id, scope);
		if (today.isAfter(batch.deadline())) {
			throw new BusinessException(SupervisionErrors.BATCH_TOO_LATE, batch.noticeNo(),
					batch.deadline().toString());
		}
		List<Long> open = batches.lineIds(id, SuspicionStatus.OPEN);
		for (long line : open) {
			suspicions.answer(line, true, ACCEPTED_TOGETHER, by, scope, today);
		}
		return open.size();
	}

	/** What upholding the accepted lines together did. */
	public record Upheld(int lines, BigDecimal amount, int partly, int left) {
	}

	/**
	 * The bureau upholds every line the hospital accepted, each deducted in the ledger as
	 * if decided one by one: in full, or for what is left of its fee line when other
	 * cases took part of it (同一明细不重复扣款). A line with nothing left to deduct (its
	 * settlement reversed, or its fee line taken in full) stays accepted for the reviewer
	 * to decide on its own.
	 */
	@Transactional
	public Upheld upholdAccepted(long id, String note, String by, DataScope scope, LocalDate today) {
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			throw new BusinessException(SupervisionErrors.BATCH_NOT_FOUND, id);
		}
		locked(id, scope);
		String why = text(note).isEmpty() ? "医院认可" : text(note);
		if (why.length() > 500) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "note", why.substring(0, 20) + "…");
		}
		int lines = 0;
		int partly = 0;
		int left = 0;
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (long line : batches.lineIds(id, SuspicionStatus.ACCEPTED)) {
			SuspicionRow row = suspicions.get(line, scope);
			BigDecimal amount = suspicions.upholdable(row);
			if (amount.signum() <= 0) {
				left++;
				continue;
			}
			suspicions.decide(line, true, amount, why, by, scope, today);
			lines++;
			partly += amount.compareTo(row.amount()) < 0 ? 1 : 0;
			total = total.add(amount);
		}
		return new Upheld(lines, total, partly, left);
	}

	/**
	 * The bureau extends the deadline of an open batch, for every line, with a reason:
	 * later than now and at most {@value #MOST_EXTENSION_DAYS} days later.
	 */
	@Transactional
	public void extend(long id, LocalDate deadline, String note, String by, DataScope scope) {
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			throw new BusinessException(SupervisionErrors.BATCH_NOT_FOUND, id);
		}
		AuditBatchRow batch = locked(id, scope);
		if (deadline == null || !deadline.isAfter(batch.deadline())
				|| deadline.isAfter(batch.deadline().plusDays(MOST_EXTENSION_DAYS))) {
			throw new BusinessException(SupervisionErrors.EXTENSION_INVALID, String.valueOf(deadline),
					batch.deadline().toString(), MOST_EXTENSION_DAYS);
		}
		String why = text(note);
		if (why.isEmpty() || why.length() > 500) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "note", why);
		}
		batches.extend(id, deadline, why, by);
	}

	/** The batch locked for the transaction, in the scope and not closed. */
	private AuditBatchRow locked(long id, DataScope scope) {
		if (!batches.lock(id, scope)) {
			throw new BusinessException(SupervisionErrors.BATCH_NOT_FOUND, id);
		}
		AuditBatchRow batch = get(id, scope);
		if ("CLOSED".equals(batch.status())) {
			throw new BusinessException(SupervisionErrors.BATCH_CLOSED, batch.noticeNo());
		}
		return batch;
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

}
