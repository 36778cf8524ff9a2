package org.sanyi.clinical.imaging.archive;

import java.util.List;

/**
 * Keeps the DICOM files of studies and gives them back. {@link #store} runs inside the
 * transaction that records the study, after its instances are recorded: an archive that
 * refuses makes the whole upload fail.
 */
public interface ImageArchive {

	/** {@code DB} or {@code DICOMWEB}, as recorded with each study. */
	String kind();

	/** Stores one study's files. */
	void store(String studyUid, List<Stored> files);

	/** One DICOM file of a study. */
	byte[] retrieve(String studyUid, String seriesUid, String sopUid);

	/** The SOP instance UIDs the archive holds of a study. */
	List<String> instances(String studyUid);

	/** A file with its identifiers. */
	record Stored(String seriesUid, String sopUid, byte[] data) {
	}

}
