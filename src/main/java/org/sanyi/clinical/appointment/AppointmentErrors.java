package org.sanyi.clinical.appointment;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of appointments, the queue and satisfaction surveys. */
public enum AppointmentErrors implements ErrorCode {

	/** No such slot or schedule, or not one the caller may book. */
	SLOT_NOT_FOUND("APT-0001", HttpStatus.NOT_FOUND),
	/** The slot is taken up to its capacity. */
	SLOT_FULL("APT-0002", HttpStatus.CONFLICT),
	/** The slot has started or lies in the past. */
	SLOT_PAST("APT-0003", HttpStatus.CONFLICT),
	/**
	 * The slot's share is not open yet: the release moment has not come (argument: the
	 * moment).
	 */
	NOT_RELEASED("APT-0004", HttpStatus.CONFLICT),
	/** The resident already has an appointment with this doctor on that day. */
	ONE_PER_DOCTOR_DAY("APT-0005", HttpStatus.CONFLICT),
	/**
	 * Booking is suspended after repeated no-shows (argument: the last day of the
	 * suspension).
	 */
	SUSPENDED("APT-0006", HttpStatus.FORBIDDEN),
	/** No such appointment, or not the caller's. */
	APPOINTMENT_NOT_FOUND("APT-0007", HttpStatus.NOT_FOUND),
	/**
	 * The appointment cannot move to that state from where it is (arguments: from, to).
	 */
	WRONG_STATE("APT-0008", HttpStatus.CONFLICT),
	/** The hold expired before the booking was confirmed. */
	HOLD_EXPIRED("APT-0009", HttpStatus.CONFLICT),
	/** Too late to cancel (argument: the cut-off time). */
	CANCEL_TOO_LATE("APT-0010", HttpStatus.CONFLICT),
	/** The payment provider refused the registration fee. */
	PAYMENT_REFUSED("APT-0011", HttpStatus.PAYMENT_REQUIRED),
	/** The survey was answered already, or the visit is not completed. */
	SURVEY_NOT_OPEN("APT-0012", HttpStatus.CONFLICT),
	/** A survey answer outside 1–5 or a question missing. */
	INVALID_SURVEY("APT-0013", HttpStatus.BAD_REQUEST),
	/** The caller has no institution to report the queue for. */
	NO_INSTITUTION("APT-0014", HttpStatus.FORBIDDEN),
	/**
	 * The share may not be booked through this channel (walk-in numbers at the desk,
	 * referral numbers by referral).
	 */
	WRONG_POOL("APT-0015", HttpStatus.FORBIDDEN),
	/** A release rule or roster with values out of range (argument: the field). */
	INVALID_RULE("APT-0016", HttpStatus.BAD_REQUEST),
	/** No such resident in the master patient index. */
	UNKNOWN_RESIDENT("APT-0017", HttpStatus.NOT_FOUND),
	/**
	 * A booking request that waited its longest for its turn at a release moment
	 * (argument: the seconds after which to try again).
	 */
	BUSY("APT-0018", HttpStatus.SERVICE_UNAVAILABLE);

	private final String code;

	private final HttpStatus status;

	AppointmentErrors(String code, HttpStatus status) {
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
