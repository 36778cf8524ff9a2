// Load driver for the e-prescription pre-check (7101) on the national-interface gateway: one hospital HIS signs in
// (9001) and sends 7101 at a steady open-loop rate, each request signed with the x-tif headers (HMAC over the body,
// the demo account's secret), each prescription a different patient and drug mix reviewed against the region's rules.
// Usage: java bench/PrecheckLoad.java base=http://127.0.0.1:18080 institution=H35990000001 seed=20261122 rate=200
//        warmup=10 steady=30 out=bench/results/pharma.json
// Adds precheck_rate, precheck_p50_ms, precheck_p99_ms, precheck_requests, precheck_errors to `out` (an existing JSON
// object, e.g. the progress benchmark's) or writes a new one. Latency is measured from the scheduled send time, so a
// server falling behind shows in the percentiles (no coordinated omission).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class PrecheckLoad {

	static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final Pattern SIGN = Pattern.compile("\"sign_no\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern INFCODE = Pattern.compile("\"infcode\"\\s*:\\s*(-?\\d+)");

	/** Seed catalogue drugs the rules know: code, dose mg, frequency. */
	static final String[][] DRUGS = { { "XA10BHA001A001010101480", "100", "qd" },
			{ "XA10BKA001A001010101517", "10", "qd" }, { "XB01ACA003A001010101073", "90", "bid" },
			{ "XC10AAA001A001010100925", "20", "qn" }, { "XJ01MAA001A001010100222", "500", "qd" },
			{ "XA02BCA001A003010101739", "20", "qd" }, { "XB01ACA002A001010101036", "75", "qd" } };

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final String base;

	final String institution;

	final String secret;

	final AtomicInteger sequence = new AtomicInteger();

	String signNo;

	PrecheckLoad(String base, String institution, String secret) {
		this.base = base.endsWith("/") ? base : base + "/";
		this.institution = institution;
		this.secret = secret;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new HashMap<>();
		Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> o.put(kv[0], kv[1]));
		String institution = o.getOrDefault("institution", "H35990000001");
		long seed = Long.parseLong(o.getOrDefault("seed", "20261122"));
		PrecheckLoad load = new PrecheckLoad(o.getOrDefault("base", "http://127.0.0.1:18080") + "/hsa/", institution,
				demoSecret(seed, institution));
		int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
		load.signIn();
		load.run(rate, Integer.parseInt(o.getOrDefault("warmup", "10")), false);
		Result r = load.run(rate, Integer.parseInt(o.getOrDefault("steady", "30")), true);
		String keys = """
				  "precheck_rate": %d,
				  "precheck_requests": %d,
				  "precheck_errors": %d,
				  "precheck_p50_ms": %.2f,
				  "precheck_p99_ms": %.2f""".formatted(rate, r.latencies.size(), r.errors,
				percentile(r.latencies, 50), percentile(r.latencies, 99));
		System.err.println(keys);
		Path out = Path.of(o.getOrDefault("out", "bench/results/pharma.json"));
		String json = Files.exists(out) ? Files.readString(out).strip() : "";
		if (json.endsWith("}")) {
			json = json.substring(0, json.length() - 1).stripTrailing() + ",\n" + keys + "\n}\n";
		}
		else {
			json = "{\n" + keys + "\n}\n";
		}
		Files.writeString(out, json);
	}

	record Result(List<Double> latencies, int errors) {
	}

	/** Sends at {@code rate} per second for {@code seconds}; latency from the scheduled time. */
	Result run(int rate, int seconds, boolean measure) throws Exception {
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		int total = rate * seconds;
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			HttpRequest request = request("7101", prescription(i));
			pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, ex) -> {
				double ms = (System.nanoTime() - due) / 1e6;
				if (ex != null || code(response.body()) != 0) {
					errors.incrementAndGet();
				}
				else if (measure) {
					latencies.add(ms);
				}
				return null;
			}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		return new Result(new ArrayList<>(latencies), errors.get());
	}

	String prescription(int i) {
		int n = 1 + i % 3;
		StringBuilder lines = new StringBuilder();
		for (int k = 0; k < n; k++) {
			String[] d = DRUGS[(i + k * 3) % DRUGS.length];
			if (k > 0) {
				lines.append(',');
			}
			lines.append("{\"med_list_codg\":\"").append(d[0]).append("\",\"sin_doscnt\":\"").append(d[1])
				.append("\",\"sin_dosunt\":\"mg\",\"used_frqu_codg\":\"").append(d[2])
				.append("\",\"medc_way_codg\":\"口服\",\"prd_days\":\"").append(i % 5 == 0 ? 10 : 7)
				.append("\",\"ent_cnt\":\"2\"}");
		}
		int year = 1940 + i % 70;
		return "{\"rxinfo\":{\"hosp_rxno\":\"B" + i + "\",\"rx_type_code\":\"1\",\"psn_no\":\"BENCH" + i
				+ "\",\"patn_name\":\"压测\",\"prsc_dept_name\":\"内科\",\"prsc_dr_code\":\"DB1\",\"prsc_dr_name\":\"压测\","
				+ "\"prsc_dr_title\":\"" + (1 + i % 4) + "\",\"dise_codg\":\"E11.900\",\"dise_name\":\"2型糖尿病\","
				+ "\"valid_days\":\"3\",\"rept_flag\":\"0\",\"rx_cotn_flag\":\"0\"},\"rxdetail\":[" + lines
				+ "],\"mdtrtinfo\":{\"gend\":\"" + (1 + i % 2) + "\",\"brdy\":\"" + year + "-03-01\"}}";
	}

	void signIn() throws Exception {
		String answer = http.send(request("9001",
				"{\"signIn\":{\"opter_no\":\"B001\",\"mac\":\"00-00-00-00-00-01\",\"ip\":\"127.0.0.1\"}}"),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = SIGN.matcher(answer);
		if (!m.find()) {
			throw new IllegalStateException("sign-in failed: " + answer);
		}
		signNo = m.group(1);
	}

	HttpRequest request(String infno, String input) {
		String msgid = institution + LocalDateTime.now().format(MSGID_TIME)
				+ "%04d".formatted(sequence.incrementAndGet() % 10_000);
		String json = "{\"infno\":\"" + infno + "\",\"msgid\":\"" + msgid + "\",\"mdtrtarea_admvs\":\"359900\","
				+ "\"insuplc_admdvs\":\"359900\",\"recer_sys_code\":\"01\",\"infver\":\"V1.0\",\"opter_type\":\"1\","
				+ "\"opter\":\"B001\",\"opter_name\":\"压测\",\"inf_time\":\"" + LocalDateTime.now().format(TIME)
				+ "\",\"fixmedins_code\":\"" + institution + "\",\"fixmedins_name\":\"HIS\",\"sign_no\":"
				+ (signNo == null ? "null" : "\"" + signNo + "\"") + ",\"input\":" + input + "}";
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
		String nonce = Long.toHexString(System.nanoTime()) + Integer.toHexString(sequence.get());
		return HttpRequest.newBuilder(URI.create(base + infno))
			.header("Content-Type", "application/json;charset=UTF-8")
			.header("x-tif-paasid", institution)
			.header("x-tif-timestamp", timestamp)
			.header("x-tif-nonce", nonce)
			.header("x-tif-signature", sign(timestamp, nonce, body))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	String sign(String timestamp, String nonce, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + nonce).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The demo gateway secret of an institution (DemoGatewayAccounts.secret): demo data only. */
	static String demoSecret(long seed, String code) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + ":" + code).getBytes(StandardCharsets.UTF_8));
		return "demo-" + HexFormat.of().formatHex(hash).substring(0, 24);
	}

	static int code(String answer) {
		Matcher m = INFCODE.matcher(answer);
		return m.find() ? Integer.parseInt(m.group(1)) : Integer.MIN_VALUE;
	}

	static double percentile(List<Double> values, int p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
