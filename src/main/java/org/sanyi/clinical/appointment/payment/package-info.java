/**
 * The payment provider of the demo and the tests (the {@code PaymentProvider} port is in
 * the module's root).
 */
package org.sanyi.clinical.appointment.payment;
