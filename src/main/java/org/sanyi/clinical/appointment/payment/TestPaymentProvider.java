package org.sanyi.clinical.appointment.payment;

import java.math.BigDecimal;
import java.util.UUID;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.PaymentProvider;
import org.sanyi.shared.BusinessException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's and the tests' payment provider: accepts every positive amount and answers
 * with a reference of its own. A real deployment sets
 * {@code sanyi.appointment.payment.provider} to something else and declares its own
 * {@link PaymentProvider} bean (README).
 */
@Component
@ConditionalOnProperty(name = "sanyi.appointment.payment.provider", havingValue = "test", matchIfMissing = true)
class TestPaymentProvider implements PaymentProvider {

	@Override
	public String name() {
		return "test";
	}

	@Override
	public String charge(String residentId, BigDecimal amount, String reference) {
		if (amount.signum() <= 0 || amount.scale() > 2) {
			throw new BusinessException(AppointmentErrors.PAYMENT_REFUSED, amount);
		}
		return "TP" + UUID.nameUUIDFromBytes(reference.getBytes()).toString().replace("-", "").substring(0, 20);
	}

	@Override
	public String refund(String paymentRef, BigDecimal amount, String reference) {
		return "TR" + UUID.nameUUIDFromBytes(reference.getBytes()).toString().replace("-", "").substring(0, 20);
	}

}
