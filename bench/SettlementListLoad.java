// Load driver for settlement-list uploads (医保结算清单, 4101A) on the national gateway: simulated HIS clients that sign
// in (9001) and upload lists, signed with the x-tif headers by bench/SettlementLoad.java (found by the source
// launcher in the same directory). Plain JDK:  java bench/SettlementListLoad.java key=value ...
// cases=file: lines kind TAB institution TAB input JSON, kind VALID, MALE_O or DSCG_BEFORE_ADM (built by
// bench/settlement-list.sh from the demo's lists). Warm-up, closed loop with `clients` threads for `max` s
// (uploads/s, p50/p99 of the 4101A call of valid lists), then an open-loop steady `rate`/s for `steady` s.
// `invalidShare` percent of the uploads are invalid lists: each must be answered infcode -2; their msgids go to
// `refusedOut` so the script can check that none was stored. Writes a JSON summary to `out`.
// Options also: base persons institutions seed clients=16 warmup=10 max=30 rate=0 steady=20 pgbench=<tps> appPid pgPid
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;

public class SettlementListLoad extends SettlementLoad {

	SettlementListLoad(Map<String, String> options) throws Exception {
		super(options);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			options.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		new SettlementListLoad(options).run();
	}

	record ListCase(String kind, Institution at, String input) {}

	final AtomicLong accepted = new AtomicLong();
	final AtomicLong invalidRefused = new AtomicLong();
	final AtomicLong invalidAccepted = new AtomicLong();
	final AtomicLong validRefused = new AtomicLong();
	final List<String> refusedMsgids = Collections.synchronizedList(new ArrayList<>());
	final Map<String, AtomicLong> refusalCodes = new ConcurrentHashMap<>();

	void run() throws Exception {
		Map<String, Institution> byCode = new HashMap<>();
		institutions.forEach(i -> byCode.put(i.code, i));
		List<ListCase> valid = new ArrayList<>();
		List<ListCase> invalid = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(o.get("cases")))) {
			String[] f = line.split("\t", 3);
			if (f.length == 3 && byCode.containsKey(f[1])) {
				(f[0].equals("VALID") ? valid : invalid).add(new ListCase(f[0], byCode.get(f[1]), f[2]));
			}
		}
		if (valid.isEmpty() || invalid.isEmpty()) {
			throw new IllegalStateException("no cases: " + valid.size() + " valid, " + invalid.size() + " invalid");
		}
		signInAll();
		int clients = integer("clients", 16);
		int share = integer("invalidShare", 10);
		List<Long> ignored = Collections.synchronizedList(new ArrayList<>());
		listsClosedLoop(valid, invalid, clients, share, integer("warmup", 10), ignored, ignored);
		long acceptedBefore = accepted.get();
		List<Long> maxLatencies = Collections.synchronizedList(new ArrayList<>());
		List<Long> invalidLatencies = Collections.synchronizedList(new ArrayList<>());
		long[] cpuBefore = cpu();
		long maxStart = System.nanoTime();
		listsClosedLoop(valid, invalid, clients, share, integer("max", 30), maxLatencies, invalidLatencies);
		double maxSeconds = (System.nanoTime() - maxStart) / 1e9;
		long[] cpuAfter = cpu();
		long maxUploads = accepted.get() - acceptedBefore;
		String loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
		int rate = integer("rate", 0);
		List<Long> steadyLatencies = Collections.synchronizedList(new ArrayList<>());
		long steadyBefore = accepted.get();
		long steadyStart = System.nanoTime();
		if (rate > 0) {
			listsOpenLoop(valid, invalid, rate, share, integer("steady", 20), steadyLatencies);
		}
		double steadySeconds = (System.nanoTime() - steadyStart) / 1e9;
		double perSecond = maxUploads / maxSeconds;
		double pgbench = Double.parseDouble(o.getOrDefault("pgbench", "0"));
		if (o.containsKey("refusedOut")) {
			Files.write(Path.of(o.get("refusedOut")), refusedMsgids);
		}
		String json = String.format(Locale.ROOT, """
				{
				  "uploads_per_s": %.1f,
				  "p50_ms": %.2f,
				  "p99_ms": %.2f,
				  "pgbench_tps": %.1f,
				  "ratio": %.4f,
				  "details": {
				    "transaction": "4101A",
				    "clients": %d,
				    "max_phase_s": %.1f,
				    "max_phase_valid_uploads": %d,
				    "max_phase_invalid_p50_ms": %.2f,
				    "max_phase_invalid_p99_ms": %.2f,
				    "steady_rate_target": %d,
				    "steady_valid_uploads_per_s": %.1f,
				    "steady_p50_ms": %.2f,
				    "steady_p99_ms": %.2f,
				    "distinct_valid_cases": %d,
				    "invalid_share_percent": %d,
				    "valid_accepted": %d,
				    "valid_refused": %d,
				    "invalid_sent": %d,
				    "invalid_refused_infcode_minus_2": %d,
				    "invalid_accepted": %d,
				    "refusal_codes": "%s",
				    "errors": %d,
				    "skipped_over_256_in_flight": %d,
				    "max_phase_app_cpu_ms_per_upload": %.2f,
				    "max_phase_db_cpu_ms_per_upload": %.2f,
				    "max_phase_app_cpu_ms_per_upload_without_jit_and_gc": %.2f,
				    "max_phase_app_cpu_cores": %.2f,
				    "max_phase_db_cpu_cores": %.2f,
				    "load_average_after_max_phase": "%s"
				  }
				}
				""", perSecond, percentile(maxLatencies, 50), percentile(maxLatencies, 99), pgbench,
				pgbench > 0 ? perSecond / pgbench : 0, clients, maxSeconds, maxUploads,
				percentile(invalidLatencies, 50), percentile(invalidLatencies, 99), rate,
				rate > 0 ? (accepted.get() - steadyBefore) / steadySeconds : 0, percentile(steadyLatencies, 50),
				percentile(steadyLatencies, 99), valid.size(), share, accepted.get(), validRefused.get(),
				invalidRefused.get() + invalidAccepted.get() + refusalOther.get(), invalidRefused.get(),
				invalidAccepted.get(), new TreeMap<>(refusalCodes), errors.get(), skipped.get(),
				perSettlement(cpuAfter[0] - cpuBefore[0], maxUploads), perSettlement(cpuAfter[1] - cpuBefore[1], maxUploads),
				perSettlement(cpuAfter[0] - cpuBefore[0] - (cpuAfter[2] - cpuBefore[2]), maxUploads),
				(cpuAfter[0] - cpuBefore[0]) / 1e3 / maxSeconds, (cpuAfter[1] - cpuBefore[1]) / 1e3 / maxSeconds,
				loadAverage);
		System.out.print(json);
		if (o.containsKey("out")) {
			Files.writeString(Path.of(o.get("out")), json);
		}
	}

	final AtomicLong refusalOther = new AtomicLong();
	final AtomicLong invalidTurn = new AtomicLong();

	/** Client c uploads the valid cases c, c + clients, ... in turn (a HIS uploads its own lists), every n-th invalid. */
	void listsClosedLoop(List<ListCase> valid, List<ListCase> invalid, int clients, int share, int seconds,
			List<Long> latencies, List<Long> invalidLatencies) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.submit(() -> {
				long n = 0;
				int next = client % valid.size();
				while (System.nanoTime() < end) {
					n++;
					if (share > 0 && ((n - 1) * share) / 100 < (n * share) / 100) {
						upload(invalid.get((int) (invalidTurn.getAndIncrement() % invalid.size())), invalidLatencies);
					}
					else {
						upload(valid.get(next), latencies);
						next = (next + clients) % valid.size();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
	}

	void listsOpenLoop(List<ListCase> valid, List<ListCase> invalid, int rate, int share, int seconds,
			List<Long> latencies) throws Exception {
		Semaphore inFlight = new Semaphore(256);
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) rate * seconds;
		List<Long> ignored = Collections.synchronizedList(new ArrayList<>());
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
				boolean bad = share > 0 && (n * share) / 100 < ((n + 1) * share) / 100;
				ListCase c = bad ? invalid.get((int) (n % invalid.size())) : valid.get((int) (n % valid.size()));
				workers.submit(() -> {
					try {
						upload(c, bad ? ignored : latencies);
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
	}

	/** One 4101A upload; a valid list must be answered with a setl_list_id, an invalid one with infcode -2. */
	void upload(ListCase c, List<Long> latencies) {
		try {
			String msgid = msgid(c.at());
			byte[] body = envelope("4101A", msgid, c.at(), c.input());
			long start = System.nanoTime();
			String answer = post("4101A", body, c.at());
			long end = System.nanoTime();
			int code = code(answer);
			boolean valid = c.kind().equals("VALID");
			if (valid && code == 0 && answer.contains("\"setl_list_id\":\"SL")) {
				accepted.incrementAndGet();
				latencies.add(end - start);
			}
			else if (valid) {
				validRefused.incrementAndGet();
				refused(answer);
			}
			else {
				refusedMsgids.add(msgid);
				if (code == -2) {
					invalidRefused.incrementAndGet();
					latencies.add(end - start);
					Matcher m = ERR.matcher(answer);
					refusalCodes.computeIfAbsent(c.kind() + " " + (m.find() ? m.group(1).split("[ ：:]", 2)[0] : "?"),
							k -> new AtomicLong()).incrementAndGet();
				}
				else if (code == 0) {
					invalidAccepted.incrementAndGet();
					System.err.println("invalid list accepted (" + c.kind() + "): " + answer);
				}
				else {
					refusalOther.incrementAndGet();
					refused(answer);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.incrementAndGet();
		}
	}

}
