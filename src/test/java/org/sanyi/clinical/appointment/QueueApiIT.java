package org.sanyi.clinical.appointment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin;
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
	}

}
