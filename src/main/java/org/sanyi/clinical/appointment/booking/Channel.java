package org.sanyi.clinical.appointment.booking;

/**
 * How a booking arrives: the resident's portal, the outpatient desk, a referral, or a
 * booking platform's REST call.
 */
public enum Channel {

	PORTAL, DESK, REFERRAL, API

}
