package org.sanyi.drg.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.sanyi.drg.grouper.BatchGrouping;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.DrgSchemeLoader;

/**
 * Throughput of the DRG grouper on the shared test cases replicated to N records (run by
 * {@code bench/drg.sh}). A plain harness rather than JMH: the figure wanted is records
 * per second over a million-record pass, with the pass repeated and the median reported,
 * which a loop measures directly.
 *
 * <p>
 * Usage: {@code DrgThroughputBenchmark SCHEME_DIR OUT.json RECORDS CASES.csv...}
 */
public final class DrgThroughputBenchmark {

	private static final int PASSES = 5;

	private static final int PEER_PER_S = 2_400;

	private DrgThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path schemeDir = Path.of(args[0]);
		Path out = Path.of(args[1]);
		int n = Integer.parseInt(args[2]);
		long loadStart = System.nanoTime();
		DrgScheme scheme = DrgSchemeLoader.load(schemeDir);
		long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
		DrgGrouper grouper = new DrgGrouper(scheme);

		List<DrgRecord> cases = new ArrayList<>();
		StringBuilder csvBody = new StringBuilder();
		String csvHeader = null;
		for (int i = 3; i < args.length; i++) {
			String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
			cases.addAll(BatchGrouping.readRecords(new StringReader(text)));
			int firstLineEnd = text.indexOf('\n');
			csvHeader = text.substring(0, firstLineEnd + 1);
			csvBody.append(text.substring(firstLineEnd + 1)); // the case files share one
																// header
		}
		DrgRecord[] records = new DrgRecord[n];
		for (int i = 0; i < n; i++) {
			records[i] = cases.get(i % cases.size());
		}
		int threads = Runtime.getRuntime().availableProcessors();
		log("scheme %s loaded in %d ms; %d distinct cases replicated to %,d records; %d cores", scheme, loadMs,
				cases.size(), n, threads);

		// warm-up: let the JIT compile the hot path before anything is timed
		for (int i = 0; i < 3; i++) {
			singlePass(grouper, records);
		}
		double[] single = new double[PASSES];
		double[] singleCpu = new double[PASSES];
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < PASSES; i++) {
			long cpuStart = cpu.getCurrentThreadCpuTime();
			single[i] = n / singlePass(grouper, records);
			singleCpu[i] = n / ((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
			log("single thread pass %d: %,.0f records/s (%,.0f per CPU-second)", i + 1, single[i], singleCpu[i]);
		}
		double[] all = new double[PASSES];
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			parallelPass(grouper, records, pool, threads);
			for (int i = 0; i < PASSES; i++) {
				all[i] = n / parallelPass(grouper, records, pool, threads);
				log("%d threads pass %d: %,.0f records/s", threads, i + 1, all[i]);
			}
		}
		int tracedN = Math.min(n, 200_000);
		DrgRecord[] tracedRecords = Arrays.copyOf(records, tracedN);
		tracedPass(grouper, tracedRecords);
		double traced = tracedN / tracedPass(grouper, tracedRecords);
		log("single thread with trace: %,.0f records/s", traced);
		double batch = batchCsv(grouper, csvHeader, csvBody.toString(), n);
		log("batch CSV parse + group + write, single thread: %,.0f records/s", batch);

		Map<String, Object> json = new LinkedHashMap<>();
		json.put("benchmark", "DRG grouper throughput (org.sanyi.drg.grouper)");
		json.put("scheme", scheme.name());
		json.put("records", n);
		json.put("distinct_cases", cases.size());
		json.put("single_thread_per_s", Math.round(median(single)));
		json.put("all_cores_per_s", Math.round(median(all)));
		json.put("single_thread_per_cpu_s", Math.round(median(singleCpu)));
		json.put("threads", threads);
		json.put("machine_cores", threads);
		json.put("baseline_peer_per_s", PEER_PER_S);
		json.put("single_thread_vs_peer", Math.round(median(single) / PEER_PER_S));
		json.put("single_thread_runs_per_s", rounded(single));
		json.put("all_cores_runs_per_s", rounded(all));
		json.put("traced_single_thread_per_s", Math.round(traced));
		json.put("batch_csv_single_thread_per_s", Math.round(batch));
		json.put("scheme_load_ms", loadMs);
		json.put("method",
				"median of " + PASSES + " passes over pre-parsed records after 3 warm-up passes;"
						+ " wall clock, plus thread CPU time for the single thread; replicas share their code strings"
						+ " (String hash cached), the batch CSV figure parses fresh strings; the 2 cores are shared"
						+ " with other jobs, so wall figures vary by a factor of 2 between runs");
		json.put("load_average_at_end", loadAverage());
		json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		json.put("cpu", cpuModel());
		json.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, toJson(json), StandardCharsets.UTF_8);
		log("wrote %s", out);
	}

	private static long checksum;

	private static double singlePass(DrgGrouper grouper, DrgRecord[] records) {
		long start = System.nanoTime();
		long sum = 0;
		for (DrgRecord r : records) {
			sum += grouper.group(r).drg().hashCode();
		}
		checksum += sum; // keeps the JIT from discarding the results
		return (System.nanoTime() - start) / 1e9;
	}

	private static double tracedPass(DrgGrouper grouper, DrgRecord[] records) {
		long start = System.nanoTime();
		long steps = 0;
		for (DrgRecord r : records) {
			steps += grouper.groupWithTrace(r).trace().size();
		}
		checksum += steps;
		return (System.nanoTime() - start) / 1e9;
	}

	private static double parallelPass(DrgGrouper grouper, DrgRecord[] records, ExecutorService pool, int threads)
			throws Exception {
		long start = System.nanoTime();
		List<Future<Long>> parts = new ArrayList<>();
		int slice = (records.length + threads - 1) / threads;
		for (int t = 0; t < threads; t++) {
			int from = t * slice;
			int to = Math.min(records.length, from + slice);
			parts.add(pool.submit(() -> {
				long sum = 0;
				for (int i = from; i < to; i++) {
					DrgResult r = grouper.group(records[i]);
					sum += r.drg().hashCode();
				}
				return sum;
			}));
		}
		for (Future<Long> part : parts) {
			checksum += part.get();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * CSV text of the cases repeated until {@code n} rows, streamed through BatchGrouping
	 * into a null sink.
	 */
	private static double batchCsv(DrgGrouper grouper, String header, String body, int n) throws IOException {
		long bodyRows = body.chars().filter(c -> c == '\n').count();
		int repeats = (int) Math.max(1, n / bodyRows);
		BatchGrouping batch = new BatchGrouping(grouper, BatchGrouping.UnknownCodes.GROUP, Locale.ENGLISH);
		batch.run(new RepeatingReader(header, body, 1), Writer.nullWriter()); // warm-up
		long start = System.nanoTime();
		BatchGrouping.Summary summary = batch.run(new RepeatingReader(header, body, repeats), Writer.nullWriter());
		return summary.rows() / ((System.nanoTime() - start) / 1e9);
	}

	/**
	 * A reader over a header followed by the same body text {@code repeats} times,
	 * without materialising it.
	 */
	private static final class RepeatingReader extends Reader {

		private final String header;

		private final String body;

		private int remaining;

		private StringReader current;

		RepeatingReader(String header, String body, int repeats) {
			this.header = header;
			this.body = body;
			this.remaining = repeats;
			this.current = new StringReader(header);
		}

		@Override
		public int read(char[] buf, int off, int len) throws IOException {
			while (true) {
				int read = current.read(buf, off, len);
				if (read > 0) {
					return read;
				}
				if (remaining-- == 0) {
					return -1;
				}
				current = new StringReader(body);
			}
		}

		@Override
		public void close() {
			current.close();
		}

	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static List<Long> rounded(double[] values) {
		return Arrays.stream(values).mapToObj(Math::round).toList();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	private static String cpuModel() {
		try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.orElse("unknown");
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	private static String toJson(Map<String, Object> map) {
		StringBuilder sb = new StringBuilder("{\n");
		int i = 0;
		for (Map.Entry<String, Object> e : map.entrySet()) {
			sb.append("  \"").append(e.getKey()).append("\": ").append(value(e.getValue()));
			sb.append(++i < map.size() ? ",\n" : "\n");
		}
		return sb.append("}\n").toString();
	}

	private static String value(Object v) {
		if (v instanceof Number) {
			return v.toString();
		}
		if (v instanceof List<?> list) {
			return list.stream().map(DrgThroughputBenchmark::value).toList().toString();
		}
		return "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, format + "%n", args);
	}

}
