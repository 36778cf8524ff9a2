package org.sanyi.clinical;

import java.time.Instant;
import java.util.List;

/**
 * Remote consultation as other parts of the platform drive it (the demo): a request from
 * one institution to a consultant institution, scheduled with a slot, a video-meeting
 * link and one or several consultants, completed with a written opinion that is filed in
 * the shared record. The pages check who may do what in the same way.
 */
public interface Consultations {

	/** A record of the shared record shared with the consultants. */
	record Attachment(String reference, String title) {
	}

	/**
	 * A consultation request.
	 *
	 * @param attachments records of the resident chosen from the shared record (the
	 * caller has read them under the resident's consent)
	 */
	record Request(String requesterCode, String username, String requesterName, String residentId,
			String consultantCode, String question, List<Attachment> attachments, Instant at) {
	}

	/** A consultant of the consultation (several for an MDT). */
	record Consultant(String name, String department) {
	}

	long request(Request request);

	/** The consultant institution schedules (or reschedules) the consultation. */
	void schedule(long id, String consultantCode, String username, Instant slotStart, int minutes, String meetingLink,
			List<Consultant> consultants, Instant at);

	/** The consultant institution files the opinion: the consultation is completed. */
	void complete(long id, String consultantCode, String username, String name, String opinion, Instant at);

	void decline(long id, String consultantCode, String username, String reason, Instant at);

	void cancel(long id, String requesterCode, String username, Instant at);

	boolean any();

}
