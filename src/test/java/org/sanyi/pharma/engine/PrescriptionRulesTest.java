package org.sanyi.pharma.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.PrescriptionRules.Rx;
import org.sanyi.pharma.engine.RxRefusal.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-prescription state machine: each refusal with its reason, and what follows each
 * step.
 */
class PrescriptionRulesTest {

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 10, 0, 0, 0, ZoneOffset.ofHours(8));

	static final String HOSPITAL = "H35992100001";

	static final String PHARMACY = "P35992100101";

	static final String OTHER = "P35992100202";

	static Rx rx(RxState state, String chosen, String holder, int max, int used, LocalDate last) {
		return new Rx(state, HOSPITAL, chosen, holder, NOW.plusDays(3), max, used, 28, last);
	}

	static Reason reason(Optional<RxRefusal> refusal) {
		return refusal.map(RxRefusal::reason).orElse(null);
	}

	@Test
	void anUploadedPrescriptionIsDownloadedByAnyPharmacyUnlessTheResidentChoseAnother() {
		assertThat(PrescriptionRules.download(rx(RxState.UPLOADED, null, null, 1, 0, null), PHARMACY, NOW)).isEmpty();
		Optional<RxRefusal> chosenElsewhere = PrescriptionRules.download(rx(RxState.UPLOADED, OTHER, null, 1, 0, null),
				PHARMACY, NOW);
		assertThat(reason(chosenElsewhere)).isEqualTo(Reason.WRONG_PHARMACY);
		assertThat(chosenElsewhere.orElseThrow().detail()).isEqualTo(OTHER);
	}

	@Test
	void aHeldPrescriptionIsRefusedToAnotherPharmacyButDownloadedAgainByItsHolder() {
		Rx held = rx(RxState.DOWNLOADED, null, OTHER, 1, 0, null);
		assertThat(reason(PrescriptionRules.download(held, PHARMACY, NOW))).isEqualTo(Reason.WRONG_PHARMACY);
		assertThat(PrescriptionRules.download(held, OTHER, NOW)).isEmpty();
		assertThat(reason(PrescriptionRules.review(held, PHARMACY, NOW))).isEqualTo(Reason.WRONG_PHARMACY);
		assertThat(reason(PrescriptionRules.sell(held, PHARMACY, NOW))).isEqualTo(Reason.WRONG_PHARMACY);
	}

	@Test
	void anExpiredPrescriptionIsRefusedAtEveryPharmacyStep() {
		OffsetDateTime later = NOW.plusDays(3).plusSeconds(1);
		assertThat(reason(PrescriptionRules.download(rx(RxState.UPLOADED, null, null, 1, 0, null), PHARMACY, later)))
			.isEqualTo(Reason.EXPIRED);
		Rx approved = rx(RxState.APPROVED, null, PHARMACY, 1, 0, null);
		assertThat(reason(PrescriptionRules.sell(approved, PHARMACY, later))).isEqualTo(Reason.EXPIRED);
		assertThat(reason(PrescriptionRules.choose(rx(RxState.UPLOADED, null, null, 1, 0, null), later)))
			.isEqualTo(Reason.EXPIRED);
		// exactly at the end it is still valid
		assertThat(PrescriptionRules.sell(approved, PHARMACY, NOW.plusDays(3))).isEmpty();
	}

	@Test
	void aRevokedPrescriptionIsRefusedWithTheReasonRevoked() {
		Rx revoked = rx(RxState.REVOKED, null, null, 1, 0, null);
		assertThat(reason(PrescriptionRules.download(revoked, PHARMACY, NOW))).isEqualTo(Reason.REVOKED);
		assertThat(reason(PrescriptionRules.revoke(revoked, HOSPITAL))).isEqualTo(Reason.REVOKED);
	}

	@Test
	void saleNeedsAPassedReviewByTheHolder() {
		assertThat(reason(PrescriptionRules.sell(rx(RxState.DOWNLOADED, null, PHARMACY, 1, 0, null), PHARMACY, NOW)))
			.isEqualTo(Reason.WRONG_STATE);
		assertThat(reason(PrescriptionRules.sell(rx(RxState.REJECTED, null, PHARMACY, 1, 0, null), PHARMACY, NOW)))
			.isEqualTo(Reason.WRONG_STATE);
		assertThat(PrescriptionRules.sell(rx(RxState.APPROVED, null, PHARMACY, 1, 0, null), PHARMACY, NOW)).isEmpty();
		assertThat(PrescriptionRules.sell(rx(RxState.DELIVERING, null, PHARMACY, 1, 0, null), PHARMACY, NOW)).isEmpty();
		assertThat(reason(PrescriptionRules.review(rx(RxState.UPLOADED, null, null, 1, 0, null), PHARMACY, NOW)))
			.isEqualTo(Reason.WRONG_STATE);
	}

	@Test
	void aRepeatPrescriptionHonoursItsCountAndInterval() {
		Rx approved = rx(RxState.APPROVED, null, PHARMACY, 3, 0, null);
		assertThat(PrescriptionRules.afterSale(approved)).isEqualTo(RxState.DISPENSED);
		// sold once on 1 December: the next use from 29 December (28 days)
		Rx once = rx(RxState.DISPENSED, null, null, 3, 1, LocalDate.of(2026, 12, 1));
		Optional<RxRefusal> early = PrescriptionRules.download(once, PHARMACY, NOW);
		assertThat(reason(early)).isEqualTo(Reason.TOO_EARLY);
		assertThat(early.orElseThrow().detail()).isEqualTo("2026-12-29");
		Rx due = rx(RxState.DISPENSED, null, null, 3, 1, LocalDate.of(2026, 11, 6));
		assertThat(PrescriptionRules.download(due, PHARMACY, NOW)).isEmpty();
		// the third and last use ends it; a fourth is refused as used up
		Rx last = rx(RxState.APPROVED, null, PHARMACY, 3, 2, LocalDate.of(2026, 11, 6));
		assertThat(PrescriptionRules.afterSale(last)).isEqualTo(RxState.USED_UP);
		Rx usedUp = rx(RxState.USED_UP, null, null, 3, 3, LocalDate.of(2026, 12, 4));
		assertThat(reason(PrescriptionRules.download(usedUp, PHARMACY, NOW))).isEqualTo(Reason.USED_UP);
		assertThat(reason(PrescriptionRules.sell(rx(RxState.APPROVED, null, PHARMACY, 3, 3, null), PHARMACY, NOW)))
			.isEqualTo(Reason.USED_UP);
	}

	@Test
	void onlyTheIssuerRevokesAndOnlyWhileNoPharmacyHoldsIt() {
		assertThat(reason(PrescriptionRules.revoke(rx(RxState.UPLOADED, null, null, 1, 0, null), "H35990000001")))
			.isEqualTo(Reason.NOT_ISSUER);
		assertThat(reason(PrescriptionRules.revoke(rx(RxState.APPROVED, null, PHARMACY, 1, 0, null), HOSPITAL)))
			.isEqualTo(Reason.HELD_BY_PHARMACY);
		assertThat(PrescriptionRules.revoke(rx(RxState.REJECTED, null, PHARMACY, 1, 0, null), HOSPITAL)).isEmpty();
		assertThat(PrescriptionRules.revoke(rx(RxState.DISPENSED, null, null, 3, 1, null), HOSPITAL)).isEmpty();
	}

	@Test
	void aReleasedPrescriptionReturnsToWhereItWasBeforeTheDownload() {
		Rx held = rx(RxState.APPROVED, null, PHARMACY, 3, 1, LocalDate.of(2026, 11, 6));
		assertThat(reason(PrescriptionRules.release(held, OTHER))).isEqualTo(Reason.WRONG_PHARMACY);
		assertThat(PrescriptionRules.release(held, PHARMACY)).isEmpty();
		assertThat(PrescriptionRules.afterRelease(held)).isEqualTo(RxState.DISPENSED);
		assertThat(PrescriptionRules.afterRelease(rx(RxState.DOWNLOADED, null, PHARMACY, 1, 0, null)))
			.isEqualTo(RxState.UPLOADED);
	}

	@Test
	void theResidentCannotMoveAPrescriptionAPharmacyHolds() {
		assertThat(reason(PrescriptionRules.choose(rx(RxState.DOWNLOADED, null, PHARMACY, 1, 0, null), NOW)))
			.isEqualTo(Reason.HELD_BY_PHARMACY);
		assertThat(PrescriptionRules.choose(rx(RxState.UPLOADED, null, null, 1, 0, null), NOW)).isEmpty();
	}

}
