package org.sanyi.pharma.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The state machine of an electronic prescription, pure: each step says whether it may
 * happen now and by whom, and what state follows. The order of the checks is the order a
 * pharmacist would give the reason in: revoked, used up, expired, then whose it is, then
 * the state and the repeat interval.
 */
public final class PrescriptionRules {

	private PrescriptionRules() {
	}

	/**
	 * What the rules need of a prescription.
	 *
	 * @param state where it stands
	 * @param issuer the prescribing institution
	 * @param chosenPharmacy the pharmacy the resident chose, or {@code null} for any
	 * @param holderPharmacy the pharmacy holding it, or {@code null}
	 * @param validEnd {@code valid_end_time}
	 * @param maxUses {@code max_rept_cnt} (1 for a single prescription)
	 * @param used {@code reptd_cnt}
	 * @param minIntervalDays {@code min_inrv_days}
	 * @param lastDispensed the day of the last sale, or {@code null}
	 */
	public record Rx(RxState state, String issuer, String chosenPharmacy, String holderPharmacy,
			OffsetDateTime validEnd, int maxUses, int used, int minIntervalDays, LocalDate lastDispensed) {
	}

	/** 7203: a pharmacy downloads it (again, if it already holds it). */
	public static Optional<RxRefusal> download(Rx rx, String pharmacy, OffsetDateTime now) {
		Optional<RxRefusal> dead = alive(rx, now);
		if (dead.isPresent()) {
			return dead;
		}
		if (rx.chosenPharmacy() != null && !rx.chosenPharmacy().equals(pharmacy)) {
			return refuse(RxRefusal.Reason.WRONG_PHARMACY, rx.chosenPharmacy());
		}
		if (rx.state().held()) {
			return pharmacy.equals(rx.holderPharmacy()) ? Optional.empty()
					: refuse(RxRefusal.Reason.WRONG_PHARMACY, rx.holderPharmacy());
		}
		if (rx.state() != RxState.UPLOADED && rx.state() != RxState.DISPENSED) {
			return refuse(RxRefusal.Reason.WRONG_STATE, rx.state().name());
		}
		LocalDate today = now.toLocalDate();
		if (rx.lastDispensed() != null && today.isBefore(nextUse(rx))) {
			return refuse(RxRefusal.Reason.TOO_EARLY, nextUse(rx).toString());
		}
		return Optional.empty();
	}

	/** 7204: the holding pharmacy's pharmacist reviews it. */
	public static Optional<RxRefusal> review(Rx rx, String pharmacy, OffsetDateTime now) {
		return held(rx, pharmacy, now, RxState.DOWNLOADED);
	}

	/** 7205: the holding pharmacy reports delivery after a passed review. */
	public static Optional<RxRefusal> deliver(Rx rx, String pharmacy, OffsetDateTime now) {
		return held(rx, pharmacy, now, RxState.APPROVED, RxState.DELIVERING);
	}

	/** 7206: the holding pharmacy sells one use, after a passed review. */
	public static Optional<RxRefusal> sell(Rx rx, String pharmacy, OffsetDateTime now) {
		Optional<RxRefusal> refused = held(rx, pharmacy, now, RxState.APPROVED, RxState.DELIVERING);
		if (refused.isEmpty() && rx.used() >= rx.maxUses()) {
			return refuse(RxRefusal.Reason.USED_UP, rx.used() + "/" + rx.maxUses());
		}
		return refused;
	}

	/** The state after a sale: the last use ends it. */
	public static RxState afterSale(Rx rx) {
		return rx.used() + 1 >= rx.maxUses() ? RxState.USED_UP : RxState.DISPENSED;
	}

	/**
	 * 7201: the holding pharmacy gives it back (the patient goes elsewhere); it returns
	 * to where it was before the download.
	 */
	public static Optional<RxRefusal> release(Rx rx, String pharmacy) {
		if (rx.state().terminal()) {
			return refuse(rx.state() == RxState.REVOKED ? RxRefusal.Reason.REVOKED : RxRefusal.Reason.USED_UP, "");
		}
		if (!rx.state().held() && rx.state() != RxState.REJECTED) {
			return refuse(RxRefusal.Reason.WRONG_STATE, rx.state().name());
		}
		if (!pharmacy.equals(rx.holderPharmacy())) {
			return refuse(RxRefusal.Reason.WRONG_PHARMACY, String.valueOf(rx.holderPharmacy()));
		}
		return Optional.empty();
	}

	/** The state a released prescription returns to. */
	public static RxState afterRelease(Rx rx) {
		return rx.used() == 0 ? RxState.UPLOADED : RxState.DISPENSED;
	}

	/**
	 * 7103: the prescribing institution revokes it, unless a pharmacy holds it or it is
	 * finished.
	 */
	public static Optional<RxRefusal> revoke(Rx rx, String institution) {
		if (!rx.issuer().equals(institution)) {
			return refuse(RxRefusal.Reason.NOT_ISSUER, rx.issuer());
		}
		if (rx.state().terminal()) {
			return refuse(rx.state() == RxState.REVOKED ? RxRefusal.Reason.REVOKED : RxRefusal.Reason.USED_UP, "");
		}
		if (rx.state().held()) {
			return refuse(RxRefusal.Reason.HELD_BY_PHARMACY, rx.holderPharmacy());
		}
		return Optional.empty();
	}

	/** The resident chooses where to collect it: only while no pharmacy holds it. */
	public static Optional<RxRefusal> choose(Rx rx, OffsetDateTime now) {
		Optional<RxRefusal> dead = alive(rx, now);
		if (dead.isPresent()) {
			return dead;
		}
		if (rx.state().held()) {
			return refuse(RxRefusal.Reason.HELD_BY_PHARMACY, rx.holderPharmacy());
		}
		if (rx.state() == RxState.REJECTED) {
			return refuse(RxRefusal.Reason.WRONG_STATE, rx.state().name());
		}
		return Optional.empty();
	}

	/** Whether it can still be used at all. */
	public static boolean usable(Rx rx, OffsetDateTime now) {
		return alive(rx, now).isEmpty() && rx.state() != RxState.REJECTED;
	}

	/** The first day of the next use of a repeat prescription. */
	public static LocalDate nextUse(Rx rx) {
		return rx.lastDispensed() == null ? null : rx.lastDispensed().plusDays(rx.minIntervalDays());
	}

	private static Optional<RxRefusal> held(Rx rx, String pharmacy, OffsetDateTime now, RxState... allowed) {
		Optional<RxRefusal> dead = alive(rx, now);
		if (dead.isPresent()) {
			return dead;
		}
		if (rx.state().held() && !pharmacy.equals(rx.holderPharmacy())) {
			return refuse(RxRefusal.Reason.WRONG_PHARMACY, rx.holderPharmacy());
		}
		for (RxState s : allowed) {
			if (rx.state() == s) {
				return Optional.empty();
			}
		}
		return refuse(RxRefusal.Reason.WRONG_STATE, rx.state().name());
	}

	private static Optional<RxRefusal> alive(Rx rx, OffsetDateTime now) {
		if (rx.state() == RxState.REVOKED) {
			return refuse(RxRefusal.Reason.REVOKED, "");
		}
		if (rx.state() == RxState.USED_UP || rx.used() >= rx.maxUses()) {
			return refuse(RxRefusal.Reason.USED_UP, rx.used() + "/" + rx.maxUses());
		}
		if (now.isAfter(rx.validEnd())) {
			return refuse(RxRefusal.Reason.EXPIRED, rx.validEnd().toString());
		}
		return Optional.empty();
	}

	private static Optional<RxRefusal> refuse(RxRefusal.Reason reason, String detail) {
		return Optional.of(new RxRefusal(reason, detail == null ? "" : detail));
	}

}
