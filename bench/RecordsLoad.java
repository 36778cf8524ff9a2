import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/records.sh (JDK only), the same for every FHIR server it measures: the application and HAPI FHIR's
 * JPA server (bench/hapi-jpa) speak the same FHIR REST, so one loop posts the same bundles and runs the same searches
 * against either base URL. Generated patients: each patient's ten years of Chinese outpatient records as one FHIR R4
 * transaction bundle (a Patient with a GB 11643 number, visits with diagnosis, blood pressure, three results, a report
 * and a prescription, an imaging study and a note; 1 + 8 x VISITS + 2 resources), posted by THREADS clients after 5
 * warm-up bundles; then Synthea's patients ({@code -Dsynthea=FILE}, converted by SyntheaBundles, one bundle per line),
 * timed on their own; then, on up to 200 of the generated patients: {@code Patient/{id}/$everything}, the search by
 * patient + type + date + code {@code Observation?patient=&date=ge&code=http://loinc.org|4548-4} (HbA1c of the last
 * five years: 10 of the 20 visits) and, with {@code -Drecognition=true} (the application only), recognition lookups at
 * order time. {@code -Dcompare=N}: also the rate over the first N generated bundles alone (those that the other server
 * ingests). Arguments: server-name base-url token(- for none) patients threads visits out.json; writes that server's
 * figures as one JSON object.
 */
public class RecordsLoad {

	/** The resident's id in a transaction-response: {@code Patient/<id>} or {@code Patient/<id>/_history/<n>}. */
	static final Pattern LOCATION = Pattern.compile("\"location\"\\s*:\\s*\"Patient/([^\"/]+)");

	static final Duration TIMEOUT = Duration.ofMinutes(5);

	public static void main(String[] args) throws Exception {
		String server = args[0];
		String base = args[1];
		String token = "-".equals(args[2]) ? null : args[2];
		int patients = Integer.parseInt(args[3]);
		int threads = Integer.parseInt(args[4]);
		int visits = Integer.parseInt(args[5]);
		Path out = Path.of(args[6]);
		int compare = Math.min(patients, Integer.getInteger("compare", patients));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
		String fhir = base + "/fhir";

		// warm-up: -Dwarmup bundles (5 unless told) of other patients, not counted, the same for either server
		int warmup = Integer.getInteger("warmup", 5);
		for (int i = 0; i < warmup; i++) {
			check(post(http, fhir, token, bundle(900_000 + i, visits)));
		}
		ConcurrentLinkedQueue<String> residents = new ConcurrentLinkedQueue<>();
		Ingest generated = ingest(http, fhir, token, patients, i -> bundle(i, visits), threads, compare, residents);
		String synthea = "\"synthea\": null";
		if (System.getProperty("synthea") != null) {
			List<String> lines = Files.readAllLines(Path.of(System.getProperty("synthea")));
			// first_*: the first compareSynthea bundles alone, the ones HAPI also takes
			synthea = "\"synthea\": " + ingest(http, fhir, token, lines.size(), lines::get, threads,
					Math.min(lines.size(), Integer.getInteger("compareSynthea", lines.size())),
					new ConcurrentLinkedQueue<>()).json();
		}

		List<String> sample = new ArrayList<>(residents);
		Collections.sort(sample);
		Collections.shuffle(sample, new Random(7));
		sample = sample.subList(0, Math.min(200, sample.size()));
		Timed everything = time(sample, rid -> get(http, fhir + "/Patient/" + rid + "/$everything?_count=1000", token));
		String since = LocalDate.now().minusYears(5).toString();
		Timed search = time(sample, rid -> get(http,
				fhir + "/Observation?patient=" + rid + "&date=ge" + since + "&code=http://loinc.org%7C4548-4&_count=200",
				token));
		Call lookup = rid -> postJson(http, base + "/api/recognition/lookups", token,
				"{\"residentId\":\"" + rid + "\",\"itemCode\":\"HR-L005\"}");
		// recognition twice: as the other questions (20 calls of warm-up, the path barely compiled), and after
		// Integer.getInteger("recognitionWarmup", 2000) calls, as a hospital's ordering all day runs it
		Timed recognition = Boolean.getBoolean("recognition") ? time(sample, lookup, 20, OFFER) : null;
		Timed recognitionWarm = Boolean.getBoolean("recognition")
				? time(sample, lookup, Integer.getInteger("recognitionWarmup", 2000), OFFER) : null;
		String json = """
				{"server": "%s", "threads": %d, "visits_per_patient": %d, "warmup_bundles": %d,
				 "generated": %s,
				 %s,
				 "sample_patients": %d,
				 "everything": %s,
				 "search": %s,
				 "search_query": "Observation?patient=<id>&date=ge%s&code=http://loinc.org|4548-4&_count=200",
				 "recognition": %s,
				 "recognition_warm": %s}
				""".formatted(server, threads, visits, warmup, generated.json(), synthea, sample.size(), everything.json(),
				search.json(), since, recognition == null ? "null" : recognition.json(),
				recognitionWarm == null ? "null" : recognitionWarm.json());
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, json);
		System.out.print(json);
	}

	/**
	 * The figures of one ingest: all bundles, and the first {@code compare} of them alone.
	 */
	record Ingest(int bundles, long resources, int failures, int retries, double seconds, int compareBundles,
			long compareResources, double compareSeconds) {

		String json() {
			return String.format(Locale.ROOT, """
					{"bundles": %d, "resources": %d, "failures": %d, "retries_after_conflict": %d, "seconds": %.1f, \
					"bundles_per_s": %.2f, "resources_per_s": %.1f, "first_bundles": %d, "first_resources": %d, \
					"first_seconds": %.1f, "first_resources_per_s": %.1f}""", bundles, resources, failures, retries,
					seconds, bundles / seconds, resources / seconds, compareBundles, compareResources, compareSeconds,
					compareResources / compareSeconds);
		}

	}

	/**
	 * Posts bundles 0..count-1 with THREADS clients (each takes the next index, so the first {@code compare} are
	 * done first); resources counted from the transaction-response (one {@code response} per entry); the residents'
	 * ids into {@code residents}.
	 */
	static Ingest ingest(HttpClient http, String fhir, String token, int count, IntFunction<String> bundleOf,
			int threads, int compare, ConcurrentLinkedQueue<String> residents) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicLong resources = new AtomicLong();
		AtomicLong compareResources = new AtomicLong();
		AtomicInteger compareDone = new AtomicInteger();
		AtomicLong compareEnd = new AtomicLong();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger retries = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					try {
						String body = bundleOf.apply(i);
						HttpResponse<String> r = post(http, fhir, token, body);
						// a conflict between two concurrent transactions (HAPI: two bundles creating the placeholder
						// of the same Practitioner?identifier=… at once) is tried again, as a sending system would
						for (int retry = 0; r.statusCode() == 409 && retry < 3; retry++) {
							retries.incrementAndGet();
							r = post(http, fhir, token, body);
						}
						if (r.statusCode() != 200) {
							failures.incrementAndGet();
							System.err.println(r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
						}
						else {
							int n = countOf(r.body(), "\"response\"");
							resources.addAndGet(n);
							if (i < compare) {
								compareResources.addAndGet(n);
							}
							Matcher m = LOCATION.matcher(r.body());
							if (m.find()) {
								residents.add(m.group(1));
							}
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
						System.err.println(ex);
					}
					if (i < compare && compareDone.incrementAndGet() == compare) {
						compareEnd.set(System.nanoTime());
					}
				}
				return null;
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
			pool.shutdownNow();
		}
		long end = System.nanoTime();
		return new Ingest(count, resources.get(), failures.get(), retries.get(), (end - start) / 1e9, compare,
				compareResources.get(), (compareEnd.get() == 0 ? end - start : compareEnd.get() - start) / 1e9);
	}

	static int countOf(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	interface Call {

		HttpResponse<String> run(String rid) throws Exception;

	}

	/** Latencies (p50, p99) of one call per sample after 20 warm-up calls, and the entries answered on average. */
	record Timed(double p50, double p99, double entries) {

		String json() {
			return String.format(Locale.ROOT, "{\"p50_ms\": %.2f, \"p99_ms\": %.2f, \"entries_avg\": %.1f}", p50, p99,
					entries);
		}

	}

	static Timed time(List<String> rids, Call call) throws Exception {
		return time(rids, call, 20, MATCH);
	}

	/** A search's matches (entries_avg of $everything and search). */
	static final String MATCH = "\"mode\":\"match\"";

	/** A recognition answer's offered results (entries_avg of recognition). */
	static final String OFFER = "\"valueShown\":";

	/**
	 * After {@code warmups} calls (cycling over the residents), each resident once; entries_avg counts {@code marker}
	 * in the answers.
	 */
	static Timed time(List<String> rids, Call call, int warmups, String marker) throws Exception {
		for (int i = 0; i < warmups && !rids.isEmpty(); i++) {
			check(call.run(rids.get(i % rids.size()))); // warm-up
		}
		double[] ms = new double[rids.size()];
		long entries = 0;
		for (int i = 0; i < rids.size(); i++) {
			long t = System.nanoTime();
			HttpResponse<String> r = call.run(rids.get(i));
			ms[i] = (System.nanoTime() - t) / 1e6;
			check(r);
			entries += countOf(r.body(), marker);
		}
		Arrays.sort(ms);
		return ms.length == 0 ? new Timed(0, 0, 0)
				: new Timed(ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
						(double) entries / ms.length);
	}

	static HttpResponse<String> check(HttpResponse<String> r) {
		if (r.statusCode() != 200) {
			throw new IllegalStateException(r.statusCode() + " " + r.body().substring(0, Math.min(600, r.body().length())));
		}
		return r;
	}

	static HttpRequest.Builder request(String url, String token) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
		return token == null ? b : b.header("Authorization", "Bearer " + token);
	}

	static HttpResponse<String> post(HttpClient http, String url, String token, String body) throws Exception {
		return http.send(request(url, token).header("Content-Type", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> postJson(HttpClient http, String url, String token, String body) throws Exception {
		return http.send(request(url, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
		return http.send(request(url, token).header("Accept", "application/fhir+json").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static char check(String first17) {
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int s = 0;
		for (int i = 0; i < 17; i++) {
			s += (first17.charAt(i) - '0') * w[i];
		}
		return "10X98765432".charAt(s % 11);
	}

	/** Patient i: born 1940–1979 in 云岫县, distinct ID numbers by day and sequence. */
	static String bundle(int i, int visits) {
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 14_600);
		String first17 = "359921" + birth.toString().replace("-", "") + "%03d".formatted(100 + (i / 14_600) % 800);
		String id = first17 + check(first17);
		String name = "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯辰巳午未申酉戌亥".charAt(i % 12);
		StringBuilder b = new StringBuilder(64_000);
		b.append("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
		b.append(entry("urn:uuid:p", """
				{"resourceType":"Patient","identifier":[{"system":"urn:sanyi:patient-no:H35992100001","value":"BENCH-%d"},
				 {"system":"urn:oid:2.16.156.10011.1.3","value":"%s"}],"name":[{"text":"%s"}],
				 "gender":"%s","birthDate":"%s"}""".formatted(i, id, name, (first17.charAt(16) - '0') % 2 == 1 ? "male" : "female", birth)));
		LocalDate today = LocalDate.now();
		for (int v = 0; v < visits; v++) {
			String day = today.minusDays(3 + (long) v * 365 * 10 / Math.max(1, visits)).toString();
			String e = "urn:uuid:e" + v;
			String k = "BENCH-" + i + "-" + v;
			b.append(',').append(entry(e, """
					{"resourceType":"Encounter","status":"finished","identifier":[{"system":"urn:bench","value":"%s"}],
					 "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},"type":[{"text":"心血管内科门诊"}],
					 "subject":{"reference":"urn:uuid:p"},"period":{"start":"%sT09:00:00+08:00","end":"%sT09:30:00+08:00"}}"""
				.formatted(k, day, day)));
			b.append(',').append(entry("urn:uuid:c" + v, """
					{"resourceType":"Condition","identifier":[{"system":"urn:bench","value":"%s-c"}],"subject":{"reference":"urn:uuid:p"},
					 "encounter":{"reference":"%s"},"code":{"coding":[{"system":"urn:oid:2.16.156.10011.2.3.3.11","code":"I10.x00","display":"高血压"}]},
					 "recordedDate":"%s"}""".formatted(k, e, day)));
			b.append(',').append(entry("urn:uuid:bp" + v, """
					{"resourceType":"Observation","identifier":[{"system":"urn:bench","value":"%s-bp"}],"status":"final",
					 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
					 "code":{"coding":[{"system":"http://loinc.org","code":"85354-9","display":"血压"}]},"subject":{"reference":"urn:uuid:p"},
					 "encounter":{"reference":"%s"},"effectiveDateTime":"%sT09:05:00+08:00",
					 "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":%d,"unit":"mmHg"}},
					              {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":%d,"unit":"mmHg"}}]}"""
				.formatted(k, e, day, 120 + (i + v) % 50, 70 + (i + v) % 30)));
			String[][] labs = { { "2823-3", "血钾", "4.1", "mmol/L" }, { "1558-6", "空腹血糖", "6.2", "mmol/L" },
					{ "4548-4", "糖化血红蛋白", "6.8", "%" } };
			for (int l = 0; l < labs.length; l++) {
				b.append(',').append(entry("urn:uuid:l" + v + "-" + l, """
						{"resourceType":"Observation","identifier":[{"system":"urn:bench","value":"%s-l%d"}],"status":"final",
						 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],
						 "code":{"coding":[{"system":"http://loinc.org","code":"%s","display":"%s"}]},"subject":{"reference":"urn:uuid:p"},
						 "effectiveDateTime":"%sT09:20:00+08:00","valueQuantity":{"value":%s,"unit":"%s"}}"""
					.formatted(k, l, labs[l][0], labs[l][1], day, labs[l][2], labs[l][3])));
			}
			b.append(',').append(entry("urn:uuid:r" + v, """
					{"resourceType":"DiagnosticReport","identifier":[{"system":"urn:bench","value":"%s-r"}],"status":"final",
					 "code":{"text":"生化"},"subject":{"reference":"urn:uuid:p"},"effectiveDateTime":"%sT09:20:00+08:00",
					 "result":[{"reference":"urn:uuid:l%d-0"},{"reference":"urn:uuid:l%d-1"},{"reference":"urn:uuid:l%d-2"}]}"""
				.formatted(k, day, v, v, v)));
			b.append(',').append(entry("urn:uuid:m" + v, """
					{"resourceType":"MedicationRequest","identifier":[{"system":"urn:bench","value":"%s-m"}],"status":"completed",
					 "intent":"order","subject":{"reference":"urn:uuid:p"},"encounter":{"reference":"%s"},
					 "medicationCodeableConcept":{"text":"苯磺酸氨氯地平片 5mg"},"authoredOn":"%s",
					 "dosageInstruction":[{"text":"每日一次，每次一片"}]}""".formatted(k, e, day)));
		}
		b.append(',').append(entry("urn:uuid:img", """
				{"resourceType":"ImagingStudy","identifier":[{"system":"urn:bench","value":"BENCH-%d-img"}],"status":"available",
				 "subject":{"reference":"urn:uuid:p"},"started":"%sT10:00:00+08:00","description":"胸部CT平扫",
				 "series":[{"uid":"1.2.156.77.%d","modality":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"CT"},
				            "bodySite":{"system":"http://snomed.info/sct","code":"51185008","display":"胸部"}}]}"""
			.formatted(i, today.minusDays(5), i)));
		b.append(',').append(entry("urn:uuid:doc", """
				{"resourceType":"DocumentReference","identifier":[{"system":"urn:bench","value":"BENCH-%d-doc"}],"status":"current",
				 "subject":{"reference":"urn:uuid:p"},"type":{"text":"门诊病历"},"date":"%sT09:30:00+08:00",
				 "content":[{"attachment":{"contentType":"text/plain;charset=utf-8","data":"5Li76K+J77ya5aS05pmV5LiJ5aSp"}}]}"""
			.formatted(i, today.minusDays(3))));
		return b.append("]}").toString();
	}

	static String entry(String fullUrl, String resource) {
		String type = resource.substring(resource.indexOf("\"resourceType\":\"") + 16);
		type = type.substring(0, type.indexOf('"'));
		return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + resource + ",\"request\":{\"method\":\"POST\",\"url\":\""
				+ type + "\"}}";
	}

}
