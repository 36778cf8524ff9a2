// Load driver of the 08:00 release (bench/appointments.sh): `residents` simulated residents book the slots of one
// popular clinic over HTTP at the same moment, through the booking REST API of the hospital's systems (bearer token);
// then the same burst against a naive "SELECT taken, then UPDATE" booking on the same PostgreSQL (JDBC, a table of its
// own) that is allowed to overbook. Each resident picks a random slot and, when it is full (409 APT-0002), tries the
// next one, up to `tries` times. Run as a source file with the PostgreSQL driver on the class path:
//   java -cp postgresql.jar bench/AppointmentLoad.java base=... token=... residents=file slots=file jdbc=... out=...
// Options: concurrency=256 (requests in flight over HTTP; JDBC uses `pool` connections) tries=5 seed=20261204
// warmup=file (slots of another clinic booked first, figures not kept) sweep=64,128 appjdbc=... (the release again at
// these numbers in flight, each on a new clinic of the application's database) spread=1000 spreadplaces=10 (the
// residents over that many doctors' mornings) persecond=1 (per-second figures to stderr too; they are always in the
// JSON as per_second) warmupbookings=5000 (places booked over doctors' mornings after the warm-up release)
// settle=120 (at most that many seconds waiting for the JIT's compilers to be idle and the rollup deltas folded)
// client=jdk (the JDK's HTTP client instead of plain HTTP/1.1 on sockets); REQUESTS_TSV=prefix in the environment
// writes every burst's requests (start µs, latency µs, booked) to prefix.1, prefix.2, …
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class AppointmentLoad {

	record Outcome(int resident, long startNanos, long endNanos, boolean booked, int attempts) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new HashMap<>();
		for (String a : args) {
			int i = a.indexOf('=');
			o.put(a.substring(0, i), a.substring(i + 1));
		}
		List<String> residents = Files.readAllLines(Path.of(o.get("residents"))).stream().filter(s -> !s.isBlank()).toList();
		long[] slots = Files.readAllLines(Path.of(o.get("slots"))).stream().filter(s -> !s.isBlank())
			.mapToLong(Long::parseLong).toArray();
		int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "256"));
		int tries = Integer.parseInt(o.getOrDefault("tries", "5"));
		perSecond = "1".equals(o.get("persecond"));
		long seed = Long.parseLong(o.getOrDefault("seed", "20261204"));

		// HTTP/1.1 as the hospital's systems speak it: the default (HTTP/2) has the client offer an h2c upgrade that
		// the server declines, and carry HTTP/2's machinery on every request, CPU of the shared cores for nothing
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String base = o.get("base");
		String token = o.get("token");
		// warm-up: the JIT and the connection pool, on slots nobody else books (the last two, cancelled afterwards)
		for (int i = 0; i < 50; i++) {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/appointment/schedules/"
					+ o.get("schedule") + "/slots")).header("Authorization", "Bearer " + token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200) {
				throw new IllegalStateException("warm-up: " + r.statusCode() + " " + r.body());
			}
		}
		// client=raw (default): HTTP/1.1 written and read on keep-alive sockets, one per request in flight; the JDK's
		// client (client=jdk) cost this driver about twice the CPU per request, taken from the cores the server shares
		RawHttp raw = new RawHttp(URI.create(base), concurrency);
		boolean jdkClient = "jdk".equals(o.get("client"));
		Booker app = (resident, slot) -> {
			String body = "{\"residentId\":\"" + resident + "\",\"slotId\":" + slot + "}";
			int status;
			String answer;
			if (jdkClient) {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/appointment/appointments"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				status = r.statusCode();
				answer = r.body();
			}
			else {
				RawHttp.Response r = raw.post("/api/appointment/appointments", token, body);
				status = r.status();
				answer = r.body();
			}
			if (status == 200) {
				return true;
			}
			if (status == 409 && answer.contains("APT-0002")) {
				return false;
			}
			throw new IllegalStateException(status + " " + answer);
		};
		// a server at 08:00 has served the whole night and morning: its code is compiled. A release of another
		// doctor's clinic, a day later, runs the same requests (taken, full, refused) through it first; its figures
		// are not kept
		int warmupRequests = 0;
		double warmupSeconds = 0;
		if (o.containsKey("warmup")) {
			long[] warmSlots = Files.readAllLines(Path.of(o.get("warmup"))).stream().filter(s -> !s.isBlank())
				.mapToLong(Long::parseLong).toArray();
			int warmResidents = Math.min(residents.size(), Integer.parseInt(o.getOrDefault("warmupresidents", "4000")));
			burst(residents.subList(0, warmResidents), warmSlots, concurrency, tries, seed + 1, app);
			warmupRequests = requests.get();
			warmupSeconds = burstSeconds.get();
		}
		// and has booked: a region books tens of thousands of places a day, so the booking itself (two transactions,
		// the payment, the fact) is compiled too, not only the refusal. `warmupbookings` places of 10 per doctor,
		// two days after the release, booked by the residents at random like the spread load
		int warmupBookings = Integer.parseInt(o.getOrDefault("warmupbookings", "0"));
		if (warmupBookings > 0) {
			long[] warmSpread = clinics(o.get("appjdbc"), "BENCH-WARMUP-SPREAD", Math.max(1, warmupBookings / 10), 10, 4);
			List<Outcome> outcomes = burst(residents, warmSpread, concurrency, tries, seed + 3, app);
			warmupRequests += requests.get();
			warmupSeconds += burstSeconds.get();
			warmupBookings = (int) booked(outcomes);
		}
		// then waits until the server is as quiet as one at 08:00: the JIT's compiler threads idle and the rollup's
		// deltas folded (the fold runs every minute; the demo's start leaves a year of deltas to its first)
		Settled settled = Settled.await(o.get("apppid"), o.get("appjdbc"),
				Integer.parseInt(o.getOrDefault("settle", "120")));
		// CPU of the application, its PostgreSQL and this driver over the application's burst (they share the cores):
		// what one booking request costs, which the latency on a loaded machine does not show
		Cpu cpu = new Cpu(o.get("apppid"), o.get("pgport"));
		long[] cpu0 = cpu.sample();
		long jit0 = Settled.compilerNanos(o.get("apppid"));
		List<Outcome> appOutcomes = burst(residents, slots, concurrency, tries, seed, app);

		long[] cpu1 = cpu.sample();
		// the compilers' share of the application's CPU over the burst (what the settle step is for)
		double jitShare = jit0 < 0 || cpu1[0] <= cpu0[0] ? -1
				: (double) (Settled.compilerNanos(o.get("apppid")) - jit0) / (cpu1[0] - cpu0[0]);
		// the request figures of the application's burst, before the naive burst overwrites them
		long appRequestP50 = requestP50.get();
		long appRequestP99 = requestP99.get();
		String appPerSecond = lastPerSecond;
		int appRequests = requests.get();
		double appSeconds = burstSeconds.get();

		// the same release again with fewer (or more) requests in flight, each on a clinic of its own with as many
		// places: how the request latency follows the load the cores are given (Little's law: in flight / rate)
		List<String> sweep = new ArrayList<>();
		for (String c : o.getOrDefault("sweep", "").split(",")) {
			if (c.isBlank()) {
				continue;
			}
			int inFlight = Integer.parseInt(c.strip());
			long[] sweepSlots = clinics(o.get("appjdbc"), "BENCH-SWEEP-" + inFlight + "-" + sweep.size(), 1, slots.length, 4);
			List<Outcome> outcomes = burst(residents, sweepSlots, inFlight, tries, seed + inFlight, app);
			sweep.add("""
					{"concurrency": %d, "requests": %d, "requests_per_s": %.1f, "request_p50_ms": %.1f,
					 "request_p99_ms": %.1f, "booked": %d}""".formatted(inFlight, requests.get(),
					requests.get() / burstSeconds.get(), requestP50.get() / 1000.0, requestP99.get() / 1000.0,
					booked(outcomes)));
		}

		// the spread load: the same residents at the same moment over `spread` doctors' mornings of `spreadplaces`
		// places each, nearly every request a booking that succeeds (the release's other side: all its work)
		String spread = "null";
		int doctors = Integer.parseInt(o.getOrDefault("spread", "0"));
		if (doctors > 0) {
			int places = Integer.parseInt(o.getOrDefault("spreadplaces", "10"));
			long[] spreadSlots = clinics(o.get("appjdbc"), "BENCH-SPREAD", doctors, places, 5);
			List<Outcome> outcomes = burst(residents, spreadSlots, concurrency, tries, seed + 7, app);
			spread = """
					{"doctors": %d, "places": %d, "concurrency": %d, "requests": %d, "requests_per_s": %.1f,
					 "request_p50_ms": %.1f, "request_p99_ms": %.1f, "booked": %d, "booking_per_s": %.1f}"""
				.formatted(doctors, spreadSlots.length, concurrency, requests.get(), requests.get() / burstSeconds.get(),
						requestP50.get() / 1000.0, requestP99.get() / 1000.0, booked(outcomes), rate(outcomes));
		}

		String jdbc = o.get("jdbc");
		int pool = Integer.parseInt(o.getOrDefault("pool", "16"));
		long[] naiveSlots = naiveSetup(jdbc, slots.length);
		BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(pool);
		for (int i = 0; i < pool; i++) {
			connections.add(DriverManager.getConnection(jdbc));
		}
		List<Outcome> naive = burst(residents, naiveSlots, concurrency, tries, seed, (resident, slot) -> {
			Connection c = connections.take();
			try {
				return naiveBook(c, resident, slot);
			}
			finally {
				connections.add(c);
			}
		});
		long naiveOverbooked;
		try (Connection c = DriverManager.getConnection(jdbc); ResultSet rs = c.createStatement().executeQuery("""
				select coalesce(sum(greatest(n - 1, 0)), 0) from (select slot_id, count(*) n from bench_naive_booking
				 group by slot_id) x""")) {
			rs.next();
			naiveOverbooked = rs.getLong(1);
		}
		String json = """
				{"residents": %d, "slots": %d, "concurrency": %d, "tries": %d,
				 "booking_per_s": %.1f, "journey_p50_ms": %.1f, "journey_p99_ms": %.1f, "booked": %d,
				 "request_p50_ms": %.1f, "request_p99_ms": %.1f, "requests": %d, "requests_per_s": %.1f,
				 "fairness_first_half_share": %.3f,
				 "app_cpu_ms_per_request": %.3f, "pg_cpu_ms_per_request": %.3f, "driver_cpu_ms_per_request": %.3f,
				 "naive_booking_per_s": %.1f, "naive_booked": %d, "naive_overbooked": %d,
				 "warmup_requests": %d, "warmup_s": %.1f, "warmup_bookings": %d, "settle_s": %.1f,
				 "deltas_before_settle": %d, "jit_quiet": %b, "jit_share_of_app_cpu": %.3f, "sweep": [%s], "spread": %s,
				 "per_second": [%s]}
				""".formatted(residents.size(), slots.length, concurrency, tries, rate(appOutcomes), p(appOutcomes, 50),
				p(appOutcomes, 99), booked(appOutcomes), appRequestP50 / 1000.0, appRequestP99 / 1000.0, appRequests, appRequests / appSeconds,
				fairness(appOutcomes), perRequest(cpu0[0], cpu1[0], appRequests), perRequest(cpu0[1], cpu1[1], appRequests),
				perRequest(cpu0[2], cpu1[2], appRequests), rate(naive), booked(naive),
				naiveOverbooked, warmupRequests, warmupSeconds, warmupBookings, settled.seconds(), settled.deltasBefore(),
				settled.jitQuiet(), jitShare, String.join(", ", sweep), spread, appPerSecond);
		Files.writeString(Path.of(o.get("out")), json);
		System.out.print(json);
		for (Connection c : connections) {
			c.close();
		}
	}

	/**
	 * How the server was brought to rest before the measured burst: seconds waited, the rollup deltas waiting when
	 * it began, whether the compiler threads were idle at the end (false: the wait ran out).
	 */
	record Settled(double seconds, long deltasBefore, boolean jitQuiet) {

		/**
		 * Polls every second until the JIT's compiler threads used less than 2 % of a core over the second and at
		 * most 1,000 rollup deltas wait for the fold, for at most `limit` seconds.
		 */
		static Settled await(String appPid, String jdbc, int limit) throws Exception {
			long t0 = System.nanoTime();
			long deltasBefore = deltas(jdbc);
			long before = compilerNanos(appPid);
			boolean quiet = false;
			while (System.nanoTime() - t0 < limit * 1_000_000_000L) {
				Thread.sleep(1000);
				long now = compilerNanos(appPid);
				quiet = before >= 0 && now - before < 20_000_000L;
				before = now;
				if (quiet && deltas(jdbc) <= 1000) {
					break;
				}
			}
			return new Settled((System.nanoTime() - t0) / 1e9, deltasBefore, quiet);
		}

		static long deltas(String jdbc) throws Exception {
			try (Connection c = DriverManager.getConnection(jdbc);
					ResultSet rs = c.createStatement().executeQuery("select count(*) from mon_fact_rollup_delta")) {
				rs.next();
				return rs.getLong(1);
			}
		}

		/** CPU time (ns) of the application's JIT compiler threads (C1, C2) so far; -1 where unknown. */
		static long compilerNanos(String appPid) {
			if (appPid == null) {
				return -1;
			}
			long ticks = 0;
			try (var tasks = Files.list(Path.of("/proc", appPid, "task"))) {
				for (Path task : tasks.toList()) {
					try {
						String name = Files.readString(task.resolve("comm"));
						if (name.startsWith("C") && name.contains("CompilerThre")) {
							String stat = Files.readString(task.resolve("stat"));
							String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
						}
					}
					catch (java.io.IOException gone) {
						// a thread that ended meanwhile
					}
				}
			}
			catch (java.io.IOException ex) {
				return -1;
			}
			return ticks * 10_000_000L; // USER_HZ 100
		}

	}

	/**
	 * A minimal HTTP/1.1 client: a request written on a kept-alive socket, the answer read by its Content-Length or
	 * its chunks. Sockets are reused from a pool as large as the requests in flight; one the server closed (after
	 * its keep-alive limit, or idle) is replaced, and the request sent again only when the server had answered
	 * nothing.
	 */
	static final class RawHttp {

		record Response(int status, String body) {
		}

		private record Conn(java.net.Socket socket, java.io.BufferedInputStream in, java.io.OutputStream out) {
		}

		private final URI base;

		private final BlockingQueue<Conn> idle;

		RawHttp(URI base, int size) {
			this.base = base;
			this.idle = new ArrayBlockingQueue<>(Math.max(size, 1) * 2);
		}

		Response post(String path, String token, String json) throws java.io.IOException {
			byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
					+ "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: application/json"
					+ "\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
			for (int attempt = 0;; attempt++) {
				Conn c = idle.poll();
				boolean reused = c != null;
				if (c == null) {
					java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
					socket.setTcpNoDelay(true);
					c = new Conn(socket, new java.io.BufferedInputStream(socket.getInputStream(), 8192),
							socket.getOutputStream());
				}
				try {
					c.out().write(head);
					c.out().write(body);
					c.out().flush();
					int first = c.in().read();
					if (first < 0) {
						throw new java.io.EOFException("closed before answering");
					}
					return read(c, first);
				}
				catch (java.io.IOException ex) {
					c.socket().close();
					// a kept-alive socket the server had closed: nothing was answered, so send again once
					if (!reused || attempt > 0) {
						throw ex;
					}
				}
			}
		}

		private Response read(Conn c, int first) throws java.io.IOException {
			String status = (char) first + line(c.in());
			int code = Integer.parseInt(status.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String h = line(c.in()); !h.isEmpty(); h = line(c.in())) {
				String lower = h.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(h.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			if (chunked) {
				for (int size = Integer.parseInt(line(c.in()).split(";")[0].strip(), 16); size > 0;
						size = Integer.parseInt(line(c.in()).split(";")[0].strip(), 16)) {
					body.write(c.in().readNBytes(size));
					line(c.in());
				}
				line(c.in());
			}
			else if (length > 0) {
				body.write(c.in().readNBytes(length));
			}
			if (close) {
				c.socket().close();
			}
			else {
				idle.offer(c);
			}
			return new Response(code, body.toString(java.nio.charset.StandardCharsets.UTF_8));
		}

		private static String line(java.io.InputStream in) throws java.io.IOException {
			StringBuilder b = new StringBuilder();
			for (int ch = in.read(); ch != '\n'; ch = in.read()) {
				if (ch < 0) {
					throw new java.io.EOFException("closed in the middle of an answer");
				}
				if (ch != '\r') {
					b.append((char) ch);
				}
			}
			return b.toString();
		}

	}

	static double perRequest(long before, long after, int requests) {
		return before < 0 || after < 0 || requests == 0 ? -1 : (after - before) / 1e6 / requests;
	}

	/**
	 * CPU time (ns) used so far by the application (its pid), its PostgreSQL (the postmaster listening on the port and
	 * its processes) and this driver; -1 where unknown.
	 */
	record Cpu(String appPid, String pgPort) {

		long[] sample() {
			long app = appPid == null ? -1 : ProcessHandle.of(Long.parseLong(appPid)).map(Cpu::nanos).orElse(-1L);
			long pg = -1;
			if (pgPort != null) {
				var postmaster = ProcessHandle.allProcesses()
					.filter(p -> p.info().commandLine().orElse("").matches(".*/bin/postgres .*-p " + pgPort + "( .*)?"))
					.findFirst();
				if (postmaster.isPresent()) {
					pg = nanos(postmaster.get()) + postmaster.get().children().mapToLong(Cpu::nanos).sum();
				}
			}
			return new long[] { app, pg, nanos(ProcessHandle.current()) };
		}

		static long nanos(ProcessHandle p) {
			return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
		}

	}

	interface Booker {

		boolean book(String resident, long slot) throws Exception;

	}

	static final AtomicLong requestP50 = new AtomicLong();

	static final AtomicLong requestP99 = new AtomicLong();

	/** Wall time of the last burst, from the release to the last resident's answer. */
	static final java.util.concurrent.atomic.AtomicReference<Double> burstSeconds = new java.util.concurrent.atomic.AtomicReference<>(1.0);

	static final AtomicInteger requests = new AtomicInteger();

	/** persecond=1: each burst's requests by the second they started in, p50/p99/max, to stderr. */
	static boolean perSecond;

	static final AtomicInteger bursts = new AtomicInteger();

	/** The last burst by the second its requests started in (JSON objects). */
	static String lastPerSecond = "";

	/** Every resident starts at the same moment (the release); at most `concurrency` requests are in flight. */
	static List<Outcome> burst(List<String> residents, long[] slots, int concurrency, int tries, long seed,
			Booker booker) throws Exception {
		Outcome[] outcomes = new Outcome[residents.size()];
		long[] requestMicros = new long[residents.size() * tries];
		long[] requestStarts = new long[residents.size() * tries];
		boolean[] requestBooked = new boolean[residents.size() * tries];
		AtomicInteger requestCount = new AtomicInteger();
		Semaphore inFlight = new Semaphore(concurrency, true);
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(residents.size());
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < residents.size(); i++) {
				int index = i;
				threads.submit(() -> {
					Random random = new Random(seed + index);
					int first = random.nextInt(slots.length);
					start.await();
					long t0 = System.nanoTime();
					boolean booked = false;
					int attempts = 0;
					try {
						for (int k = 0; k < tries && !booked; k++) {
							attempts++;
							inFlight.acquire();
							long r0 = System.nanoTime();
							try {
								booked = booker.book(residents.get(index), slots[(first + k) % slots.length]);
							}
							finally {
								inFlight.release();
								int n = requestCount.getAndIncrement();
								requestStarts[n] = r0;
								requestBooked[n] = booked;
								requestMicros[n] = (System.nanoTime() - r0) / 1000;
							}
						}
					}
					catch (Exception ex) {
						System.err.println("resident " + index + ": " + ex.getMessage());
					}
					outcomes[index] = new Outcome(index, t0, System.nanoTime(), booked, attempts);
					done.countDown();
					return null;
				});
			}
			long released = System.nanoTime();
			start.countDown();
			done.await();
			burstSeconds.set((System.nanoTime() - released) / 1e9);
		}
		long[] used = Arrays.copyOf(requestMicros, requestCount.get());
		// the burst by the second its requests started in: where the slow requests are (the bookings that succeed
		// come first)
		long min = Arrays.stream(requestStarts, 0, used.length).min().orElse(0);
		java.util.TreeMap<Long, List<Long>> bySecond = new java.util.TreeMap<>();
		java.util.Map<Long, Integer> bookedBySecond = new HashMap<>();
		for (int i = 0; i < used.length; i++) {
			long sec = (requestStarts[i] - min) / 1_000_000_000L;
			bySecond.computeIfAbsent(sec, k -> new ArrayList<>()).add(used[i]);
			bookedBySecond.merge(sec, requestBooked[i] ? 1 : 0, Integer::sum);
		}
		List<String> seconds = new ArrayList<>();
		bySecond.forEach((sec, l) -> {
			l.sort(null);
			double p50 = l.get(l.size() / 2) / 1000.0;
			double p99 = l.get((int) Math.ceil(l.size() * 0.99) - 1) / 1000.0;
			double max = l.get(l.size() - 1) / 1000.0;
			long over200 = l.stream().filter(us -> us >= 200_000).count();
			seconds.add("{\"second\": %d, \"requests\": %d, \"booked\": %d, \"p50_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f, \"over_200_ms\": %d}"
				.formatted(sec, l.size(), bookedBySecond.get(sec), p50, p99, max, over200));
			if (perSecond) {
				System.err.printf("t=%3ds n=%5d booked=%4d p50=%7.1f p99=%7.1f max=%7.1f >=200ms=%d%n", sec, l.size(),
						bookedBySecond.get(sec), p50, p99, max, over200);
			}
		});
		lastPerSecond = String.join(",\n  ", seconds);
		if (System.getenv("REQUESTS_TSV") != null) {
			StringBuilder tsv = new StringBuilder();
			for (int i = 0; i < used.length; i++) {
				tsv.append((requestStarts[i] - min) / 1000).append('\t').append(used[i]).append('\t')
					.append(requestBooked[i] ? 1 : 0).append('\n');
			}
			Files.writeString(Path.of(System.getenv("REQUESTS_TSV") + "." + bursts.incrementAndGet()), tsv);
		}
		Arrays.sort(used);
		requestP50.set(used.length == 0 ? 0 : used[(int) Math.min(used.length - 1, Math.ceil(used.length * 0.50) - 1)]);
		requestP99.set(used.length == 0 ? 0 : used[(int) Math.min(used.length - 1, Math.ceil(used.length * 0.99) - 1)]);
		requests.set(used.length);
		return List.of(outcomes);
	}

	static double rate(List<Outcome> outcomes) {
		long first = outcomes.stream().mapToLong(Outcome::startNanos).min().orElse(0);
		long last = outcomes.stream().filter(Outcome::booked).mapToLong(Outcome::endNanos).max().orElse(first + 1);
		return booked(outcomes) / ((last - first) / 1e9);
	}

	static long booked(List<Outcome> outcomes) {
		return outcomes.stream().filter(Outcome::booked).count();
	}

	/** Latency of a resident's whole booking (all attempts), over the residents who got a place. */
	static double p(List<Outcome> outcomes, int percentile) {
		long[] ms = outcomes.stream().filter(Outcome::booked).mapToLong(x -> (x.endNanos() - x.startNanos()) / 1000)
			.sorted().toArray();
		if (ms.length == 0) {
			return 0;
		}
		return ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * percentile / 100.0) - 1)] / 1000.0;
	}

	/**
	 * First come, first served as measured: the share of the places that went to residents who finished their first
	 * attempt in the first half of all first attempts (1.0: every place went to the earlier half).
	 */
	static double fairness(List<Outcome> outcomes) {
		List<Outcome> sorted = new ArrayList<>(outcomes);
		sorted.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
		long winners = booked(outcomes);
		if (winners == 0) {
			return 0;
		}
		// residents all start together; order them by when their booking finished instead
		sorted.sort((a, b) -> Long.compare(a.endNanos(), b.endNanos()));
		long early = sorted.subList(0, sorted.size() / 2).stream().filter(Outcome::booked).count();
		return (double) early / winners;
	}

	/**
	 * Clinics of their own on the application's database, a day after the others: {@code doctors} doctors
	 * ({@code doctorRef}-1, -2, …) with a morning of {@code places} one-place slots each; the slots' ids, doctor by
	 * doctor.
	 */
	static long[] clinics(String jdbc, String doctorRef, int doctors, int places, int daysAhead) throws Exception {
		try (Connection c = DriverManager.getConnection(jdbc); PreparedStatement insert = c.prepareStatement("""
				with s as (
				  insert into ca_schedule (institution_code, institution_name, region_code, department_code,
				         department_name, doctor_ref, doctor_name, doctor_title, day, period, fee, room)
				  select 'H35992100001', '云岫县总医院', '359921', '03.04', '心血管内科', ? || '-' || d, '医生' || d,
				         '主治医师', current_date + ?, 'AM', 30.00, '4'
				    from generate_series(1, ?) d returning id)
				insert into ca_slot (schedule_id, pool, starts_at, ends_at, first_no, capacity)
				select s.id, 'PUBLIC', (current_date + ? + time '08:00') + g * interval '30 seconds',
				       (current_date + ? + time '08:00') + (g + 1) * interval '30 seconds', g + 1, 1
				  from s, generate_series(0, ? - 1) g returning id""")) {
			insert.setString(1, doctorRef);
			insert.setInt(2, daysAhead);
			insert.setInt(3, doctors);
			insert.setInt(4, daysAhead);
			insert.setInt(5, daysAhead);
			insert.setInt(6, places);
			List<Long> ids = new ArrayList<>();
			try (ResultSet rs = insert.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
			return ids.stream().mapToLong(Long::longValue).sorted().toArray();
		}
	}

	static long[] naiveSetup(String jdbc, int count) throws Exception {
		try (Connection c = DriverManager.getConnection(jdbc)) {
			c.createStatement().execute("drop table if exists bench_naive_booking, bench_naive_slot");
			c.createStatement().execute("create table bench_naive_slot (id bigint primary key, capacity int not null,"
					+ " taken int not null default 0)");
			c.createStatement().execute("create table bench_naive_booking (slot_id bigint not null,"
					+ " resident_id text not null)");
			c.createStatement().execute("insert into bench_naive_slot (id, capacity) select g, 1 from generate_series(1, "
					+ count + ") g");
		}
		long[] ids = new long[count];
		for (int i = 0; i < count; i++) {
			ids[i] = i + 1;
		}
		return ids;
	}

	/** The booking that overbooks: read the count, decide in the application, write the count back. */
	static boolean naiveBook(Connection c, String resident, long slot) throws Exception {
		int taken;
		int capacity;
		try (PreparedStatement read = c.prepareStatement("select taken, capacity from bench_naive_slot where id = ?")) {
			read.setLong(1, slot);
			try (ResultSet rs = read.executeQuery()) {
				rs.next();
				taken = rs.getInt(1);
				capacity = rs.getInt(2);
			}
		}
		if (taken >= capacity) {
			return false;
		}
		try (PreparedStatement write = c.prepareStatement("update bench_naive_slot set taken = ? where id = ?");
				PreparedStatement insert = c.prepareStatement(
						"insert into bench_naive_booking (slot_id, resident_id) values (?, ?)")) {
			write.setInt(1, taken + 1);
			write.setLong(2, slot);
			write.executeUpdate();
			insert.setLong(1, slot);
			insert.setString(2, resident);
			insert.executeUpdate();
		}
		return true;
	}

}
