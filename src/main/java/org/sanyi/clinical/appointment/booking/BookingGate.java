package org.sanyi.clinical.appointment.booking;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The queue of a release moment: booking requests (a hospital system's
 * {@code POST /api/appointment/appointments}, a resident's hold on the portal) are served
 * at most {@code permits} at a time, in the order they came, before security and Spring
 * MVC spend anything on them. Without it, at 08:00 several hundred booking requests share
 * the cores at once and finish late together (each waits for the cores again after every
 * round trip to PostgreSQL); in arrival order the early ones are answered early. Measured
 * at 256 requests in flight (docs/modules/appointment.md): the p99 136–176 ms in six
 * releases with it, 161–215 ms without, at 8–14 % fewer requests per second (PostgreSQL's
 * CPU per request a quarter higher, see there). Permits let the cores and PostgreSQL stay
 * busy while some requests wait for a round trip or their audit row. A request that
 * waited {@code wait} without its turn is answered 503 ({@code APT-0018}, Retry-After)
 * having done nothing. Only booking writes pass here: the rest of the platform, and a
 * server-sent event stream, never wait for a booking.
 */
class BookingGate extends OncePerRequestFilter {

	static final String API = "/api/appointment/appointments";

	static final String PORTAL = "/portal/appointments/hold";

	private final Semaphore turns;

	private final long waitNanos;

	private final MessageSource messages;

	BookingGate(int permits, Duration wait, MessageSource messages) {
		this.turns = new Semaphore(permits, true);
		this.waitNanos = wait.toNanos();
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(API.equals(uri) || PORTAL.equals(uri));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos));
			response.setHeader("Retry-After", String.valueOf(seconds));
			if (API.equals(request.getRequestURI())) {
				Problems.write(response, AppointmentErrors.BUSY, "Service Unavailable", new Object[] { seconds },
						messages);
			}
			else {
				// the portal's page for every server error (ServerErrorPage)
				response.sendError(AppointmentErrors.BUSY.status().value());
			}
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.release();
		}
	}

	/** Requests waiting for their turn now. */
	int waiting() {
		return turns.getQueueLength();
	}

}
