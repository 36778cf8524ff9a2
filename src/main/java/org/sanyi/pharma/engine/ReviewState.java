package org.sanyi.pharma.engine;

/**
 * A sampled prescription's 处方点评 state: waiting for its pharmacist, or reviewed (again
 * when a review is corrected).
 */
public enum ReviewState {

	PENDING, REVIEWED;

	public boolean canBecome(ReviewState next) {
		return next == REVIEWED;
	}

}
