package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.sanyi.insurance.budget.engine.BudgetTerms;

/** A stored budget version ({@code ins_budget}). */
record BudgetRow(long id, String code, long allianceId, String allianceCode, String allianceName,
		String allianceRegion, String leadInstitution, String region, String fundPayType, int year, BigDecimal amount,
		String termsJson, String status, Long basedOn, String summary, String proposedBy, OffsetDateTime proposedAt,
		String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) {

	public BudgetTerms terms() {
		return BudgetJson.read(amount, termsJson);
	}

	/** The key of the group's ledger accounts: {@code alliance id:fund:year}. */
	public String accountKey() {
		return allianceId + ":" + fundPayType + ":" + year;
	}

}
