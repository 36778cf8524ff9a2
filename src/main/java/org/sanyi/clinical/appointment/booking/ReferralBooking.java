package org.sanyi.clinical.appointment.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.ReferralSlots;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;

/**
 * The referral share (号源下沉) as the referral module books it: the earliest referral slot
 * of the department within {@value #HORIZON_DAYS} days, booked with priority in the
 * queue; the fee is paid at the counter.
 */
@Service
class ReferralBooking implements ReferralSlots {

	static final int HORIZON_DAYS = 30;

	private final SlotRepository slots;

	private final BookingService booking;

	private final AppointmentRepository appointments;

	private final Clock clock = Clock.system(PlatformTime.zone());

	ReferralBooking(SlotRepository slots, BookingService booking, AppointmentRepository appointments) {
		this.slots = slots;
		this.booking = booking;
		this.appointments = appointments;
	}

	@Override
	public Optional<BookedSlot> bookForReferral(String residentId, String institutionCode, String departmentCode,
			LocalDate from, String referralRef) {
		Instant now = clock.instant();
		// another booking may take the slot between the look-up and the hold: try the
		// next one
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<SlotRow> slot = slots.firstFreeReferralSlot(institutionCode, departmentCode, from,
					from.plusDays(HORIZON_DAYS), now);
			if (slot.isEmpty()) {
				return Optional.empty();
			}
			try {
				AppointmentRow a = booking.book(residentId, slot.get().id(), Channel.REFERRAL, referralRef, now);
				return Optional.of(new BookedSlot(a.id(), a.institutionCode(), a.departmentCode(), a.doctorName(),
						a.slotStarts().atZone(PlatformTime.zone()).toLocalDateTime()));
			}
			catch (BusinessException ex) {
				if (ex.error() != AppointmentErrors.SLOT_FULL) {
					throw ex;
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void cancelForReferral(long appointmentId, String referralRef) {
		AppointmentRow a = appointments.find(appointmentId)
			.filter(x -> referralRef != null && referralRef.equals(x.referralRef()))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, appointmentId));
		booking.cancel(a.id(), null, clock.instant());
	}

}
