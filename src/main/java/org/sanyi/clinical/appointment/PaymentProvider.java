package org.sanyi.clinical.appointment;

import java.math.BigDecimal;

/**
 * Where registration fees are paid (挂号费): the port a deployment plugs its payment service
 * into — a bank or UnionPay acquirer, WeChat Pay or Alipay through the hospital's
 * merchant account, or the insurance mobile payment channel. The platform calls
 * {@link #charge} when a held slot is confirmed and {@link #refund} when a paid booking
 * is cancelled; it keeps its own record of every charge and refund with the provider's
 * reference. The demo and the tests use a provider that accepts every payment
 * ({@code sanyi.appointment.payment.provider=test}).
 */
public interface PaymentProvider {

	/** A short name stored with each payment, e.g. {@code test}, {@code unionpay}. */
	String name();

	/**
	 * Takes the fee from the resident.
	 * @param reference the platform's idempotency key for this charge ({@code apt-<id>}):
	 * a retry must not pay twice
	 * @return the provider's reference of the payment
	 * @throws org.sanyi.shared.BusinessException
	 * {@link AppointmentErrors#PAYMENT_REFUSED} when refused
	 */
	String charge(String residentId, BigDecimal amount, String reference);

	/**
	 * Pays a charge back in full.
	 * @param paymentRef the provider's reference returned by {@link #charge}
	 * @return the provider's reference of the refund
	 */
	String refund(String paymentRef, BigDecimal amount, String reference);

}
