package org.sanyi.insurance.settlement;

/**
 * Where a visit ({@code ins_visit.status}, whose CHECK lists the same names) is in its
 * life. An outpatient visit is registered (2201) and settled (2207) or cancelled (2202);
 * an inpatient one is admitted (2401), discharged (2402, undone by 2405) and settled
 * (2304), or cancelled (2404) before any settlement. Reversing the settlement (2208/2305)
 * reopens the visit; interim settlements (中途结算) leave an admission admitted.
 */
public enum VisitStatus {

	REGISTERED, ADMITTED, DISCHARGED, SETTLED, CANCELLED;

	/** The status a visit opens in. */
	public static VisitStatus opened(boolean inpatient) {
		return inpatient ? ADMITTED : REGISTERED;
	}

	/** Whether a visit in this status may move to {@code next}. */
	public boolean canBecome(VisitStatus next) {
		return switch (this) {
			case REGISTERED -> next == SETTLED || next == CANCELLED;
			case ADMITTED -> next == DISCHARGED || next == CANCELLED;
			case DISCHARGED -> next == SETTLED || next == ADMITTED;
			case SETTLED -> next == REGISTERED || next == DISCHARGED;
			case CANCELLED -> false;
		};
	}

	/**
	 * What a settled visit returns to when its settlement is reversed: open for new lines
	 * and a new settlement.
	 */
	public static VisitStatus reopened(boolean inpatient) {
		return inpatient ? DISCHARGED : REGISTERED;
	}

}
