package org.sanyi.monitoring;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of indicator definitions and indicator queries; texts in
 * {@code messages/monitoring*.properties}. The expression errors take the side (分子/分母),
 * the 1-based column and what is wrong there.
 */
public enum MonitoringErrors implements ErrorCode {

	/** An expression that does not parse: side, column, what was expected. */
	EXPRESSION_SYNTAX("MON-0001", HttpStatus.BAD_REQUEST),
	/** A data element no catalogue declares: side, column, code. */
	UNKNOWN_ELEMENT("MON-0002", HttpStatus.BAD_REQUEST),
	/** A dimension the element does not carry: side, column, element[dimension]. */
	UNKNOWN_DIMENSION("MON-0003", HttpStatus.BAD_REQUEST),
	/** An unknown institution group: side, column, group. */
	UNKNOWN_GROUP("MON-0004", HttpStatus.BAD_REQUEST),
	/** A reference to an indicator that does not exist: side, column, code. */
	UNKNOWN_INDICATOR("MON-0005", HttpStatus.BAD_REQUEST),
	/** Indicators referring to each other in a circle: side, column, the path. */
	INDICATOR_CYCLE("MON-0006", HttpStatus.BAD_REQUEST),
	/** A division by a constant zero: side, column. */
	DIVISION_BY_ZERO("MON-0007", HttpStatus.BAD_REQUEST),
	/** A field of a definition is missing or malformed: which field. */
	DEFINITION_FIELD("MON-0008", HttpStatus.BAD_REQUEST),
	/** No indicator (version) with this id or code. */
	INDICATOR_NOT_FOUND("MON-0009", HttpStatus.NOT_FOUND),
	/** A new version while one of the code waits for review: code, version. */
	PENDING_EXISTS("MON-0010", HttpStatus.CONFLICT),
	/** A decision on a version that is not pending: code, version, state. */
	NOT_PENDING("MON-0011", HttpStatus.CONFLICT),
	/** The proposer may not review their own version. */
	REVIEW_OWN("MON-0012", HttpStatus.FORBIDDEN),
	/**
	 * An area (region, alliance, institution) that is unknown or outside the viewer's
	 * data scope: the code.
	 */
	AREA_NOT_FOUND("MON-0013", HttpStatus.NOT_FOUND),
	/** Not a period code (2026-11, 2026Q3, 2026): the text. */
	PERIOD_INVALID("MON-0014", HttpStatus.BAD_REQUEST),
	/** An alert rule with a missing or malformed field: which field. */
	ALERT_RULE_INVALID("MON-0015", HttpStatus.BAD_REQUEST),
	/** No alert with this id in the viewer's scope. */
	ALERT_NOT_FOUND("MON-0016", HttpStatus.NOT_FOUND),
	/** The alert was acknowledged already: its id. */
	ALERT_NOT_OPEN("MON-0017", HttpStatus.CONFLICT),
	/** 参保地 that is not a county (区县) of the registry: the text. */
	INSURED_COUNTY_INVALID("MON-0018", HttpStatus.BAD_REQUEST),
	/**
	 * A disease-mix filter (visit kind, level of institution, in/out of county, ICD-10
	 * chapter) that is not one of its choices: the filter and the text.
	 */
	DISEASE_FILTER_INVALID("MON-0019", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	MonitoringErrors(String code, HttpStatus status) {
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
