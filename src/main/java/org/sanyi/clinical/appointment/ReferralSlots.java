package org.sanyi.clinical.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slots reserved for referrals (号源下沉): how the referral module books, at the receiving
 * institution, a slot from the share a schedule keeps for referrals from its alliance
 * members.
 */
public interface ReferralSlots {

	/**
	 * Books the earliest free referral slot of a department on or after a day, for a
	 * resident, in one transaction (never twice, at most one booking per resident, doctor
	 * and day).
	 * @param referralRef the referral's id, kept on the appointment
	 * @return the booked slot, or empty when the department has no free referral slot in
	 * the release window
	 */
	Optional<BookedSlot> bookForReferral(String residentId, String institutionCode, String departmentCode,
			LocalDate from, String referralRef);

	/**
	 * Cancels a booking made for a referral (the referral was rejected or withdrawn); the
	 * slot is free again.
	 */
	void cancelForReferral(long appointmentId, String referralRef);

	/**
	 * A booked slot.
	 *
	 * @param appointmentId the appointment's id
	 * @param doctorName the doctor's name, or null for a department clinic
	 */
	record BookedSlot(long appointmentId, String institutionCode, String departmentCode, String doctorName,
			LocalDateTime start) {
	}

}
