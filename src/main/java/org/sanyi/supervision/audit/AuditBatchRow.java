package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An audit batch (审核批次): the suspicions of one institution sent together by one run, with
 * its notice number, one deadline and where its lines stand.
 */
public record AuditBatchRow(long id, String noticeNo, String regionCode, long runId, String fixmedinsCode,
		String fixmedinsRegion, LocalDate sentOn, LocalDate deadline, String status, OffsetDateTime closedAt,
		String extendedBy, String extensionNote, LocalDate periodFrom, LocalDate periodTo, long lines,
		BigDecimal amount, long open, long accepted, long appealed, long decided, BigDecimal upheld) {

	/**
	 * Where the batch stands for the people working it on {@code today}: the hospital
	 * answering, the deadline passed with lines unanswered, every line answered and the
	 * bureau reviewing, or closed.
	 */
	public Stage stage(LocalDate today) {
		if ("CLOSED".equals(status)) {
			return Stage.CLOSED;
		}
		if (open == 0) {
			return Stage.REVIEWING;
		}
		return today.isAfter(deadline) ? Stage.OVERDUE : Stage.ANSWERING;
	}

	/** Lines answered, accepted or appealed, or decided without an answer. */
	public long answered() {
		return lines - open;
	}

	/** Where a batch stands. */
	public enum Stage {

		ANSWERING, OVERDUE, REVIEWING, CLOSED

	}

}
