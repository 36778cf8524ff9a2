// Load driver for the national-interface gateway: simulated HIS clients that sign in (9001) and then repeat
// register (2201) -> upload fees (2204) -> settle (2207), every request signed with the x-tif headers.
// Plain JDK, run as a source file:  java bench/SettlementLoad.java <mode> key=value ...
//   load   : warm-up, closed-loop maximum throughput with `clients` threads, then an open-loop steady `rate`/s;
//            writes a JSON summary (settlements/s, p50/p99 of the 2207 call) to `out`
//   fault  : closed loop for `seconds`, tolerating a dying server; every acknowledged 2207 (infcode 0) is
//            appended to `acks` as: msgid TAB setl_id TAB base64(body)
//   verify : replays every acknowledged 2207 body of `acks` (fresh signature) and checks the stored answer comes back
// Options: base=http://127.0.0.1:18080 persons=file.csv (psn_no,card_no,insutype) institutions=file.csv (code)
//          seed=20261122 clients=16 warmup=30 max=30 rate=200 steady=30 lowRate=0 (a second, lighter steady phase)
//          seconds=30 out=... acks=... pgbench=<tps>
import java.io.IOException;
import java.net.URI;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class SettlementLoad {

	static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	static final Pattern INFCODE = Pattern.compile("\"infcode\":(-?\\d+)");
	static final Pattern MDTRT = Pattern.compile("\"mdtrt_id\":\"([^\"]+)\"");
	static final Pattern SETL = Pattern.compile("\"setl_id\":\"([^\"]+)\"");
	static final Pattern SIGN = Pattern.compile("\"sign_no\":\"([^\"]+)\"");
	static final Pattern ERR = Pattern.compile("\"err_msg\":\"([^\"]*)\"");

	record Person(String psnNo, String certNo, String insutype) {}

	static final class Institution {
		final String code;
		final String secret;
		final AtomicInteger sequence = new AtomicInteger();
		volatile String signNo;
		Institution(String code, String secret) { this.code = code; this.secret = secret; }
	}

	final Map<String, String> o;
	final String base;
	final KeepAliveClient http;
	final String host;
	final String path;
	final List<Person> persons = new ArrayList<>();
	final List<Institution> institutions = new ArrayList<>();
	final AtomicLong errors = new AtomicLong();
	final AtomicLong failures = new AtomicLong();
	final AtomicLong skipped = new AtomicLong();
	final AtomicInteger printed = new AtomicInteger();

	SettlementLoad(Map<String, String> options) throws Exception {
		this.o = options;
		this.base = options.getOrDefault("base", "http://127.0.0.1:18080") + "/hsa/";
		URI uri = URI.create(base);
		this.host = uri.getHost() + ":" + uri.getPort();
		this.path = uri.getPath();
		this.http = new KeepAliveClient(uri.getHost(), uri.getPort());
		for (String line : Files.readAllLines(Path.of(options.get("persons")))) {
			String[] f = line.split(",");
			if (f.length == 3) {
				persons.add(new Person(f[0], f[1], f[2]));
			}
		}
		long seed = Long.parseLong(options.getOrDefault("seed", "20261122"));
		for (String line : Files.readAllLines(Path.of(options.get("institutions")))) {
			if (!line.isBlank()) {
				institutions.add(new Institution(line.trim(), demoSecret(seed, line.trim())));
			}
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			int eq = args[i].indexOf('=');
			options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
		}
		SettlementLoad load = new SettlementLoad(options);
		switch (args[0]) {
			case "load" -> load.load();
			case "fault" -> load.fault();
			case "verify" -> load.verify();
			case "steady" -> load.steady();
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// --- modes ----------------------------------------------------------------------------------------------------

	void load() throws Exception {
		int clients = integer("clients", 16);
		signInAll();
		closedLoop(clients, integer("warmup", 30), null, Collections.synchronizedList(new ArrayList<>()));
		List<Long> maxLatencies = Collections.synchronizedList(new ArrayList<>());
		long[] cpuBefore = cpu();
		long maxStart = System.nanoTime();
		long maxCount = closedLoop(clients, integer("max", 30), null, maxLatencies);
		double maxSeconds = (System.nanoTime() - maxStart) / 1e9;
		long[] cpuAfter = cpu();
		String loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
		int rate = integer("rate", 200);
		List<Long> steadyLatencies = Collections.synchronizedList(new ArrayList<>());
		List<Long> flowLatencies = Collections.synchronizedList(new ArrayList<>());
		long steadyStart = System.nanoTime();
		BySecond steadySeconds = new BySecond();
		long steadyCount = openLoop(rate, integer("steady", 30), steadyLatencies, flowLatencies, steadySeconds);
		double[] slowSeconds = steadySeconds.over(50);
		System.err.println("steady phase, 2207 p99 ms by second: " + steadySeconds.series());
		double steadyElapsed = (System.nanoTime() - steadyStart) / 1e9;
		int lowRate = integer("lowRate", 0);
		List<Long> lowLatencies = Collections.synchronizedList(new ArrayList<>());
		long lowStart = System.nanoTime();
		long lowCount = lowRate > 0 ? openLoop(lowRate, integer("steady", 30), lowLatencies,
				Collections.synchronizedList(new ArrayList<>()), null) : 0;
		double lowSeconds = (System.nanoTime() - lowStart) / 1e9;
		double perSecond = maxCount / maxSeconds;
		double pgbench = Double.parseDouble(o.getOrDefault("pgbench", "0"));
		String json = String.format(Locale.ROOT, """
				{
				  "settlements_per_s": %.1f,
				  "p50_ms": %.2f,
				  "p99_ms": %.2f,
				  "pgbench_tps": %.1f,
				  "ratio": %.3f,
				  "steady_rate_target": %d,
				  "steady_rate_achieved": %.1f,
				  "steady_seconds_with_p99_over_50_ms": %d,
				  "steady_worst_second_p99_ms": %.2f,
				  "steady_flow_p99_ms": %.2f,
				  "low_rate_target": %d,
				  "low_rate_achieved": %.1f,
				  "low_rate_p50_ms": %.2f,
				  "low_rate_p99_ms": %.2f,
				  "max_phase_clients": %d,
				  "max_phase_p50_ms": %.2f,
				  "max_phase_p99_ms": %.2f,
				  "settlements": %d,
				  "errors": %d,
				  "refused": %d,
				  "skipped_over_256_in_flight": %d,
				  "max_phase_app_cpu_ms_per_settlement": %.2f,
				  "max_phase_db_cpu_ms_per_settlement": %.2f,
				  "max_phase_app_cpu_ms_per_settlement_without_jit_and_gc": %.2f,
				  "max_phase_app_jit_cpu_ms_per_settlement": %.2f,
				  "max_phase_app_gc_cpu_ms_per_settlement": %.2f,
				  "max_phase_driver_cpu_ms_per_settlement": %.2f,
				  "max_phase_app_cpu_cores": %.2f,
				  "max_phase_db_cpu_cores": %.2f,
				  "load_average_after_max_phase": "%s"
				}
				""", perSecond, percentile(steadyLatencies, 50), percentile(steadyLatencies, 99),
				pgbench, pgbench > 0 ? perSecond / pgbench : 0, rate, steadyCount / steadyElapsed, (int) slowSeconds[0],
				slowSeconds[1],
				percentile(flowLatencies, 99), lowRate, lowRate > 0 ? lowCount / lowSeconds : 0,
				percentile(lowLatencies, 50), percentile(lowLatencies, 99), clients, percentile(maxLatencies, 50),
				percentile(maxLatencies, 99), maxCount + steadyCount + lowCount, errors.get(), failures.get(),
				skipped.get(), perSettlement(cpuAfter[0] - cpuBefore[0], maxCount),
				perSettlement(cpuAfter[1] - cpuBefore[1], maxCount),
				perSettlement(cpuAfter[0] - cpuBefore[0] - (cpuAfter[2] - cpuBefore[2]), maxCount),
				perSettlement(cpuAfter[4] - cpuBefore[4], maxCount), perSettlement(cpuAfter[5] - cpuBefore[5], maxCount),
				perSettlement(cpuAfter[3] - cpuBefore[3], maxCount),
				(cpuAfter[0] - cpuBefore[0]) / 1e3 / maxSeconds,
				(cpuAfter[1] - cpuBefore[1]) / 1e3 / maxSeconds, loadAverage);
		System.out.print(json);
		if (o.containsKey("out")) {
			Files.writeString(Path.of(o.get("out")), json);
		}
	}

	/**
	 * Warm-up, then an open-loop steady {@code rate} settlements/s for {@code steady} seconds (bench/monitoring.sh
	 * measures how soon each reaches the indicators); prints the phase's start (epoch ms) and counts.
	 */
	void steady() throws Exception {
		signInAll();
		closedLoop(integer("clients", 4), integer("warmup", 20), null, Collections.synchronizedList(new ArrayList<>()));
		long startMillis = System.currentTimeMillis();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long count = openLoop(integer("rate", 100), integer("steady", 60), latencies,
				Collections.synchronizedList(new ArrayList<>()), null);
		System.out.printf(Locale.ROOT, "{\"steady_start_ms\": %d, \"settled\": %d, \"p99_ms\": %.2f, \"errors\": %d}%n",
				startMillis, count, percentile(latencies, 99), errors.get());
	}

	void fault() throws Exception {
		signInAll();
		Path acks = Path.of(o.get("acks"));
		long count = closedLoop(integer("clients", 8), integer("seconds", 30), acks,
				Collections.synchronizedList(new ArrayList<>()));
		System.out.printf(Locale.ROOT, "{\"acknowledged\": %d, \"errors\": %d, \"refused\": %d}%n", count, errors.get(),
				failures.get());
	}

	void verify() throws Exception {
		Map<String, Institution> byCode = new HashMap<>();
		institutions.forEach(i -> byCode.put(i.code, i));
		int total = 0;
		int same = 0;
		List<String> wrong = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(o.get("acks")))) {
			String[] f = line.split("\t");
			if (f.length != 3) {
				continue;
			}
			total++;
			byte[] body = Base64.getDecoder().decode(f[2]);
			Institution at = byCode.get(f[0].substring(0, 12));
			String answer = post("2207", body, at);
			Matcher setl = SETL.matcher(answer);
			if (code(answer) == 0 && setl.find() && setl.group(1).equals(f[1])) {
				same++;
			}
			else if (wrong.size() < 5) {
				wrong.add(f[0] + " " + answer);
			}
		}
		System.out.printf(Locale.ROOT, "{\"acknowledged\": %d, \"answered_the_same\": %d}%n", total, same);
		wrong.forEach(w -> System.err.println("differs: " + w));
	}

	// --- CPU used by the server and its database (Linux /proc), robust to other load on the machine --------------

	/**
	 * CPU milliseconds used so far by the application ({@code appPid}) and by the PostgreSQL processes (the
	 * postmaster {@code pgPid} and its children: backends, WAL writer, checkpointer), and the part of the
	 * application's that went to its JIT compiler and to its garbage collector (and VM operation) threads, zeros without the options; and the
	 * driver's own.
	 */
	long[] cpu() {
		long app = o.containsKey("appPid") ? cpuMillis(Long.parseLong(o.get("appPid"))) : 0;
		long db = 0;
		if (o.containsKey("pgPid")) {
			long postmaster = Long.parseLong(o.get("pgPid"));
			db = cpuMillis(postmaster);
			try (var dirs = Files.list(Path.of("/proc"))) {
				for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
					String[] f = stat(dir);
					if (f != null && Long.parseLong(f[1]) == postmaster) {
						db += ticksToMillis(f);
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		long jit = 0;
		long gc = 0;
		if (o.containsKey("appPid")) {
			try (var tasks = Files.list(Path.of("/proc", o.get("appPid"), "task"))) {
				for (Path task : tasks.toList()) {
					String comm = Files.readString(task.resolve("comm")).trim();
					String[] f = stat(task);
					if (f != null && (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler"))) {
						jit += ticksToMillis(f);
					}
					else if (f != null && (comm.startsWith("GC Thread") || comm.startsWith("G1 ")
							|| comm.startsWith("VM Thread"))) {
						gc += ticksToMillis(f);
					}
				}
			}
			catch (IOException ex) {
				// the threads come and go; a thread that vanished between list and read is simply not counted
			}
		}
		return new long[] { app, db, jit + gc, cpuMillis(ProcessHandle.current().pid()), jit, gc };
	}

	static long cpuMillis(long pid) {
		String[] f = stat(Path.of("/proc", String.valueOf(pid)));
		return f == null ? 0 : ticksToMillis(f);
	}

	/** The fields of /proc/PID/stat after the command: [0] state, [1] ppid, ... [11] utime, [12] stime (ticks). */
	static String[] stat(Path dir) {
		try {
			String line = Files.readString(dir.resolve("stat"));
			return line.substring(line.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	static long ticksToMillis(String[] f) {
		return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // USER_HZ = 100 on Linux
	}

	static double perSettlement(long millis, long settlements) {
		return settlements == 0 ? 0 : (double) millis / settlements;
	}

	// --- load shapes ----------------------------------------------------------------------------------------------

	long closedLoop(int clients, int seconds, Path acks, List<Long> latencies) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong done = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			Institution at = institutions.get(c % institutions.size());
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					if (iteration(at, acks, latencies, null, null)) {
						done.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		return done.get();
	}

	long openLoop(int rate, int seconds, List<Long> latencies, List<Long> flows, BySecond bySecond) throws Exception {
		AtomicLong done = new AtomicLong();
		Semaphore inFlight = new Semaphore(256);
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) rate * seconds;
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long n = 0; n < total; n++) {
				long due = start + n * period;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				if (!inFlight.tryAcquire()) {
					skipped.incrementAndGet();
					continue;
				}
				Institution at = institutions.get((int) (n % institutions.size()));
				workers.submit(() -> {
					try {
						if (iteration(at, null, latencies, flows, bySecond)) {
							done.incrementAndGet();
						}
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
		return done.get();
	}

	/** 2207 latencies by the second of the phase they started in: whether the slow ones come together (a stall). */
	static final class BySecond extends ConcurrentHashMap<Long, List<Long>> {
		final long epoch = System.nanoTime();

		String series() {
			StringBuilder out = new StringBuilder();
			new java.util.TreeMap<>(this).forEach((second, list) -> out.append(second).append(':')
				.append(Math.round(percentile(list, 99))).append(' '));
			return out.toString();
		}

		/** The seconds whose own p99 exceeds {@code millis}, and the worst second's p99. */
		double[] over(double millis) {
			int count = 0;
			double worst = 0;
			for (List<Long> second : values()) {
				double p99 = percentile(second, 99);
				worst = Math.max(worst, p99);
				if (p99 > millis) {
					count++;
				}
			}
			return new double[] { count, worst };
		}
	}

	/**
	 * One visit: 2201, 2204, 2207. Returns whether it was settled. The 2207's latency goes to {@code latencies} (and
	 * by second to {@code seconds}), the whole flow's to {@code flows}; both may be null.
	 */
	boolean iteration(Institution at, Path acks, List<Long> latencies, List<Long> flows, BySecond seconds) {
		try {
			long flowStart = System.nanoTime();
			Person p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
			String now = LocalDateTime.now().format(TIME);
			String registered = call("2201", "{\"data\":{\"psn_no\":\"" + p.psnNo + "\",\"insutype\":\"" + p.insutype
					+ "\",\"begntime\":\"" + now + "\",\"mdtrt_cert_type\":\"03\",\"mdtrt_cert_no\":\"" + p.certNo
					+ "\",\"ipt_otp_no\":\"B" + System.nanoTime() % 1_000_000_000_000L
					+ "\",\"dept_code\":\"03\",\"dept_name\":\"内科\"}}", at, null);
			Matcher visit = MDTRT.matcher(registered);
			if (code(registered) != 0 || !visit.find()) {
				refused(registered);
				return false;
			}
			String id = visit.group(1);
			String lines = "{\"feedetail\":[" + line(id, p, 1, "110200001", "1", "10", "10.00") + ","
					+ line(id, p, 2, "XJ01CRA001", "12", "1.8", "21.60") + ","
					+ line(id, p, 3, "250101001", "1", "20", "20.00") + "]}";
			String uploaded = call("2204", lines, at, null);
			if (code(uploaded) != 0) {
				refused(uploaded);
				return false;
			}
			String input = "{\"data\":{\"psn_no\":\"" + p.psnNo + "\",\"mdtrt_cert_type\":\"03\",\"mdtrt_cert_no\":\""
					+ p.certNo + "\",\"med_type\":\"11\",\"medfee_sumamt\":51.60,\"psn_setlway\":\"01\",\"mdtrt_id\":\""
					+ id + "\",\"chrg_bchno\":\"0000\",\"acct_used_flag\":\"0\",\"insutype\":\"" + p.insutype + "\"}}";
			String msgid = msgid(at);
			byte[] body = envelope("2207", msgid, at, input);
			long start = System.nanoTime();
			String settled = post("2207", body, at);
			long end = System.nanoTime();
			Matcher setl = SETL.matcher(settled);
			if (code(settled) != 0 || !setl.find()) {
				refused(settled);
				return false;
			}
			latencies.add(end - start);
			if (seconds != null) {
				seconds.computeIfAbsent((start - seconds.epoch) / 1_000_000_000L, k -> Collections.synchronizedList(new ArrayList<>()))
					.add(end - start);
			}
			if (flows != null) {
				flows.add(end - flowStart);
			}
			if (acks != null) {
				String record = msgid + "\t" + setl.group(1) + "\t" + Base64.getEncoder().encodeToString(body) + "\n";
				synchronized (this) {
					Files.writeString(acks, record, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				}
			}
			return true;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			errors.incrementAndGet();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ignored) {
				Thread.currentThread().interrupt();
			}
			return false;
		}
	}

	// --- messages -------------------------------------------------------------------------------------------------

	void signInAll() throws Exception {
		for (Institution at : institutions) {
			String answer = call("9001", "{\"signIn\":{\"opter_no\":\"B001\",\"mac\":\"00-00-00-00-00-01\",\"ip\":\"127.0.0.1\"}}",
					at, null);
			Matcher m = SIGN.matcher(answer);
			if (!m.find()) {
				throw new IllegalStateException("sign-in of " + at.code + " failed: " + answer);
			}
			at.signNo = m.group(1);
		}
	}

	String call(String infno, String input, Institution at, String msgid) throws IOException, InterruptedException {
		return post(infno, envelope(infno, msgid == null ? msgid(at) : msgid, at, input), at);
	}

	byte[] envelope(String infno, String msgid, Institution at, String input) {
		String json = "{\"infno\":\"" + infno + "\",\"msgid\":\"" + msgid + "\",\"mdtrtarea_admvs\":\"359900\","
				+ "\"insuplc_admdvs\":\"359900\",\"recer_sys_code\":\"01\",\"infver\":\"V1.0\",\"opter_type\":\"1\","
				+ "\"opter\":\"B001\",\"opter_name\":\"压测收费员\",\"inf_time\":\"" + LocalDateTime.now().format(TIME)
				+ "\",\"fixmedins_code\":\"" + at.code + "\",\"fixmedins_name\":\"HIS\",\"sign_no\":"
				+ (at.signNo == null ? "null" : "\"" + at.signNo + "\"") + ",\"input\":" + input + "}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	String post(String infno, byte[] body, Institution at) throws IOException {
		String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
		String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
				+ Long.toHexString(System.nanoTime());
		String head = "POST " + path + infno + " HTTP/1.1\r\nHost: " + host + "\r\n"
				+ "Content-Type: application/json;charset=UTF-8\r\nx-tif-paasid: " + at.code + "\r\nx-tif-timestamp: "
				+ timestamp + "\r\nx-tif-nonce: " + nonce + "\r\nx-tif-signature: " + sign(at.secret, timestamp, nonce, body)
				+ "\r\nContent-Length: " + body.length + "\r\n\r\n";
		return http.post(head.getBytes(StandardCharsets.US_ASCII), body);
	}

	static String msgid(Institution at) {
		return at.code + LocalDateTime.now().format(MSGID_TIME) + "%04d".formatted(at.sequence.incrementAndGet() % 10_000);
	}

	static String line(String visit, Person p, int sn, String code, String cnt, String pric, String amount) {
		return "{\"feedetl_sn\":\"" + sn + "\",\"mdtrt_id\":\"" + visit + "\",\"psn_no\":\"" + p.psnNo
				+ "\",\"chrg_bchno\":\"B1\",\"med_list_codg\":\"" + code + "\",\"det_item_fee_sumamt\":" + amount
				+ ",\"cnt\":" + cnt + ",\"pric\":" + pric + "}";
	}

	static String sign(String secret, String timestamp, String nonce, byte[] body) {
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

	void refused(String answer) {
		failures.incrementAndGet();
		if (printed.incrementAndGet() <= 5) {
			Matcher m = ERR.matcher(answer);
			System.err.println("refused: " + (m.find() ? m.group(1) : answer));
		}
	}

	static double percentile(List<Long> nanos, int p) {
		if (nanos.isEmpty()) {
			return 0;
		}
		List<Long> sorted;
		synchronized (nanos) {
			sorted = new ArrayList<>(nanos);
		}
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	int integer(String key, int fallback) {
		return Integer.parseInt(o.getOrDefault(key, String.valueOf(fallback)));
	}


	/**
	 * A minimal HTTP/1.1 client over kept-alive loopback sockets (one per concurrent request, reused): the JDK's
	 * HttpClient spends several times the server's parsing effort per request, and the driver shares the two cores
	 * with the server and PostgreSQL, as pgbench's lean C client does in the baseline. Handles Content-Length and
	 * chunked answers and a server that closes the connection.
	 */
	static final class KeepAliveClient {

		final InetSocketAddress address;
		final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

		KeepAliveClient(String host, int port) {
			this.address = new InetSocketAddress(host, port);
		}

		String post(byte[] head, byte[] body) throws IOException {
			Connection c = idle.poll();
			boolean reused = c != null;
			if (c == null) {
				c = new Connection(address);
			}
			try {
				String answer = c.exchange(head, body);
				if (c.open) {
					idle.offer(c);
				}
				else {
					c.close();
				}
				return answer;
			}
			catch (IOException ex) {
				c.close();
				if (!reused) {
					throw ex;
				}
				// a kept-alive connection the server closed meanwhile: once more on a fresh one
				Connection fresh = new Connection(address);
				String answer = fresh.exchange(head, body);
				if (fresh.open) {
					idle.offer(fresh);
				}
				return answer;
			}
		}

		static final class Connection {

			final Socket socket = new Socket();
			final InputStream in;
			final OutputStream out;
			boolean open = true;

			Connection(InetSocketAddress address) throws IOException {
				socket.setTcpNoDelay(true);
				socket.connect(address, 5_000);
				socket.setSoTimeout(30_000);
				in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
				out = socket.getOutputStream();
			}

			String exchange(byte[] head, byte[] body) throws IOException {
				byte[] request = new byte[head.length + body.length];
				System.arraycopy(head, 0, request, 0, head.length);
				System.arraycopy(body, 0, request, head.length, body.length);
				out.write(request);
				out.flush();
				String status = line();
				if (!status.startsWith("HTTP/1.1 ")) {
					throw new IOException("not an HTTP/1.1 answer: " + status);
				}
				int length = -1;
				boolean chunked = false;
				for (String header = line(); !header.isEmpty(); header = line()) {
					int colon = header.indexOf(':');
					String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
					String value = header.substring(colon + 1).trim();
					switch (name) {
						case "content-length" -> length = Integer.parseInt(value);
						case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
						case "connection" -> open &= !value.equalsIgnoreCase("close");
						default -> { }
					}
				}
				ByteArrayOutputStream answer = new ByteArrayOutputStream(length > 0 ? length : 1024);
				if (chunked) {
					for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
							size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
						answer.write(in.readNBytes(size));
						line();
					}
					line();
				}
				else if (length >= 0) {
					answer.write(in.readNBytes(length));
				}
				else {
					answer.write(in.readAllBytes());
					open = false;
				}
				return answer.toString(StandardCharsets.UTF_8);
			}

			private String line() throws IOException {
				StringBuilder line = new StringBuilder(64);
				for (int b = in.read(); b != '\n'; b = in.read()) {
					if (b < 0) {
						throw new IOException("connection closed by the server");
					}
					if (b != '\r') {
						line.append((char) b);
					}
				}
				return line.toString();
			}

			void close() {
				open = false;
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing a dead connection
				}
			}

		}

	}

}
