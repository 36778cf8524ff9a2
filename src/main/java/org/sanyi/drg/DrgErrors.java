package org.sanyi.drg;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of scheme import, scheme choice and grouping requests; texts in
 * {@code messages/drg*.properties}.
 */
public enum DrgErrors implements ErrorCode {

	/** A scheme file has an error on a line: file, line, problem (from the loader). */
	SCHEME_INVALID_LINE("DRG-0001", HttpStatus.BAD_REQUEST),
	/**
	 * A scheme file as a whole is wrong (missing, a JSON path in scheme.json): file,
	 * problem.
	 */
	SCHEME_INVALID_FILE("DRG-0002", HttpStatus.BAD_REQUEST),
	/** The upload is not a readable zip archive: reason. */
	ARCHIVE_UNREADABLE("DRG-0003", HttpStatus.BAD_REQUEST),
	/** A scheme archive or file exceeds the size limit: what, limit in MB. */
	SCHEME_TOO_LARGE("DRG-0004", HttpStatus.CONTENT_TOO_LARGE),
	/** The scheme version was imported before: code, version, id. */
	SCHEME_EXISTS("DRG-0005", HttpStatus.CONFLICT),
	/** No scheme with this id. */
	SCHEME_NOT_FOUND("DRG-0006", HttpStatus.NOT_FOUND),
	/** No scheme is assigned to the region on the discharge date: region, date. */
	NO_SCHEME_FOR_REGION("DRG-0007", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The region already has a scheme for part of the period: region, from, to. */
	ASSIGNMENT_OVERLAP("DRG-0008", HttpStatus.CONFLICT),
	/** Not a 6-digit administrative code (000000 = whole country): the code. */
	INVALID_REGION("DRG-0009", HttpStatus.BAD_REQUEST),
	/** A period whose end is not after its start, or a missing start: from, to. */
	INVALID_PERIOD("DRG-0010", HttpStatus.BAD_REQUEST),
	/**
	 * An assignment outside the scheme's effective period: from, to, scheme from, scheme
	 * to.
	 */
	ASSIGNMENT_OUTSIDE_SCHEME("DRG-0011", HttpStatus.BAD_REQUEST),
	/**
	 * The caller may not assign schemes to this region (outside their data scope):
	 * region.
	 */
	REGION_OUT_OF_SCOPE("DRG-0012", HttpStatus.FORBIDDEN),
	/** The case cannot be grouped as entered: the problems, joined. */
	CASE_INVALID("DRG-0013", HttpStatus.BAD_REQUEST),
	/** A batch file is over the limit: lines, MB. */
	BATCH_TOO_LARGE("DRG-0014", HttpStatus.CONTENT_TOO_LARGE),
	/**
	 * A batch file cannot be processed at all (empty, required column missing): reason.
	 */
	BATCH_BAD_FILE("DRG-0015", HttpStatus.BAD_REQUEST),
	/** Importing from a server directory is reserved to platform administrators. */
	PATH_IMPORT_FORBIDDEN("DRG-0016", HttpStatus.FORBIDDEN),
	/** The server directory holds no scheme.json: the path. */
	PATH_NOT_A_SCHEME("DRG-0017", HttpStatus.BAD_REQUEST),
	/** No region assignment with this id. */
	ASSIGNMENT_NOT_FOUND("DRG-0018", HttpStatus.NOT_FOUND),
	/** A scheme file is not UTF-8 text: the file. */
	FILE_NOT_UTF8("DRG-0019", HttpStatus.BAD_REQUEST),
	/** The scheme is retired and can no longer be assigned: code, version. */
	SCHEME_RETIRED("DRG-0020", HttpStatus.CONFLICT),
	/**
	 * A settlement list failed the quality checks: number of problems, the problems
	 * (field: problem) joined.
	 */
	SETL_LIST_INVALID("DRG-0021", HttpStatus.BAD_REQUEST),
	/**
	 * The settlement a list refers to is unknown, or belongs to another institution:
	 * setl_id.
	 */
	SETTLEMENT_UNKNOWN("DRG-0022", HttpStatus.NOT_FOUND),
	/**
	 * The settlement was reversed (2208/2305), a list can no longer be uploaded for it:
	 * setl_id.
	 */
	SETTLEMENT_REVERSED("DRG-0023", HttpStatus.CONFLICT),
	/** No settlement list with this id in the caller's scope: setl_list_id. */
	SETL_LIST_NOT_FOUND("DRG-0024", HttpStatus.NOT_FOUND),
	/** Payment parameters as proposed are not usable: the reason. */
	PARAM_INVALID("DRG-0025", HttpStatus.BAD_REQUEST),
	/** No payment parameter version with this id in the caller's scope: id. */
	PARAM_NOT_FOUND("DRG-0026", HttpStatus.NOT_FOUND),
	/** The version is not waiting for review: code, status. */
	PARAM_NOT_PENDING("DRG-0027", HttpStatus.CONFLICT),
	/** A proposal must be approved by another officer than the one who proposed it. */
	PARAM_REVIEW_OWN("DRG-0028", HttpStatus.FORBIDDEN),
	/**
	 * The effective date clashes with an approved version: date, the other version, its
	 * start.
	 */
	PARAM_EFFECTIVE_DATE("DRG-0029", HttpStatus.CONFLICT),
	/**
	 * The base period holds no grouped, unreversed case of the region: region, from, to.
	 */
	NO_BASE_CASES("DRG-0030", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * No approved payment parameters apply to the region on the discharge date: region,
	 * date.
	 */
	NO_PARAMETERS("DRG-0031", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A month to settle that is not a past or current month in yyyy-MM form: the value.
	 */
	MONTH_INVALID("DRG-0032", HttpStatus.BAD_REQUEST),
	/**
	 * A new parameter version while one of the region waits for review: region, its code.
	 */
	PARAM_PENDING_EXISTS("DRG-0033", HttpStatus.CONFLICT);

	private final String code;

	private final HttpStatus status;

	DrgErrors(String code, HttpStatus status) {
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
