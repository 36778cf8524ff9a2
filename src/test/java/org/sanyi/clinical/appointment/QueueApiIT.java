package org.sanyi.clinical.appointment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.clinical.appointment.booking.Channel;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HIS reports check-in and calls over REST as its institution (a bearer token of one
 * of its accounts); another institution's HIS sees nothing of it; a booking platform
 * books through the same door.
 */
@IntegrationTest
class QueueApiIT {

	@LocalServerPort
	int port;

	@Autowired
	AppointmentAdmin admin;

	@Autowired
	BookingService booking;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ResidentIndex residents;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	String token(String username, String institution) {
		long id = accounts.ensure(new NewAccount(username, "Sanyi@2026", "HIS " + institution, "DOCTOR", "359900",
				institution, null, null));
		return tokens.issue(id, "queue-test", 1);
	}

	HttpResponse<String> post(String token, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theHisChecksInByResidentAndCallsNextAndAnotherHospitalIsTurnedAway() throws Exception {
		// today's schedule, so that check-in on the real clock is on the appointment's
		// day
		TestClinic clinic = TestClinic.allDay(admin, jdbc, PlatformTime.today(), 3);
		long lastSlot = clinic.slots("PUBLIC").getLast();
		String resident = "demo-resident-1";
		AppointmentRow a = booking.book(resident, lastSlot, Channel.DESK, null, Instant.now());
		String his = token("his-qx-1", TestClinic.HOSPITAL);
		String otherHis = token("his-yx-1", "H35992100001");

		HttpResponse<String> foreign = post(otherHis, "/api/appointment/queue/check-in",
				"{\"appointmentId\": " + a.id() + "}");
		HttpResponse<String> checkIn = post(his, "/api/appointment/queue/check-in",
				"{\"residentId\": \"" + resident + "\"}");
		HttpResponse<String> call = post(his, "/api/appointment/queue/" + clinic.scheduleId + "/call-next", "");

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).contains("APT-0007");
		assertThat(checkIn.statusCode()).isEqualTo(200);
		assertThat(checkIn.body()).contains("\"status\":\"CHECKED_IN\"");
		assertThat(call.statusCode()).isEqualTo(200);
		assertThat(call.body()).contains("\"id\":" + a.id());
		assertThat(booking.find(a.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CALLED);
	}

	@Test
	void aBookingThroughTheApiNeedsAKnownResidentAndASlotOfTheCallersInstitution() throws Exception {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(2), 2, 3, 0, 0, "12.00");
		long slot = clinic.slots("PUBLIC").getFirst();
		String his = token("his-qx-2", TestClinic.HOSPITAL);
		String otherHis = token("his-yx-2", "H35992100001");

		HttpResponse<String> unknown = post(his, "/api/appointment/appointments",
				"{\"residentId\": \"nobody-here\", \"slotId\": " + slot + "}");
		HttpResponse<String> foreign = post(otherHis, "/api/appointment/appointments",
				"{\"residentId\": \"demo-resident-1\", \"slotId\": " + slot + "}");
		HttpResponse<String> booked = post(his, "/api/appointment/appointments",
				"{\"residentId\": \"demo-resident-1\", \"slotId\": " + slot + "}");
		HttpResponse<String> again = post(his, "/api/appointment/appointments",
				"{\"residentId\": \"demo-resident-1\", \"slotId\": " + clinic.slots("PUBLIC").getLast() + "}");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("APT-0017");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(booked.statusCode()).isEqualTo(200);
		assertThat(booked.body()).contains("\"status\":\"BOOKED\"");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("APT-0005");
		assertThat(clinic.live()).isEqualTo(1);

		// a slot sold out is refused from its row, before any transaction, and the
		// refusal is audited like every write request
		long soldOut = clinic.slots("PUBLIC").getLast();
		jdbc.sql("update ca_slot set taken = capacity where id = :id").param("id", soldOut).update();
		HttpResponse<String> full = post(his, "/api/appointment/appointments",
				"{\"residentId\": \"it-api-full\", \"slotId\": " + soldOut + "}");
		assertThat(full.statusCode()).isEqualTo(409);
		assertThat(full.body()).contains("APT-0002");
		assertThat(clinic.live()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where resource = 'appointment:appointment' and target = 'it-api-full'
				   and detail = :detail and outcome = 'FAILED:409' and username = 'his-qx-2'""")
			.param("detail", "book slot " + soldOut)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The resident's phone follows the queue as server-sent events: the HIS's call
	 * reaches it with the number called, within a second; a call another hospital's HIS
	 * is refused sends nothing; nobody follows another resident's queue.
	 */
	@Test
	void aCallReachesThePhoneFollowingTheQueueAndARefusedCallSendsNothing() throws Exception {
		TestClinic clinic = TestClinic.allDay(admin, jdbc, PlatformTime.today(), 3);
		// the last hour of the day, three places: still ahead whenever the test runs
		long lastSlot = clinic.slots("PUBLIC").getLast();
		AppointmentRow first = booking.book("it-sse-first", lastSlot, Channel.DESK, null, Instant.now());
		AppointmentRow mine = booking.book("demo-resident-1", lastSlot, Channel.DESK, null, Instant.now());
		String his = token("his-qx-3", TestClinic.HOSPITAL);
		String otherHis = token("his-yx-3", "H35992100001");
		assertThat(post(his, "/api/appointment/queue/check-in", "{\"appointmentId\": " + first.id() + "}").statusCode())
			.isEqualTo(200);
		assertThat(post(his, "/api/appointment/queue/check-in", "{\"appointmentId\": " + mine.id() + "}").statusCode())
			.isEqualTo(200);
		HttpSession phone = HttpSession.loggedIn(port, "resident", "Sanyi@2026");

		HttpResponse<String> foreignStream = phone.get("/portal/appointments/" + first.id() + "/queue/events");
		HttpResponse<Stream<String>> stream = phone.client()
			.send(HttpRequest
				.newBuilder(URI.create(phone.base() + "/portal/appointments/" + mine.id() + "/queue/events"))
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofLines());
		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		Thread reader = Thread.startVirtualThread(() -> {
			String event = null;
			for (java.util.Iterator<String> lines = stream.body().iterator(); lines.hasNext();) {
				String line = lines.next();
				if (line.startsWith("event:")) {
					event = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					events.add(event + " " + line.substring(5).strip());
				}
			}
		});
		try {
			assertThat(stream.statusCode()).isEqualTo(200);
			assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			assertThat(events.poll(5, TimeUnit.SECONDS)).startsWith("ready ");

			HttpResponse<String> refused = post(otherHis, "/api/appointment/queue/" + clinic.scheduleId + "/call-next",
					"");
			assertThat(refused.statusCode()).isEqualTo(404);
			assertThat(events.poll(500, TimeUnit.MILLISECONDS)).isNull();

			long sent = System.nanoTime();
			HttpResponse<String> call = post(his, "/api/appointment/queue/" + clinic.scheduleId + "/call-next", "");
			String event = events.poll(5, TimeUnit.SECONDS);
			long millis = (System.nanoTime() - sent) / 1_000_000;

			assertThat(call.statusCode()).isEqualTo(200);
			assertThat(call.body()).contains("\"id\":" + first.id());
			assertThat(event)
				.isEqualTo("queue {\"scheduleId\":" + clinic.scheduleId + ",\"calledNo\":" + first.queueNo() + "}");
			// the aim is a second on a quiet machine; the ITs share two loaded cores
			assertThat(millis).isLessThan(3000);
			// what the page then asks for: the panel with the number called
			assertThat(phone.get("/portal/appointments/" + mine.id() + "/queue").body())
				.contains("id=\"current\">" + first.queueNo() + "<");
		}
		finally {
			stream.body().close();
			reader.interrupt();
		}
		assertThat(foreignStream.statusCode()).isEqualTo(404);
		assertThat(foreignStream.body()).doesNotContain("event:");
	}

}
