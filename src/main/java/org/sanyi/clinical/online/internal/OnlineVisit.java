package org.sanyi.clinical.online.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.sanyi.clinical.online.engine.VisitStatus;

/** An online follow-up visit ({@code ol_visit}). */
public record OnlineVisit(long id, String ref, String residentId, String institutionCode, String institutionName,
		String conditionCode, String conditionName, String evidenceCode, String evidenceInstitution,
		LocalDate evidenceDay, String complaint, VisitStatus status, String doctorUsername, String doctorName,
		String videoLink, String conclusion, Instant requestedAt, Instant acceptedAt, Instant startedAt,
		Instant completedAt, Instant cancelledAt, String cancelReason) {

	/** A change of state with who made it. */
	public record Event(VisitStatus status, Instant at, String actor, String note) {
	}

	/** A message of the consultation; {@code hasImage} when an image is attached. */
	public record Message(long id, String sender, String senderName, String body, boolean hasImage, Instant at) {
	}

	/** An attached image. */
	public record Image(byte[] bytes, String type) {
	}

}
