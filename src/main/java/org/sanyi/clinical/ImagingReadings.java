package org.sanyi.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Regional imaging reading as other parts of the platform drive it (the demo; a HIS uses
 * the REST endpoints): a township or county institution sends a DICOM study and asks its
 * medical community's imaging centre for a reading; a radiologist of the centre takes it,
 * reports and signs. Each step is checked as the pages check it: only the assigned reader
 * writes and signs, a signed report goes into the shared record.
 */
public interface ImagingReadings {

	/**
	 * A study sent for reading.
	 *
	 * @param institutionCode the sending institution
	 * @param username who sends it
	 * @param residentId the resident (EMPI id), or null to take the DICOM PatientID
	 * @param priority {@code STAT}, {@code URGENT} or {@code ROUTINE}
	 * @param question the clinical question for the reader
	 * @param files DICOM Part 10 files of one study
	 * @param at when it was sent
	 */
	record Request(String institutionCode, String username, String residentId, String priority, String question,
			List<byte[]> files, Instant at) {
	}

	/**
	 * A synthetic study (DICOM written with deterministic pixel data) of a resident.
	 *
	 * @param key unique key the UIDs are derived from
	 * @param modality {@code CT} or {@code DX}
	 * @param bodyPart {@code CHEST} or {@code HEAD}
	 * @param lesion whether the images show a finding
	 */
	record Sample(String key, String residentId, String modality, String bodyPart, String description, LocalDate date,
			int images, boolean lesion) {
	}

	/** The DICOM files of a synthetic study, the resident's EMPI id as PatientID. */
	List<byte[]> sample(Sample sample);

	/** Stores the study and opens a reading request; returns the reading's id. */
	long request(Request request);

	/** The radiologist takes the reading (it becomes assigned to them). */
	void take(long readingId, String reader, String readerName, Instant at);

	/** The assigned reader saves the report's findings and impression (not signed). */
	void draft(long readingId, String reader, String findings, String impression);

	/** The assigned reader signs: the report goes into the shared record. */
	void sign(long readingId, String reader, Instant at);

	/** The requesting institution withdraws a request nobody has reported on. */
	void cancel(long readingId, String institutionCode);

	/** Whether any study was ever sent. */
	boolean any();

}
