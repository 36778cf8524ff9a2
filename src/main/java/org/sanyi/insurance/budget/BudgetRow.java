package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.UndatedVersion;

/** A stored budget version ({@code ins_budget}). */
record BudgetRow(long id, String code, long allianceId, String allianceCode, String allianceName, String allianceRegion,
		String leadInstitution, String region, String fundPayType, int year, BigDecimal amount, String termsJson,
		ReviewStatus status, Long basedOn, String summary, String proposedBy, OffsetDateTime proposedAt,
		String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) implements UndatedVersion {

	public BudgetTerms terms() {
		return BudgetJson.read(amount, termsJson);
	}

	/** The versions that replace one another: the group's budget of a fund and year. */
	public BudgetKey key() {
		return new BudgetKey(allianceId, fundPayType, year);
	}

	/** The key of the group's ledger accounts: {@code alliance id:fund:year}. */
	public String accountKey() {
		return allianceId + ":" + fundPayType + ":" + year;
	}

	/** A group's budget of one fund and year: its versions replace one another. */
	public record BudgetKey(long allianceId, String fundPayType, int year) {
	}

}
