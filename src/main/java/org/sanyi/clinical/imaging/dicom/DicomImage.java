package org.sanyi.clinical.imaging.dicom;

import java.time.LocalDate;

/**
 * What the platform keeps of one DICOM image (SOP instance): its identifiers, the patient
 * and study attributes a worklist shows, and what rendering needs.
 *
 * @param patientId (0010,0020), the sending institution's patient id: the platform
 * expects the resident's EMPI id or ID number there when none is given with the upload
 * @param windowCenter (0028,1050), or null
 * @param windowWidth (0028,1051), or null
 */
public record DicomImage(String studyUid, String seriesUid, String sopUid, String sopClassUid, String patientId,
		String patientName, String modality, String bodyPart, String description, LocalDate studyDate,
		int instanceNumber, int rows, int columns, Double windowCenter, Double windowWidth) {
}
