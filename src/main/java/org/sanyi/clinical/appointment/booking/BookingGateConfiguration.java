package org.sanyi.clinical.appointment.booking;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the {@link BookingGate} right after the request body limit and before
 * security. {@code sanyi.appointment.booking-gate.permits} (default 16 per core; 0 turns
 * the gate off) and {@code sanyi.appointment.booking-gate.wait} (default 10 s).
 */
@Configuration
class BookingGateConfiguration {

	@Bean
	FilterRegistrationBean<BookingGate> bookingGate(
			@Value("${sanyi.appointment.booking-gate.permits:#{16 * T(java.lang.Runtime).getRuntime().availableProcessors()}}") int permits,
			@Value("${sanyi.appointment.booking-gate.wait:10s}") Duration wait, MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new BookingGate(Math.max(permits, 1), wait, messages));
		registration.addUrlPatterns(BookingGate.API, BookingGate.PORTAL);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
		registration.setEnabled(permits > 0);
		return registration;
	}

}
