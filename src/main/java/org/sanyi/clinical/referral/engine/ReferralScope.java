package org.sanyi.clinical.referral.engine;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who may refer to whom. An up-referral goes to a higher care level, a down-referral to a
 * lower one, both within the city. Up-referrals stay within the sender's alliance (医共体,
 * 医疗集团) while the alliance has a level above the sender: a township refers to its county
 * hospital, not past it; the county hospital, top of its medical community, refers on to
 * the city. An urgent referral may leave the alliance (the nearest capable hospital),
 * never the city. A down-referral may leave the alliance: the patient goes home to their
 * township.
 */
public final class ReferralScope {

	/** Why a referral is outside the allowed scope. */
	public enum Refusal {

		NOT_A_CARE_SITE, SAME_INSTITUTION, NOT_UPWARD, NOT_DOWNWARD, OUTSIDE_CITY, ALLIANCE_FIRST

	}

	/**
	 * An institution as the scope sees it.
	 *
	 * @param level its care level, null when it takes no referrals
	 * @param cityCode the 6-digit code of its city
	 * @param alliances codes of the alliances it belongs to on the day
	 * @param allianceTop the highest care level among the members of those alliances (its
	 * own when it has none)
	 */
	public record Site(String institutionCode, CareLevel level, String cityCode, Set<String> alliances,
			CareLevel allianceTop) {

		public Site {
			alliances = Set.copyOf(alliances);
		}

	}

	/**
	 * The answer: a refusal, or allowed within an alliance (its code) or outside any
	 * (null).
	 */
	public record Decision(Refusal refusal, String allianceCode) {

		public boolean allowed() {
			return refusal == null;
		}

		public boolean inAlliance() {
			return allianceCode != null;
		}

	}

	private ReferralScope() {
	}

	public static Decision decide(Direction direction, Site from, Site to, boolean urgent) {
		if (from.level() == null || to.level() == null) {
			return refused(Refusal.NOT_A_CARE_SITE);
		}
		if (from.institutionCode().equals(to.institutionCode())) {
			return refused(Refusal.SAME_INSTITUTION);
		}
		if (direction == Direction.UP && !to.level().above(from.level())) {
			return refused(Refusal.NOT_UPWARD);
		}
		if (direction == Direction.DOWN && !from.level().above(to.level())) {
			return refused(Refusal.NOT_DOWNWARD);
		}
		Set<String> shared = new TreeSet<>(from.alliances());
		shared.retainAll(to.alliances());
		if (!shared.isEmpty()) {
			return new Decision(null, shared.iterator().next());
		}
		if (!from.cityCode().equals(to.cityCode())) {
			return refused(Refusal.OUTSIDE_CITY);
		}
		if (direction == Direction.UP && !urgent && from.allianceTop() != null
				&& from.allianceTop().above(from.level())) {
			return refused(Refusal.ALLIANCE_FIRST);
		}
		return new Decision(null, null);
	}

	private static Decision refused(Refusal refusal) {
		return new Decision(refusal, null);
	}

}
