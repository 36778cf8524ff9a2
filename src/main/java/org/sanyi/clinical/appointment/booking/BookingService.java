package org.sanyi.clinical.appointment.booking;

import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.PaymentProvider;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IHE-style hold and book, and cancel. A hold takes one place of the slot by a
 * conditional update and inserts the appointment in one transaction; the partial unique
 * index refuses a second live appointment of the resident with the doctor that day, which
 * rolls the place back with it. Paying happens between hold and book, outside any
 * transaction, so no row lock waits for the payment provider.
 */
@Service
public class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final ReleaseRules rules;

	private final PaymentProvider payments;

	private final AppointmentFacts facts;

	private final TransactionTemplate transaction;

	private final AppointmentSettings settings;

	public BookingService(SlotRepository slots, AppointmentRepository appointments, ReleaseRules rules,
			PaymentProvider payments, AppointmentFacts facts, TransactionTemplate transaction,
			AppointmentSettings settings) {
		this.slots = slots;
		this.appointments = appointments;
		this.rules = rules;
		this.payments = payments;
		this.facts = facts;
		this.transaction = transaction;
		this.settings = settings;
	}

	public BookingRules bookingRules() {
		return new BookingRules(PlatformTime.zone(), settings.noShowLimit(), settings.noShowWindowDays(),
				settings.suspendDays());
	}

	/** Holds a place of the slot for the resident for the institution's hold minutes. */
	public long hold(String residentId, long slotId, Channel channel, String referralRef, Instant now) {
		SlotRow slot = slots.slot(slotId)
			.orElseThrow(() -> new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, slotId));
		return hold(residentId, slot, channel, referralRef, now);
	}

	/**
	 * Refuses, from the slot as just read and before any transaction, what the rules do
	 * not allow and a slot with no place left. At a release moment nearly every request
	 * is for a slot that is already full, and this answers them without a lock or a
	 * write. The row may be a moment old in either direction: when it still shows a place
	 * the conditional update of {@link #hold} decides (a full slot is never taken); when
	 * it shows none while a cancellation just gave one back, the caller is answered as if
	 * a moment earlier.
	 */
	public void checkAvailable(SlotRow slot, Channel channel, Instant now) {
		if (!slot.open()) {
			throw new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, slot.id());
		}
		bookingRules().checkBookable(slot.pool(), slot.day(), slot.endsAt(), channel, rules.of(slot.institutionCode()),
				now);
		if (slot.free() <= 0) {
			throw new BusinessException(AppointmentErrors.SLOT_FULL);
		}
	}

	/**
	 * Holds a place of a slot read just before: the checks of {@link #checkAvailable},
	 * the resident's suspension, then one transaction that takes the place by the
	 * conditional update and inserts the appointment.
	 */
	public long hold(String residentId, SlotRow slot, Channel channel, String referralRef, Instant now) {
		return held(residentId, slot, channel, referralRef, now).id();
	}

	private AppointmentRow held(String residentId, SlotRow slot, Channel channel, String referralRef, Instant now) {
		checkAvailable(slot, channel, now);
		ReleaseRule rule = rules.of(slot.institutionCode());
		LocalDate today = LocalDate.ofInstant(now, PlatformTime.zone());
		bookingRules().suspendedUntil(appointments.noShowDays(residentId, today.minusYears(1)), today)
			.ifPresent(until -> {
				throw new BusinessException(AppointmentErrors.SUSPENDED, until);
			});
		long slotId = slot.id();
		return transaction.execute(status -> {
			if (!slots.take(slotId)) {
				throw new BusinessException(AppointmentErrors.SLOT_FULL);
			}
			try {
				return appointments.insertHeld(slot, residentId, channel, channel == Channel.REFERRAL ? 1 : 0,
						referralRef, now.plusSeconds(60L * rule.holdMinutes()), now);
			}
			catch (DuplicateKeyException ex) {
				throw new BusinessException(AppointmentErrors.ONE_PER_DOCTOR_DAY);
			}
		});
	}

	/**
	 * Pays the fee of a hold and books it. When the hold ran out while the provider was
	 * paid, the payment goes back.
	 */
	public AppointmentRow confirm(long appointmentId, String residentId, Instant now) {
		AppointmentRow held = appointments.find(appointmentId)
			.filter(a -> residentId == null || a.residentId().equals(residentId))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, appointmentId));
		return confirm(held, now);
	}

	/**
	 * Pays and books a hold as read (or as just inserted); returns it booked without
	 * reading it again.
	 */
	private AppointmentRow confirm(AppointmentRow held, Instant now) {
		long appointmentId = held.id();
		if (held.status() != AppointmentStatus.HELD) {
			throw new BusinessException(AppointmentErrors.WRONG_STATE, held.status(), AppointmentStatus.BOOKED);
		}
		if (!held.holdExpiresAt().isAfter(now)) {
			throw new BusinessException(AppointmentErrors.HOLD_EXPIRED);
		}
		// the desk and referrals collect the fee at the counter; the portal and booking
		// platforms through the provider
		boolean paid = held.fee().signum() > 0 && (held.channel() == Channel.PORTAL || held.channel() == Channel.API);
		String paymentRef = paid ? payments.charge(held.residentId(), held.fee(), "apt-" + appointmentId) : null;
		Boolean booked = transaction.execute(status -> {
			if (!(paid ? appointments.bookCharged(appointmentId, now, held.fee(), payments.name(), paymentRef)
					: appointments.book(appointmentId, now))) {
				return false;
			}
			facts.booked(appointmentId, held.institutionCode(), held.departmentCode(), held.day());
			return true;
		});
		if (!Boolean.TRUE.equals(booked)) {
			if (paid) {
				payments.refund(paymentRef, held.fee(), "apt-" + appointmentId + "-expired");
			}
			throw new BusinessException(AppointmentErrors.HOLD_EXPIRED);
		}
		return held.booked(now);
	}

	/** Hold and book in one call (the desk, a booking platform, a referral). */
	public AppointmentRow book(String residentId, long slotId, Channel channel, String referralRef, Instant now) {
		SlotRow slot = slots.slot(slotId)
			.orElseThrow(() -> new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, slotId));
		return book(residentId, slot, channel, referralRef, now);
	}

	/**
	 * Hold and book in one call, of a slot read just before ({@link #checkAvailable}).
	 */
	public AppointmentRow book(String residentId, SlotRow slot, Channel channel, String referralRef, Instant now) {
		AppointmentRow held = held(residentId, slot, channel, referralRef, now);
		try {
			return confirm(held, now);
		}
		catch (BusinessException ex) {
			release(held.id(), now);
			throw ex;
		}
	}

	/**
	 * Cancels a hold or a booking before the institution's cut-off and pays the fee back.
	 * @param residentId the resident cancelling their own, or null for the platform (a
	 * withdrawn referral)
	 */
	public void cancel(long appointmentId, String residentId, Instant now) {
		AppointmentRow a = appointments.find(appointmentId)
			.filter(x -> residentId == null || x.residentId().equals(residentId))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, appointmentId));
		if (!a.status().canBecome(AppointmentStatus.CANCELLED)) {
			throw new BusinessException(AppointmentErrors.WRONG_STATE, a.status(), AppointmentStatus.CANCELLED);
		}
		Instant cutoff = bookingRules().cancelCutoff(rules.of(a.institutionCode()), a.slotStarts());
		if (a.status() == AppointmentStatus.BOOKED && !now.isBefore(cutoff)) {
			throw new BusinessException(AppointmentErrors.CANCEL_TOO_LATE, bookingRules().minute(cutoff));
		}
		Boolean cancelled = transaction.execute(status -> {
			if (!appointments.move(appointmentId, AppointmentStatus.CANCELLED.predecessors(),
					AppointmentStatus.CANCELLED, "cancelled_at", now)) {
				return false;
			}
			slots.giveBack(a.slotId());
			if (a.status() == AppointmentStatus.BOOKED) {
				facts.cancelled(appointmentId, a.institutionCode(), a.departmentCode(), a.day());
			}
			return true;
		});
		if (!Boolean.TRUE.equals(cancelled)) {
			throw new BusinessException(AppointmentErrors.WRONG_STATE, a.status(), AppointmentStatus.CANCELLED);
		}
		refund(a);
	}

	private void refund(AppointmentRow a) {
		appointments.openCharge(a.id()).ifPresent(ref -> {
			String refundRef = payments.refund(ref, a.fee(), "apt-" + a.id() + "-refund");
			appointments.refunded(a.id(), a.fee(), payments.name(), refundRef);
		});
	}

	public java.util.Optional<AppointmentRow> find(long id) {
		return appointments.find(id);
	}

	/** Lets a hold go (expired, or its payment failed): the place is free again. */
	public boolean release(long appointmentId, Instant now) {
		Boolean released = transaction.execute(status -> {
			AppointmentRow a = appointments.find(appointmentId).orElse(null);
			if (a == null || !appointments.move(appointmentId, java.util.Set.of(AppointmentStatus.HELD),
					AppointmentStatus.EXPIRED, null, now)) {
				return false;
			}
			slots.giveBack(a.slotId());
			return true;
		});
		return Boolean.TRUE.equals(released);
	}

	/** Frees the places of holds that ran out; called every minute. */
	public int expireHolds(Instant now) {
		int n = 0;
		for (long id : appointments.expiredHolds(now, 500)) {
			if (release(id, now)) {
				n++;
			}
		}
		if (n > 0) {
			log.debug("{} expired holds released", n);
		}
		return n;
	}

}
