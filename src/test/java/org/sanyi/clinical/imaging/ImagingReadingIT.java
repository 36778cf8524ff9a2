package org.sanyi.clinical.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.ImagingReadings;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A township centre of 云岫县's medical community sends a study over STOW-RS and the county
 * hospital's imaging centre reads it: refused when not DICOM, due by its priority, taken
 * by one radiologist whom nobody else may replace in writing or signing, signed into the
 * shared record as a DiagnosticReport with the ImagingStudy, the turnaround reported to
 * monitoring; the pages show the worklist and render the images as PNG.
 */
@IntegrationTest
class ImagingReadingIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String COUNTY_HOSPITAL = "H35992100001";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Registry registry;

	@Autowired
	ImagingReadings imaging;

	final HttpClient http = HttpClient.newHttpClient();

	record Answer(int status, JsonNode body) {
	}

	Answer call(String token, String method, String path, String contentType, byte[] body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token);
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		b.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		var r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
	}

	String token(String username, String name, String institution, String region) {
		long id = accounts
			.ensure(new NewAccount(username, "Sanyi@2026", name, "DOCTOR", region, institution, null, null));
		return tokens.issue(id, "imaging-it", 1);
	}

	Institution township() {
		Alliance community = registry.alliancesOf(COUNTY_HOSPITAL, LocalDate.now())
			.stream()
			.filter(a -> a.kind() == Alliance.Kind.COUNTY_COMMUNITY)
			.findFirst()
			.orElseThrow();
		return registry.institutionsInAlliance(community.id(), LocalDate.now())
			.stream()
			.filter(i -> i.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE)
			.findFirst()
			.orElseThrow();
	}

	static byte[] stow(String boundary, List<byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] f : files) {
			out.writeBytes(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(f);
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	@Test
	void aTownshipStudyIsReadByTheCountyCentreAndSignedIntoTheSharedRecord() throws Exception {
		Institution township = township();
		String sender = token("img_it_township", "刘芳（卫生院）", township.code(), township.regionCode());
		String readerA = token("img_it_reader_a", "王医生（影像科）", COUNTY_HOSPITAL, "359921");
		String readerB = token("img_it_reader_b", "陈医生（影像科）", COUNTY_HOSPITAL, "359921");
		String key = "it/" + System.nanoTime();
		List<byte[]> files = imaging.sample(
				new ImagingReadings.Sample(key, "demo-resident-1", "CT", "CHEST", "胸部CT平扫", LocalDate.now(), 3, true));

		Answer notDicom = call(sender, "POST", "/api/clinical/imaging/studies?priority=URGENT", "application/dicom",
				"not a dicom file at all".getBytes(StandardCharsets.UTF_8));
		assertThat(notDicom.status()).isEqualTo(415);
		assertThat(notDicom.body().path("code").asString()).isEqualTo("CIM-0001");

		Answer sent = call(sender, "POST", "/api/clinical/imaging/studies?priority=URGENT&question=%E5%92%B3%E5%97%BD",
				"multipart/related; type=\"application/dicom\"; boundary=it-boundary", stow("it-boundary", files));
		assertThat(sent.status()).isEqualTo(201);
		long id = sent.body().path("readingId").asLong();
		assertThat(sent.body().path("centreCode").asString()).isEqualTo(COUNTY_HOSPITAL);
		assertThat(jdbc
			.sql("select count(*) from img_instance i join img_reading r on r.study_id = i.study_id where r.id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select extract(epoch from due_at - requested_at) from img_reading where id = :id")
			.param("id", id)
			.query(Double.class)
			.single()).isEqualTo(7200.0);

		Answer again = call(sender, "POST", "/api/clinical/imaging/studies",
				"multipart/related; type=\"application/dicom\"; boundary=b2", stow("b2", files));
		assertThat(again.body().path("code").asString()).isEqualTo("CIM-0010");

		Answer worklist = call(readerA, "GET", "/api/clinical/imaging/worklist?size=500", null, null);
		assertThat(worklist.body().path("rows").valueStream().map(r -> r.path("id").asLong())).contains(id);

		assertThat(call(readerA, "POST", "/api/clinical/imaging/readings/" + id + "/take", null, null).status())
			.isEqualTo(200);
		Answer intruder = call(readerB, "POST", "/api/clinical/imaging/readings/" + id + "/report", "application/json",
				"{\"findings\":\"无\",\"impression\":\"无\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(intruder.status()).isEqualTo(403);
		assertThat(intruder.body().path("code").asString()).isEqualTo("CIM-0007");
		Answer incomplete = call(readerA, "POST", "/api/clinical/imaging/readings/" + id + "/report",
				"application/json", "{\"findings\":\"右肺上叶结节\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(incomplete.status()).isEqualTo(200);
		assertThat(call(readerA, "POST", "/api/clinical/imaging/readings/" + id + "/sign", null, null).body()
			.path("code")
			.asString()).isEqualTo("CIM-0009");
		call(readerA, "POST", "/api/clinical/imaging/readings/" + id + "/report", "application/json",
				"{\"findings\":\"右肺上叶见约8mm实性结节\",\"impression\":\"右肺上叶结节，建议复查\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(call(readerB, "POST", "/api/clinical/imaging/readings/" + id + "/sign", null, null).status())
			.isEqualTo(403);
		Answer signed = call(readerA, "POST", "/api/clinical/imaging/readings/" + id + "/sign", null, null);
		assertThat(signed.status()).isEqualTo(200);
		assertThat(signed.body().path("status").asString()).isEqualTo("SIGNED");
		String reference = signed.body().path("reportReference").asString();
		assertThat(reference).startsWith("DiagnosticReport/");

		Map<String, Object> report = jdbc.sql("""
				select resident_id, source_institution, body->>'conclusion' as conclusion, body->>'status' as status
				from cr_resource where resource_type = 'DiagnosticReport' and resource_id = :id""")
			.param("id", reference.substring("DiagnosticReport/".length()))
			.query()
			.singleRow();
		assertThat(report).containsEntry("resident_id", "demo-resident-1")
			.containsEntry("source_institution", COUNTY_HOSPITAL)
			.containsEntry("conclusion", "右肺上叶结节，建议复查")
			.containsEntry("status", "final");
		assertThat(jdbc
			.sql("""
					select count(*) from cr_resource where resource_type = 'ImagingStudy' and resident_id = 'demo-resident-1'
					and body::text like :uid""")
			.param("uid", "%" + sent.body().path("studyUid").asString() + "%")
			.query(Long.class)
			.single()).isEqualTo(1);

		// the requesting institution sees the signed report; another township does not
		// see the reading at all
		Answer back = call(sender, "GET", "/api/clinical/imaging/readings/" + id, null, null);
		assertThat(back.body().path("impression").asString()).isEqualTo("右肺上叶结节，建议复查");
		assertThat(back.body().path("reader").asString()).isEqualTo("王医生（影像科）");
		String stranger = token("img_it_stranger", "外院医生", "H35990000001", "359900");
		assertThat(call(stranger, "GET", "/api/clinical/imaging/readings/" + id, null, null).status()).isEqualTo(404);

		assertThat(awaitFacts("imaging:reading:" + id + ":signed")).as("monitoring counted the signed report's facts")
			.containsKeys("imaging.signed", "imaging.turnaround", "imaging.overdue")
			.containsEntry("imaging.signed", 1.0);
	}

	/** The facts monitoring stored for a report key, waiting for the event to arrive. */
	Map<String, Double> awaitFacts(String key) throws InterruptedException {
		long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < end) {
			var facts = jdbc.sql("""
					select f.element, sum(f.value)::float8 from mon_fact f join mon_fact_report r on r.id = f.report_id
					where r.report_key = :key group by f.element""")
				.param("key", key)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2)))
				.list();
			if (!facts.isEmpty()) {
				return Map.ofEntries(facts.toArray(Map.Entry[]::new));
			}
			Thread.sleep(100);
		}
		return Map.of();
	}

	@Test
	void theReadingPageRendersTheImagesThroughAWindow() throws Exception {
		Institution township = township();
		String sender = token("img_it_township", "刘芳（卫生院）", township.code(), township.regionCode());
		List<byte[]> files = imaging.sample(new ImagingReadings.Sample("it-page/" + System.nanoTime(),
				"demo-resident-1", "DX", "CHEST", "胸部DR正位片", LocalDate.now(), 1, false));
		long id = call(sender, "POST", "/api/clinical/imaging/studies", "application/dicom", files.getFirst()).body()
			.path("readingId")
			.asLong();
		accounts.ensure(new NewAccount("img_it_reader_web", "Sanyi@2026", "王医生", "DOCTOR", "359921", COUNTY_HOSPITAL,
				null, null));
		HttpSession reader = HttpSession.loggedIn(port, "img_it_reader_web", "Sanyi@2026");
		assertThat(reader.get("/clinical/imaging?show=ALL&size=500").body())
			.contains("/clinical/imaging/readings/" + id);
		String page = reader.get("/clinical/imaging/readings/" + id).body();
		assertThat(page).contains("胸部DR正位片").contains("领取阅片");
		HttpResponse<byte[]> png = reader.getBytes("/clinical/imaging/readings/" + id + "/images/1?window=DEFAULT");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
		assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
		assertThat(reader.getBytes("/clinical/imaging/readings/" + id + "/images/9").statusCode()).isEqualTo(404);
	}

}
