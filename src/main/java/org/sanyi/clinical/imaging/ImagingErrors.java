package org.sanyi.clinical.imaging;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of regional imaging reading ({@code CIM-}). */
public enum ImagingErrors implements ErrorCode {

	/** The file is not a DICOM Part 10 file with the identifiers of an image. */
	NOT_DICOM("CIM-0001", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	/** The file is larger than the platform accepts for one image. */
	TOO_LARGE("CIM-0002", HttpStatus.CONTENT_TOO_LARGE),
	/** The study names no resident the master patient index knows. */
	UNKNOWN_RESIDENT("CIM-0003", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The sending institution belongs to no medical community with a lead hospital. */
	NO_IMAGING_CENTRE("CIM-0004", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The caller acts for no institution. */
	NO_INSTITUTION("CIM-0005", HttpStatus.FORBIDDEN),
	/** No such reading for the caller's institution. */
	UNKNOWN_READING("CIM-0006", HttpStatus.NOT_FOUND),
	/** Only the radiologist the reading is assigned to may write or sign its report. */
	NOT_ASSIGNED_READER("CIM-0007", HttpStatus.FORBIDDEN),
	/** The reading is not in a state that allows this step. */
	WRONG_STATE("CIM-0008", HttpStatus.CONFLICT),
	/** A report is signed with both findings and impression. */
	REPORT_INCOMPLETE("CIM-0009", HttpStatus.BAD_REQUEST),
	/** The study is already on the platform. */
	DUPLICATE_STUDY("CIM-0010", HttpStatus.CONFLICT),
	/** The images of one upload belong to different studies or patients. */
	MIXED_STUDIES("CIM-0011", HttpStatus.BAD_REQUEST),
	/** The region's DICOM archive did not answer or refused the study. */
	ARCHIVE_FAILED("CIM-0012", HttpStatus.BAD_GATEWAY),
	/** The image's pixel data cannot be shown (compressed or not greyscale). */
	NOT_RENDERABLE("CIM-0013", HttpStatus.UNPROCESSABLE_CONTENT),
	/** No such image in the study. */
	UNKNOWN_IMAGE("CIM-0014", HttpStatus.NOT_FOUND);

	private final String code;

	private final HttpStatus status;

	ImagingErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
