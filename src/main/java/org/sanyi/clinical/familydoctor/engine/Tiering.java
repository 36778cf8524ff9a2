package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 红黄绿 tier of one follow-up. Blood pressure: red at or above the red thresholds, with
 * danger signs, or when this and the previous follow-up were both off target; yellow off
 * target or with an adverse drug reaction; green on target. Fasting glucose: red at or
 * above the high or at or below the low threshold, with danger signs, or off target twice
 * in a row; yellow off target; green on target. A patient on both registers gets the
 * worse colour. Impossible readings are refused before any tier is computed.
 */
public final class Tiering {

	/** Plausible ranges: anything outside is a typing error, not a patient. */
	static final int SBP_MIN = 60;

	static final int SBP_MAX = 300;

	static final int DBP_MIN = 30;

	static final int DBP_MAX = 200;

	static final BigDecimal FPG_MIN = new BigDecimal("1.0");

	static final BigDecimal FPG_MAX = new BigDecimal("50.0");

	private Tiering() {
	}

	/** Why a reading cannot be tiered. */
	public enum Refusal {

		NO_REGISTER, BP_MISSING, BP_IMPOSSIBLE, GLUCOSE_MISSING, GLUCOSE_IMPOSSIBLE

	}

	/**
	 * The answer: a refusal, or the tier with its reasons (codes a page turns into
	 * words), whether the readings were on target and the days to the next follow-up.
	 */
	public record Result(Refusal refusal, Tier tier, boolean controlled, Boolean bpControlled,
			Boolean glucoseControlled, List<String> reasons, int nextInDays) {

		public boolean refused() {
			return refusal != null;
		}

	}

	public static Result tier(FollowUpReading r, TierRules rules) {
		Refusal refusal = check(r);
		if (refusal != null) {
			return new Result(refusal, null, false, null, null, List.of(), 0);
		}
		List<String> reasons = new ArrayList<>();
		Tier tier = Tier.GREEN;
		Boolean bpControlled = null;
		Boolean glucoseControlled = null;
		if (r.hypertension()) {
			boolean onTarget = r.sbp() < sbpTarget(r, rules) && r.dbp() < dbpTarget(r, rules);
			bpControlled = onTarget;
			if (r.sbp() >= rules.sbpRed() || r.dbp() >= rules.dbpRed()) {
				tier = Tier.RED;
				reasons.add("BP_SEVERE");
			}
			else if (!onTarget) {
				tier = tier.worse(r.previousUncontrolled() ? Tier.RED : Tier.YELLOW);
				reasons.add(r.previousUncontrolled() ? "BP_UNCONTROLLED_TWICE" : "BP_OFF_TARGET");
			}
		}
		if (r.diabetes()) {
			BigDecimal fpg = r.fastingGlucose();
			boolean onTarget = fpg.compareTo(rules.fpgTarget()) < 0 && fpg.compareTo(rules.fpgRedLow()) > 0;
			glucoseControlled = onTarget;
			if (fpg.compareTo(rules.fpgRedHigh()) >= 0) {
				tier = Tier.RED;
				reasons.add("GLUCOSE_SEVERE");
			}
			else if (fpg.compareTo(rules.fpgRedLow()) <= 0) {
				tier = Tier.RED;
				reasons.add("GLUCOSE_LOW");
			}
			else if (!onTarget) {
				tier = tier.worse(r.previousUncontrolled() ? Tier.RED : Tier.YELLOW);
				reasons.add(r.previousUncontrolled() ? "GLUCOSE_UNCONTROLLED_TWICE" : "GLUCOSE_OFF_TARGET");
			}
		}
		if (r.dangerSigns()) {
			tier = Tier.RED;
			reasons.add("DANGER_SIGNS");
		}
		if (r.adverseReaction()) {
			tier = tier.worse(Tier.YELLOW);
			reasons.add("ADVERSE_REACTION");
		}
		boolean controlled = !Boolean.FALSE.equals(bpControlled) && !Boolean.FALSE.equals(glucoseControlled);
		return new Result(null, tier, controlled, bpControlled, glucoseControlled, List.copyOf(reasons),
				tier == Tier.GREEN ? rules.greenDays() : rules.yellowDays());
	}

	private static int sbpTarget(FollowUpReading r, TierRules rules) {
		if (r.comorbid() || r.diabetes()) {
			return rules.sbpTargetComorbid();
		}
		return r.age() >= rules.elderlyAge() ? rules.sbpTargetElderly() : rules.sbpTarget();
	}

	private static int dbpTarget(FollowUpReading r, TierRules rules) {
		return r.comorbid() || r.diabetes() ? rules.dbpTargetComorbid() : rules.dbpTarget();
	}

	private static Refusal check(FollowUpReading r) {
		if (!r.hypertension() && !r.diabetes()) {
			return Refusal.NO_REGISTER;
		}
		if (r.sbp() != null || r.dbp() != null || r.hypertension()) {
			if (r.sbp() == null || r.dbp() == null) {
				return Refusal.BP_MISSING;
			}
			if (r.sbp() < SBP_MIN || r.sbp() > SBP_MAX || r.dbp() < DBP_MIN || r.dbp() > DBP_MAX
					|| r.dbp() >= r.sbp()) {
				return Refusal.BP_IMPOSSIBLE;
			}
		}
		if (r.fastingGlucose() != null || r.diabetes()) {
			if (r.fastingGlucose() == null) {
				return Refusal.GLUCOSE_MISSING;
			}
			if (r.fastingGlucose().compareTo(FPG_MIN) < 0 || r.fastingGlucose().compareTo(FPG_MAX) > 0) {
				return Refusal.GLUCOSE_IMPOSSIBLE;
			}
		}
		return null;
	}

}
