package org.sanyi.clinical;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Referral writes at a given moment, for the demo generator: the same rules as the pages
 * (scope, states, slots, facts), with the actor named instead of signed in. Implemented
 * by the nested module {@code clinical.referral}; declared here because modules outside
 * {@code clinical} reach a nested module only through its parent.
 */
public interface ReferralAdmin {

	boolean hasReferrals();

	/**
	 * Requests a referral; its summary is the diagnosis given.
	 * @return the referral's id
	 */
	long request(NewReferral referral, Instant at);

	/** The receiver accepts; {@code bedNote} for an inpatient referral. */
	void accept(long id, String actor, String bedNote, Instant at);

	void reject(long id, String actor, String reason, Instant at);

	/** The patient arrives at the receiving side. */
	void arrive(long id, String actor, Instant at);

	/** The receiver sends the result back. */
	void complete(long id, String actor, String result, Instant at);

	/**
	 * A referral as a sending doctor fills it in.
	 *
	 * @param direction {@code UP} or {@code DOWN}
	 * @param kind {@code OUTPATIENT} or {@code INPATIENT}
	 * @param basedOn the completed up-referral a back-referral returns, or null
	 */
	record NewReferral(String direction, String fromInstitution, String requestedBy, String residentId,
			String toInstitution, String toDepartment, String kind, boolean urgent, String diagnosisCode,
			String diagnosisName, String reason, String followUpPlan, Long basedOn, LocalDate wantedFrom) {
	}

}
