package org.sanyi.insurance.referral;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a referral registration that need no lookup: a term that ends on or after
 * it begins and lasts at most a year (a longer treatment is registered again), a referral
 * date not after the term's start, and a target other than the referring institution.
 * Each refusal names the field it is about.
 */
public final class RegistrationRules {

	/**
	 * A registration covers at most this many days (转院备案有效期, regions set up to a year).
	 */
	public static final int MAX_TERM_DAYS = 366;

	private RegistrationRules() {
	}

	/** A field and why it is refused. */
	public record Problem(String field, String reason) {
	}

	public static Optional<Problem> check(String institution, String target, LocalDate referralDate, LocalDate from,
			LocalDate until) {
		if (institution.equals(target)) {
			return Optional.of(new Problem("reflin_medins_no", "不能转往本机构"));
		}
		if (referralDate.isAfter(from)) {
			return Optional.of(new Problem("refl_date", "晚于开始日期 begndate"));
		}
		if (until != null && until.isBefore(from)) {
			return Optional.of(new Problem("enddate", "早于开始日期 begndate"));
		}
		if (until != null && until.isAfter(from.plusDays(MAX_TERM_DAYS))) {
			return Optional.of(new Problem("enddate", "备案有效期超过一年"));
		}
		return Optional.empty();
	}

	/** Whether two terms (an open end is unbounded) share a day. */
	public static boolean overlap(LocalDate from1, LocalDate until1, LocalDate from2, LocalDate until2) {
		return (until2 == null || !from1.isAfter(until2)) && (until1 == null || !from2.isAfter(until1));
	}

}
