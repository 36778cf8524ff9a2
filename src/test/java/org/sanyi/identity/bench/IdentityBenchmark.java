package org.sanyi.identity.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identity benchmarks, run by {@code bench/identity.sh}: QR verification throughput
 * per core (SM2 and ECDSA, next to BouncyCastle's and the JDK's own verifiers) and
 * matching against a population of a million, with latency and precision/recall. A plain
 * harness rather than JMH: the figures wanted are a per-core rate measured in thread CPU
 * time (the two cores of the bench machine are shared with other jobs, which makes
 * wall-clock rates swing) and latency percentiles over a fixed query set with known
 * answers, which a loop measures directly.
 *
 * <p>
 * Usage: {@code IdentityBenchmark OUT.json [POPULATION] [DUPLICATES]}
 */
public final class IdentityBenchmark {

	private IdentityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		int population = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int duplicates = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

		String parts = System.getProperty("identity.bench.parts", "qr,matching");
		Map<String, Object> qr = parts.contains("qr") ? QrThroughput.run(5.0, 5, 2.0) : Map.of();
		Map<String, Object> matching = parts.contains("matching")
				? MatchingBenchmark.run(population, duplicates, duplicates / 4, duplicates / 4) : Map.of();
		if (!parts.contains("qr") || !parts.contains("matching")) {
			System.out.println("partial run (" + parts + "): " + out + " not written");
			return;
		}

		Map<String, Object> json = new LinkedHashMap<>();
		json.put("benchmark", "identity: QR verification and EMPI matching (org.sanyi.identity.card, .matching)");
		json.put("qr_verify_per_s", perCore(qr, "sm2_verify"));
		json.put("qr_verify_ecdsa_per_s", perCore(qr, "ecdsa_verify"));
		json.put("qr_verify_ecdsa_jdk_baseline_per_s", perCore(qr, "ecdsa_jdk_sunec_signature_only"));
		json.put("qr_verify_sm2_bc_sm2signer_per_s", perCore(qr, "sm2_bc_sm2signer_signature_only"));
		json.put("qr_verify_sm2_bc_jca_per_s", perCore(qr, "sm2_bc_jca_sm3withsm2_signature_only"));
		json.put("qr_issue_per_s", perCore(qr, "sm2_issue"));
		json.put("qr_issue_ecdsa_per_s", perCore(qr, "ecdsa_issue"));
		json.put("match_precision", matching.get("precision_at_link"));
		json.put("match_recall", matching.get("recall_at_link"));
		json.put("match_recall_with_review", matching.get("recall_with_review"));
		json.put("match_p50_ms", latency(matching, "latency_ms", "p50"));
		json.put("match_p99_ms", latency(matching, "latency_ms", "p99"));
		json.put("match_p99_cpu_ms", latency(matching, "latency_cpu_ms", "p99"));
		json.put("index_size", ((Map<?, ?>) matching.get("index")).get("records"));
		json.put("index_bytes", ((Map<?, ?>) matching.get("index")).get("bytes"));
		json.put("population", matching.get("population"));
		json.put("duplicates", matching.get("duplicates"));
		json.put("machine_cores", Runtime.getRuntime().availableProcessors());
		json.put("qr", qr);
		json.put("matching", matching);
		json.put("method",
				"QR: one thread, 5 s warm-up then the median of 5 passes of 2 s; per_core_per_s is operations"
						+ " per CPU-second of the measuring thread, wall_per_s per elapsed second; 'ours, full' is"
						+ " QrVerifier.verify end to end over 4,096 distinct codes (fresh replay cache per round); the"
						+ " 'signature_only' rows time only the signature check of the named implementation over 31-byte"
						+ " messages. Matching: one thread, population generated with seed 20261122, 20,000 warm-up queries,"
						+ " then each query timed alone (wall and thread CPU); duplicates/namesakes/newcomers in a fixed"
						+ " shuffled order; precision = right links / all automatic links, recall = right links / duplicates;"
						+ " review counts separately. The 2 cores are shared with other jobs: wall figures vary between runs");
		json.put("load_average_before", Math.round(loadBefore * 100) / 100.0);
		json.put("load_average_after",
				Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
		json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		json.put("cpu", cpuModel());
		json.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		json.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
		if (out.toAbsolutePath().getParent() != null) {
			Files.createDirectories(out.toAbsolutePath().getParent());
		}
		Files.writeString(out, Json.write(json), StandardCharsets.UTF_8);
		System.out.println("wrote " + out);
	}

	private static Object perCore(Map<String, Object> qr, String name) {
		return ((Map<?, ?>) qr.get(name)).get("per_core_per_s");
	}

	private static Object latency(Map<String, Object> matching, String kind, String quantile) {
		return ((Map<?, ?>) matching.get(kind)).get(quantile);
	}

	private static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: leave it out
		}
		return System.getProperty("os.arch");
	}

}
