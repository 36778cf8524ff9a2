package org.sanyi.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The internet hospital's writes at a given moment, for the demo generator and a region's
 * onboarding, through the same rules as its pages: follow-up visits (only for an earlier
 * in-person diagnosis of the condition), renewals issued through pharma's e-prescription
 * flow, post-discharge plans and their check-ins. Implemented by the nested module
 * {@code clinical.online}.
 */
public interface OnlineAdmin {

	boolean hasVisits();

	/**
	 * The conditions (ICD-10 codes) the resident was diagnosed with in person, newest
	 * first.
	 */
	List<String> diagnosedConditions(String residentId);

	/**
	 * The institution holding the resident's most recent in-person diagnosis of the
	 * condition, or null.
	 */
	String diagnosingInstitution(String residentId, String condition);

	/** Requests a follow-up visit; returns its id (OL-0001 when not a follow-up). */
	long requestVisit(String residentId, String institutionCode, String condition, String complaint, Instant at);

	/** A doctor of the visit's institution accepts it. */
	void accept(long visitId, String doctorUsername, String doctorName, Instant at);

	/** The doctor starts the consultation, with a video-meeting link or none. */
	void start(long visitId, String doctorUsername, String doctorName, String videoLink, Instant at);

	/** A message of the consultation. */
	void message(long visitId, boolean fromDoctor, String senderName, String text, Instant at);

	/** The doctor completes the visit with a conclusion. */
	void complete(long visitId, String doctorUsername, String doctorName, String conclusion, Instant at);

	/**
	 * The resident answers the satisfaction survey of her completed visit (scores 1–5 by
	 * question code of the institution's kind).
	 */
	void survey(long visitId, String residentId, java.util.Map<String, Integer> scores, String comment, Instant at);

	/** The doctor cancels the visit with a reason. */
	void cancel(long visitId, String doctorUsername, String doctorName, String reason, Instant at);

	/**
	 * The {@code hi_rxno}s the resident may ask to renew (last chronic one per
	 * condition).
	 */
	List<String> renewable(String residentId);

	/** Asks to renew a prescription; returns the request's id. */
	long requestRenewal(String residentId, String hiRxno, String note, Instant at);

	/** A doctor of the issuing institution issues the renewal (a new e-prescription). */
	void issueRenewal(long renewalId, String institutionCode, String doctorUsername, String doctorName, Instant at);

	/** Makes a post-discharge plan; returns its id. */
	long createPlan(String residentId, String institutionCode, String doctorName, String diagnosisCode,
			LocalDate dischargedOn, int intervalDays, int checkIns, String instructions, Instant at);

	/** Records the plan's check-in number {@code seq}. */
	void checkIn(long planId, int seq, String doctorName, String outcome, Instant at);

}
