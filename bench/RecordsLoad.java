import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/records.sh (JDK only): generates each patient's ten years of Chinese outpatient records as one
 * FHIR R4 transaction bundle (a Patient with a GB 11643 number, visits with diagnosis, blood pressure, three results,
 * a report and a prescription, an imaging study and a note), posts them with THREADS clients, then times
 * Patient/{id}/$everything and recognition lookups on a sample of the patients.
 * Arguments: base-url token patients threads visits out.json [parse-check-per-second]. System properties:
 * {@code dump=FILE dump.count=N} writes the first N bundles, one per line, for HAPI FHIR's JPA server to ingest the same;
 * {@code synthea=FILE} posts Synthea's patients (converted by SyntheaBundles, one bundle per line) after the generated
 * ones, timed on their own.
 */
public class RecordsLoad {

	static final Pattern LOCATION = Pattern.compile("\"location\"\\s*:\\s*\"Patient/([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int patients = Integer.parseInt(args[2]);
		int threads = Integer.parseInt(args[3]);
		int visits = Integer.parseInt(args[4]);
		Path out = Path.of(args[5]);
		String parseCheck = args.length > 6 && !args[6].isBlank() ? args[6] : "null";
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String dump = System.getProperty("dump");
		if (dump != null) {
			int n = Math.min(patients, Integer.getInteger("dump.count", 100));
			List<String> bundles = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				bundles.add(bundle(i, visits).replace('\n', ' '));
			}
			Files.write(Path.of(dump), bundles);
		}
		// warm-up: a few bundles not counted
		for (int i = 0; i < Math.min(5, patients); i++) {
			post(http, base + "/fhir", token, bundle(900_000 + i, visits));
		}
		AtomicInteger next = new AtomicInteger();
		AtomicLong resources = new AtomicLong();
		AtomicInteger failures = new AtomicInteger();
		ConcurrentLinkedQueue<String> residents = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < patients) {
					String body = bundle(i, visits);
					try {
						HttpResponse<String> r = post(http, base + "/fhir", token, body);
						if (r.statusCode() != 200) {
							failures.incrementAndGet();
							System.err.println(r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
							continue;
						}
						resources.addAndGet(1 + visits * 8L + 2);
						Matcher m = LOCATION.matcher(r.body());
						if (m.find()) {
							residents.add(m.group(1));
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - start) / 1e9;
		double perSecond = resources.get() / seconds;

		String synthea = "\"synthea_patients\": 0";
		if (System.getProperty("synthea") != null) {
			synthea = postAll(http, base, token, Files.readAllLines(Path.of(System.getProperty("synthea"))), threads);
		}

		List<String> sample = new ArrayList<>(residents);
		Collections.shuffle(sample, new java.util.Random(7));
		sample = sample.subList(0, Math.min(200, sample.size()));
		double[] everything = time(sample, rid -> get(http, base + "/fhir/Patient/" + rid + "/$everything", token));
		double[] recognition = time(sample, rid -> postJson(http, base + "/api/recognition/lookups", token,
				"{\"residentId\":\"" + rid + "\",\"itemCode\":\"HR-L005\"}"));
		String json = """
				{"patients": %d, "visits_per_patient": %d, "threads": %d, "resources": %d, "failures": %d,
				 "seconds": %.1f, "ingest_per_s": %.1f, "parse_check_per_s_one_thread": %s,
				 "hapi_jpa_ingest_per_s": null, "ratio": null,
				 "hapi_jpa_note": "not run",
				 "everything_p50_ms": %.2f, "everything_p99_ms": %.2f, "everything_resources": %d,
				 "recognition_p50_ms": %.2f, "recognition_p99_ms": %.2f,
				 %s}
				""".formatted(patients, visits, threads, resources.get(), failures.get(), seconds, perSecond, parseCheck,
				everything[0], everything[1], 1 + visits * 8 + 2, recognition[0], recognition[1], synthea);
		Files.createDirectories(out.getParent());
		Files.writeString(out, json);
		System.out.print(json);
	}

	/** Posts Synthea's converted patients with THREADS clients: their count, resources and resources/s as JSON. */
	static String postAll(HttpClient http, String base, String token, List<String> bundles, int threads)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicLong resources = new AtomicLong();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < bundles.size()) {
					try {
						HttpResponse<String> r = post(http, base + "/fhir", token, bundles.get(i));
						if (r.statusCode() != 200) {
							failures.incrementAndGet();
							System.err.println(r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
							continue;
						}
						resources.addAndGet(countOf(r.body(), "\"response\""));
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - start) / 1e9;
		return """
				"synthea_patients": %d, "synthea_resources": %d, "synthea_failures": %d, "synthea_seconds": %.1f,
				 "synthea_ingest_per_s": %.1f""".formatted(bundles.size(), resources.get(), failures.get(), seconds,
				resources.get() / seconds);
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

	static double[] time(List<String> rids, Call call) throws Exception {
		for (String rid : rids.subList(0, Math.min(20, rids.size()))) {
			call.run(rid); // warm-up
		}
		double[] ms = new double[rids.size()];
		for (int i = 0; i < rids.size(); i++) {
			long t = System.nanoTime();
			HttpResponse<String> r = call.run(rids.get(i));
			ms[i] = (System.nanoTime() - t) / 1e6;
			if (r.statusCode() != 200) {
				throw new IllegalStateException(r.statusCode() + " " + r.body());
			}
		}
		Arrays.sort(ms);
		return ms.length == 0 ? new double[] { 0, 0 }
				: new double[] { ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)] };
	}

	static HttpResponse<String> post(HttpClient http, String url, String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> postJson(HttpClient http, String url, String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
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
