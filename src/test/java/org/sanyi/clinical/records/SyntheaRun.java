package org.sanyi.clinical.records;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Synthea 3.3.0 (Maven Central, {@code src/test/synthea/pom.xml}) in a JVM of its
 * own with a fixed seed, clinician seed, reference and end date, so that a run is the
 * same every time: FHIR R4 transaction bundles, one per living patient, in
 * {@code <out>/fhir}. Its class path is resolved once with the Maven wrapper (offline
 * first, then from the registry) into {@code target/synthea.classpath}.
 */
public final class SyntheaRun {

	/** The pom that names Synthea. */
	static final Path POM = Path.of("src", "test", "synthea", "pom.xml");

	static final Path CLASSPATH = Path.of("target", "synthea.classpath");

	private SyntheaRun() {
	}

	/** Synthea's class path, resolved when missing or older than its pom. */
	static String classpath() throws IOException, InterruptedException {
		Path file = CLASSPATH.toAbsolutePath();
		if (!Files.isRegularFile(file) || Files.size(file) == 0
				|| Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(POM)) < 0) {
			Files.createDirectories(file.getParent());
			Path log = file.resolveSibling("synthea-resolve.log");
			String mvnw = Path.of(File.separatorChar == '\\' ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString();
			List<String> command = new ArrayList<>(List.of(mvnw, "-q", "-B", "-o", "-f",
					POM.toAbsolutePath().toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + file));
			if (run(command, log, 10) != 0) {
				command.remove("-o");
				if (run(command, log, 10) != 0) {
					throw new IllegalStateException("Synthea's class path could not be resolved; see " + log);
				}
			}
		}
		return Files.readString(file).strip();
	}

	/**
	 * Generates {@code patients} living patients aged {@code ages} ("30-70") with
	 * {@code seed} into {@code out}, ten years of history (Synthea's default) or
	 * {@code years}; returns their bundles.
	 */
	static List<Path> generate(Path out, int patients, long seed, String ages, int years)
			throws IOException, InterruptedException {
		Files.createDirectories(out);
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = List.of(java, "-Xmx1g", "-cp", classpath(), "App", "-s", String.valueOf(seed), "-cs",
				String.valueOf(seed), "-r", "20250101", "-e", "20250101", "-p", String.valueOf(patients), "-a", ages,
				"--exporter.baseDirectory=" + out.toAbsolutePath() + "/", "--exporter.fhir.export=true",
				"--exporter.fhir.transaction_bundle=true", "--exporter.fhir.use_us_core_ig=true",
				"--exporter.hospital.fhir.export=false", "--exporter.practitioner.fhir.export=false",
				"--exporter.csv.export=false", "--exporter.metadata.export=false", "--exporter.pretty_print=false",
				"--exporter.years_of_history=" + years, "--generate.only_alive_patients=true",
				"--generate.append_numbers_to_person_names=false", "Massachusetts");
		Path log = out.resolve("synthea.log");
		int rc = run(command, log, 15);
		if (rc != 0) {
			throw new IllegalStateException("Synthea exited with " + rc + "; see " + log);
		}
		return SyntheaBundles.patientFiles(out);
	}

	private static int run(List<String> command, Path log, int minutes) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new IllegalStateException(command.get(0) + " did not finish in " + minutes + " minutes; see " + log);
		}
		return p.exitValue();
	}

	/**
	 * bench/records.sh: {@code out patients seed ages years} — generates and prints the
	 * number of bundles.
	 */
	public static void main(String[] args) throws Exception {
		List<Path> files = generate(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), args[3],
				Integer.parseInt(args[4]));
		System.out.println(files.size());
	}

}
