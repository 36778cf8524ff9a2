package org.sanyi.clinical.appointment.booking;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BookingGateTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	BookingGateTest() {
		messages.addMessage("error.APT-0018", Locale.SIMPLIFIED_CHINESE, "请 {0} 秒后再试");
		messages.addMessage("error.APT-0018", Locale.ENGLISH, "try again in {0} seconds");
	}

	private static MockHttpServletRequest post(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setRequestURI(uri);
		return request;
	}

	@Test
	void bookingRequestsAreServedAFewAtATimeInTheOrderTheyCame() throws Exception {
		BookingGate gate = new BookingGate(2, Duration.ofSeconds(30), messages);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		List<Integer> admitted = new CopyOnWriteArrayList<>();
		List<CountDownLatch> done = new java.util.ArrayList<>();
		List<Thread> threads = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			CountDownLatch finish = new CountDownLatch(1);
			done.add(finish);
			FilterChain chain = (req, res) -> {
				admitted.add(n);
				most.accumulateAndGet(inside.incrementAndGet(), Math::max);
				try {
					finish.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				inside.decrementAndGet();
			};
			threads.add(Thread.ofVirtual().start(() -> {
				try {
					gate.doFilter(post(BookingGate.API), new MockHttpServletResponse(), chain);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
			// the next request comes once this one is inside or queued
			awaitCount(() -> admitted.size() + gate.waiting(), i + 1);
		}
		assertThat(admitted).containsExactly(0, 1);
		assertThat(gate.waiting()).isEqualTo(6);
		// each request that ends gives its turn to the one that has waited longest
		for (int k = 0; k < 6; k++) {
			done.get(k).countDown();
			awaitCount(admitted::size, k + 3);
			assertThat(admitted.get(k + 2)).isEqualTo(k + 2);
		}
		done.forEach(CountDownLatch::countDown);
		for (Thread t : threads) {
			t.join(10_000);
		}

		assertThat(admitted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(most.get()).isEqualTo(2);
	}

	private static void awaitCount(java.util.function.IntSupplier count, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (count.getAsInt() < expected && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
	}

	@Test
	void aRequestThatWaitedTooLongIsToldToComeBackAndDoesNothing() throws Exception {
		BookingGate gate = new BookingGate(1, Duration.ofMillis(50), messages);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread first = Thread.ofVirtual().start(() -> {
			try {
				gate.doFilter(post(BookingGate.API), new MockHttpServletResponse(), (req, res) -> {
					inside.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		inside.await(10, TimeUnit.SECONDS);
		AtomicInteger reached = new AtomicInteger();

		MockHttpServletResponse api = new MockHttpServletResponse();
		gate.doFilter(post(BookingGate.API), api, (req, res) -> reached.incrementAndGet());
		MockHttpServletResponse portal = new MockHttpServletResponse();
		gate.doFilter(post(BookingGate.PORTAL), portal, (req, res) -> reached.incrementAndGet());

		assertThat(reached).hasValue(0);
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getHeader("Retry-After")).isEqualTo("1");
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"code\":\"APT-0018\"")
			.contains("请 1 秒后再试 / try again in 1 seconds");
		assertThat(portal.getStatus()).isEqualTo(503);
		release.countDown();
		first.join(10_000);
		// the turn is given back: the next one passes
		gate.doFilter(post(BookingGate.API), new MockHttpServletResponse(), (req, res) -> reached.incrementAndGet());
		assertThat(reached).hasValue(1);
	}

	@Test
	void otherRequestsNeverWait() {
		BookingGate gate = new BookingGate(1, Duration.ofSeconds(1), messages);
		assertThat(gate.shouldNotFilter(new MockHttpServletRequest("GET", BookingGate.API))).isTrue();
		assertThat(gate.shouldNotFilter(post("/api/appointment/appointments/7/cancel"))).isTrue();
		assertThat(gate.shouldNotFilter(post("/portal/appointments/7/pay"))).isTrue();
		assertThat(gate.shouldNotFilter(post(BookingGate.API))).isFalse();
		assertThat(gate.shouldNotFilter(post(BookingGate.PORTAL))).isFalse();
	}

}
