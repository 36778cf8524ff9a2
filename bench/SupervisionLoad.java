// Load driver for fund supervision (issue 13), plain JDK:  java bench/SupervisionLoad.java MODE key=value ...
// MODE pre: 3101 (事前分析) on the signed national gateway (headers by bench/SettlementLoad.java, found by the source
//   launcher in the same directory): each institution signs in (9001), then a warm-up and an open-loop steady `rate`/s
//   for `steady` s of prescriptions of 4 lines for generated patients; p50/p99 of the 3101 call. Options: base persons
//   institutions seed rate=200 warmup=10 steady=30 out.
// MODE batch: signs in to the pages as `user` (form login), starts the batch audit of `region` for `from`..`to`
//   (POST /supervision/audits, synchronous) and prints the seconds it took. Options: web user password region from to.
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SupervisionLoad extends SettlementLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	/**
	 * A six-line outpatient visit: registration, a female-only item, two tests and two
	 * drugs — clopidogrel with omeprazole, the demo city's blocking interaction — so the
	 * rational-drug-use review of the drug orders runs in every call too.
	 */
	static final String[][] ORDERS = { { "110200001", "02", "1", "10.00" }, { "311201002", "05", "1", "20.00" },
			{ "250101001", "04", "1", "20.00" }, { "220600001", "04", "1", "30.00" },
			{ "XB01ACA002A001010101036", "09", "1", "3.70" }, { "XA02BCA001A003010101739", "09", "1", "4.90" } };

	final AtomicLong answered = new AtomicLong();

	final AtomicLong hits = new AtomicLong();

	SupervisionLoad(Map<String, String> options) throws Exception {
		super(options);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			int eq = args[i].indexOf('=');
			options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
		}
		switch (args[0]) {
			case "pre" -> new SupervisionLoad(options).pre();
			case "batch" -> batch(options);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	void pre() throws Exception {
		signInAll();
		int rate = integer("rate", 200);
		List<Long> ignored = Collections.synchronizedList(new ArrayList<>());
		openLoop3101(rate, integer("warmup", 10), ignored);
		answered.set(0);
		hits.set(0);
		errors.set(0);
		skipped.set(0);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		int steady = integer("steady", 30);
		long start = System.nanoTime();
		openLoop3101(rate, steady, latencies);
		double seconds = (System.nanoTime() - start) / 1e9;
		String json = String.format(Locale.ROOT, """
				{
				  "pre_event_rate_target": %d,
				  "pre_event_per_s": %.1f,
				  "pre_event_p50_ms": %.2f,
				  "pre_event_p99_ms": %.2f,
				  "pre_event_answered": %d,
				  "pre_event_violations": %d,
				  "pre_event_errors": %d,
				  "pre_event_skipped": %d
				}
				""", rate, answered.get() / seconds, percentile(latencies, 50), percentile(latencies, 99),
				answered.get(), hits.get(), errors.get() + failures.get(), skipped.get());
		Files.writeString(Path.of(o.get("out")), json);
		System.out.print(json);
	}

	void openLoop3101(int rate, int seconds, List<Long> latencies) throws Exception {
		Semaphore inFlight = new Semaphore(256);
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) rate * seconds;
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long n = 0; n < total; n++) {
				long wait = start + n * period - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				if (!inFlight.tryAcquire()) {
					skipped.incrementAndGet();
					continue;
				}
				Institution at = institutions.get((int) (n % institutions.size()));
				long serial = n;
				workers.submit(() -> {
					try {
						analyse(at, serial, latencies);
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
	}

	/**
	 * One 3101 of a six-line outpatient prescription; every other patient is a man (限性别
	 * hits), every call has the interaction.
	 */
	void analyse(Institution at, long serial, List<Long> latencies) {
		try {
			Person p = persons.get((int) (serial % persons.size()));
			String visit = "PRE" + at.code.substring(Math.max(0, at.code.length() - 4)) + serial;
			StringBuilder orders = new StringBuilder();
			for (int i = 0; i < ORDERS.length; i++) {
				String[] o = ORDERS[i];
				orders.append(i == 0 ? "" : ",")
					.append("{\"rx_id\":\"").append(i + 1).append("\",\"hilist_code\":\"").append(o[0])
					.append("\",\"hilist_name\":\"项目").append(o[0]).append("\",\"chrg_type\":\"").append(o[1])
					.append("\",\"cnt\":\"").append(o[2]).append("\",\"pric\":\"").append(o[3])
					.append("\",\"sumamt\":\"").append(o[3]).append("\",\"drord_begn_date\":\"2026-11-01\"}");
			}
			String input = "{\"data\":{\"task_id\":\"T" + serial + "\",\"trig_scen\":\"1\",\"patient_dtos\":[{\"patn_id\":\""
					+ p.psnNo() + "\",\"gend\":\"" + (serial % 2 == 0 ? "1" : "2") + "\",\"brdy\":\"1980-05-01\","
					+ "\"curr_mdtrt_id\":\"" + visit + "\",\"fsi_encounter_dtos\":[{\"mdtrt_id\":\"" + visit
					+ "\",\"medins_id\":\"" + at.code + "\",\"medins_lv\":\"02\",\"adm_date\":\"2026-11-01\","
					+ "\"med_type\":\"11\",\"fsi_diagnose_dtos\":[{\"dise_codg\":\"R10.400\",\"maindise_flag\":\"1\"}],"
					+ "\"fsi_order_dtos\":[" + orders + "]}]}]}}";
			byte[] body = envelope("3101", msgid(at), at, input);
			long start = System.nanoTime();
			String answer = post("3101", body, at);
			long end = System.nanoTime();
			if (code(answer) == 0) {
				answered.incrementAndGet();
				latencies.add(end - start);
				if (answer.contains("\"rule_id\"")) {
					hits.incrementAndGet();
				}
			}
			else {
				failures.incrementAndGet();
				refused(answer);
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.incrementAndGet();
		}
	}

	/** Signs in to the pages and runs the batch audit; prints the seconds the synchronous request took. */
	static void batch(Map<String, String> o) throws Exception {
		String web = o.getOrDefault("web", "http://127.0.0.1:18080");
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrf(client.send(HttpRequest.newBuilder(URI.create(web + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> login = client.send(form(web + "/login", Map.of("username", o.get("user"), "password",
				o.get("password"), "_csrf", csrf)), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + login.statusCode());
		}
		csrf = csrf(client.send(HttpRequest.newBuilder(URI.create(web + "/supervision/suspicions")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body());
		long start = System.nanoTime();
		HttpResponse<String> run = client.send(form(web + "/supervision/audits", Map.of("region", o.get("region"),
				"from", o.get("from"), "to", o.get("to"), "_csrf", csrf)), HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (run.statusCode() != 302) {
			throw new IllegalStateException("batch audit failed: " + run.statusCode());
		}
		System.out.printf(Locale.ROOT, "%.3f%n", seconds);
	}

	static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token");
		}
		return m.group(1);
	}

	static HttpRequest form(String url, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

}
