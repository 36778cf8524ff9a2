package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;

/** A stored suspicion with its answer and decision. */
public record SuspicionRow(long id, long runId, long rulesVersion, String setlId, String mdtrtId, String psnNo,
		String fixmedinsCode, String fixmedinsRegion, String doctor, LocalDate setlDate, String ruleId, String ruleName,
		String kind, String resultType, String severity, String lineId, String itemCode, String reasonKey,
		String reasonArgs, BigDecimal amount, SuspicionStatus status, LocalDate answerDeadline, String answerNote,
		String answeredBy, OffsetDateTime answeredAt, BigDecimal upheldAmount, String decisionNote, String decidedBy,
		OffsetDateTime decidedAt, String deductionTxn, String reversalTxn, String reversalNote, String reversedBy,
		OffsetDateTime reversedAt, Long batchId) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The arguments of the finding's message ({@code reasonKey}). */
	public Object[] args() {
		return JSON.readValue(reasonArgs, String[].class);
	}

	/** Whether the bureau has decided it. */
	public boolean decided() {
		return status.decided();
	}

}
