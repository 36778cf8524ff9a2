package org.sanyi.supervision;

import java.io.Reader;
import java.time.LocalDate;

/**
 * Bulk writes of fund supervision for the demo generator and data loads: a region's rules
 * and knowledge base stored as approved (already in force elsewhere), and a batch audit
 * of a period. Each call is one transaction (the audit one per page), all or nothing for
 * the imports.
 */
public interface SupervisionAdmin {

	/** Whether any rules version exists for the region. */
	boolean hasRules(String region);

	/**
	 * Stores a region's rules from a CSV (columns rule_id, name, kind, category,
	 * result_type, time_window, levels, scenes, stages, severity, blocking, parameters as
	 * {@code key=value;…}, and optionally schemes, logic and types) as approved from
	 * {@code from}.
	 */
	long importRules(String region, LocalDate from, Reader csv, String summary);

	/**
	 * Stores a region's knowledge base from a CSV as approved from {@code from}; a bad
	 * line imports nothing.
	 */
	long importKnowledge(String region, LocalDate from, Reader csv, String summary);

	/**
	 * Audits a region's settlements of a period; returns how many suspicions were new.
	 */
	int audit(String region, LocalDate from, LocalDate to, LocalDate today);

	/**
	 * An audit batch (疑点告知单) still open: sent to an institution, not every line decided.
	 */
	record OpenBatch(long id, String noticeNo, String institutionCode, LocalDate deadline, long lines, long open) {
	}

	/** The region's open audit batches, the earliest sent first. */
	java.util.List<OpenBatch> openBatches(String region);

	/**
	 * Ids of a batch's lines waiting for the institution's answer, largest amount first.
	 */
	java.util.List<Long> openLines(long batchId, int limit);

	/**
	 * The institution's 医保办 attaches a file to a suspicion it is appealing (as
	 * {@code by}); the same checks as the page.
	 */
	void attach(long suspicionId, String institutionCode, String fileName, byte[] content, String by, LocalDate today);

	/**
	 * The institution accepts every line of the batch it has not answered; how many.
	 */
	int acceptRemaining(long batchId, String institutionCode, String by, LocalDate today);

	/**
	 * The bureau upholds every accepted line of the batch in full, each deducted through
	 * insurance's ledger; how many.
	 */
	int upholdAccepted(long batchId, String note, String by, LocalDate today);

	/**
	 * The institution's 医保办 accepts or appeals a suspicion (as {@code by}); the same
	 * checks as the page.
	 */
	void answer(long suspicionId, String institutionCode, boolean accept, String reason, String by, LocalDate today);

	/**
	 * The bureau upholds (the whole amount, deducted through insurance's ledger) or
	 * dismisses a suspicion (as {@code by}).
	 */
	void decide(long suspicionId, boolean uphold, String note, String by, LocalDate today);

	/**
	 * A re-review reverses an upheld decision (as {@code by}); its deduction is reversed
	 * in the ledger.
	 */
	void reverse(long suspicionId, String note, String by, LocalDate today);

}
