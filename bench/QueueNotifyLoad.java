// Queue notification latency (bench/appointments.sh): the HIS calls the next number of a half-day's queue over REST
// (bearer token), and `phones` phones of the resident (the portal session of the demo account `resident`) follow the
// queue as server-sent events (/portal/appointments/{id}/queue/events). For each of `calls` calls: the time from the
// moment the HIS sends the call to the moment each phone reads the event naming the number called; then one phone
// asks for its panel again, as the page does (the time to the panel in hand is reported apart). Calls follow each
// other after every phone saw the last one and a pause of `gap` ms.
//   java bench/QueueNotifyLoad.java base=... token=... schedule=... appointment=... first=1 calls=200 phones=20 out=...
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class QueueNotifyLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	static final Pattern CALLED = Pattern.compile("\"calledNo\":(\\d+)");

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new HashMap<>();
		for (String a : args) {
			int i = a.indexOf('=');
			o.put(a.substring(0, i), a.substring(i + 1));
		}
		String base = o.get("base");
		String token = o.get("token");
		long schedule = Long.parseLong(o.get("schedule"));
		long appointment = Long.parseLong(o.get("appointment"));
		int first = Integer.parseInt(o.getOrDefault("first", "1"));
		int calls = Integer.parseInt(o.getOrDefault("calls", "200"));
		int phones = Integer.parseInt(o.getOrDefault("phones", "20"));
		long gap = Long.parseLong(o.getOrDefault("gap", "20"));

		HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<String> form = phone.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(form.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "username=resident&password=" + URLEncoder.encode(o.getOrDefault("password", "Sanyi@2026"),
				StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = phone.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + login.statusCode());
		}

		// per call number: when the HIS sent it, and when each phone read it
		Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
		Map<Integer, CountDownLatch> seen = new ConcurrentHashMap<>();
		for (int n = first; n < first + calls; n++) {
			seen.put(n, new CountDownLatch(phones));
		}
		long[] micros = new long[calls * phones];
		java.util.concurrent.atomic.AtomicInteger samples = new java.util.concurrent.atomic.AtomicInteger();
		CountDownLatch ready = new CountDownLatch(phones);
		List<HttpResponse<Stream<String>>> streams = new ArrayList<>();
		for (int p = 0; p < phones; p++) {
			HttpResponse<Stream<String>> stream = phone.send(HttpRequest
				.newBuilder(URI.create(base + "/portal/appointments/" + appointment + "/queue/events"))
				.header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
			if (stream.statusCode() != 200) {
				throw new IllegalStateException("event stream: " + stream.statusCode());
			}
			streams.add(stream);
			Thread.startVirtualThread(() -> {
				String event = null;
				for (var lines = stream.body().iterator(); lines.hasNext();) {
					String line = lines.next();
					long now = System.nanoTime();
					if (line.startsWith("event:")) {
						event = line.substring(6).strip();
					}
					else if (line.startsWith("data:") && "ready".equals(event)) {
						ready.countDown();
					}
					else if (line.startsWith("data:") && "queue".equals(event)) {
						Matcher c = CALLED.matcher(line);
						if (c.find()) {
							int n = Integer.parseInt(c.group(1));
							Long sent = sentAt.get(n);
							CountDownLatch latch = seen.get(n);
							if (sent != null && latch != null && latch.getCount() > 0) {
								micros[samples.getAndIncrement()] = (now - sent) / 1000;
								latch.countDown();
							}
						}
					}
				}
			});
		}
		if (!ready.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the event streams did not open");
		}

		long[] callMicros = new long[calls];
		long[] panelMicros = new long[calls];
		int missed = 0;
		for (int i = 0; i < calls; i++) {
			int n = first + i;
			long t0 = System.nanoTime();
			sentAt.put(n, t0);
			HttpResponse<String> r = phone.send(HttpRequest
				.newBuilder(URI.create(base + "/api/appointment/queue/" + schedule + "/call-next"))
				.header("Authorization", "Bearer " + token).header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
			callMicros[i] = (System.nanoTime() - t0) / 1000;
			if (r.statusCode() != 200 || !r.body().contains("\"queueNo\":" + n)) {
				throw new IllegalStateException("call " + n + ": " + r.statusCode() + " " + r.body());
			}
			if (!seen.get(n).await(10, TimeUnit.SECONDS)) {
				missed += (int) seen.get(n).getCount();
			}
			// what the page does on the event: its panel again, with the number called
			HttpResponse<String> panel = phone.send(HttpRequest
				.newBuilder(URI.create(base + "/portal/appointments/" + appointment + "/queue")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			panelMicros[i] = (System.nanoTime() - t0) / 1000;
			if (panel.statusCode() != 200 || !panel.body().contains("id=\"current\">" + n + "<")) {
				throw new IllegalStateException("panel after call " + n + ": " + panel.statusCode());
			}
			Thread.sleep(gap);
		}
		for (HttpResponse<Stream<String>> s : streams) {
			s.body().close();
		}
		long[] used = Arrays.copyOf(micros, samples.get());
		String json = """
				{"queue_notify_p50_ms": %.1f, "queue_notify_p99_ms": %.1f, "queue_notify_max_ms": %.1f,
				 "queue_panel_p99_ms": %.1f, "queue_call_p99_ms": %.1f, "calls": %d, "phones": %d, "events": %d,
				 "missed": %d}
				""".formatted(p(used, 50), p(used, 99), p(used, 100), p(panelMicros, 99), p(callMicros, 99), calls,
				phones, used.length, missed);
		Files.writeString(Path.of(o.get("out")), json);
		System.out.print(json);
		System.exit(0);
	}

	static double p(long[] values, int percentile) {
		if (values.length == 0) {
			return 0;
		}
		long[] v = values.clone();
		Arrays.sort(v);
		return v[(int) Math.min(v.length - 1, Math.max(0, Math.ceil(v.length * percentile / 100.0) - 1))] / 1000.0;
	}

}
