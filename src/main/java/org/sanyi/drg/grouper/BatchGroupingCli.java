package org.sanyi.drg.grouper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line for {@link BatchGrouping}, used by {@code bench/drg-group.sh}: <pre>
 * BatchGroupingCli SCHEME_DIR IN.csv OUT.csv [--lang zh|en] [--group-unknown-codes]
 * BatchGroupingCli SCHEME_DIR                 (validate the scheme and print its size)
 * </pre> {@code -} stands for standard input/output. Exit status: 0 done, 1 invalid
 * scheme, 2 usage or I/O error.
 */
public final class BatchGroupingCli {

	private BatchGroupingCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String[] args) {
		List<String> positional = new ArrayList<>();
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		BatchGrouping.UnknownCodes unknown = BatchGrouping.UnknownCodes.REJECT;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--lang" -> locale = i + 1 < args.length && args[++i].startsWith("en") ? Locale.ENGLISH
						: Locale.SIMPLIFIED_CHINESE;
				case "--group-unknown-codes" -> unknown = BatchGrouping.UnknownCodes.GROUP;
				default -> positional.add(args[i]);
			}
		}
		if (positional.size() != 1 && positional.size() != 3) {
			System.err.println(
					"usage: BatchGroupingCli SCHEME_DIR [IN.csv OUT.csv] [--lang zh|en]" + " [--group-unknown-codes]");
			return 2;
		}
		try {
			long loadStart = System.nanoTime();
			DrgScheme scheme = DrgSchemeLoader.load(Path.of(positional.getFirst()));
			System.err.printf("scheme %s loaded in %d ms%n", scheme, (System.nanoTime() - loadStart) / 1_000_000);
			if (positional.size() == 1) {
				return 0;
			}
			BatchGrouping batch = new BatchGrouping(new DrgGrouper(scheme), unknown, locale);
			long start = System.nanoTime();
			BatchGrouping.Summary summary;
			try (Reader in = input(positional.get(1)); Writer out = output(positional.get(2))) {
				summary = batch.run(in, out);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.err.printf("%d rows in %.2f s (%.0f rows/s): %s%n", summary.rows(), seconds,
					summary.rows() / Math.max(seconds, 1e-9), summary.byStatus());
			return 0;
		}
		catch (DrgSchemeException e) {
			System.err.println("invalid scheme: " + e.getMessage());
			return 1;
		}
		catch (NoSuchFileException e) {
			System.err.println("error: no such file: " + e.getFile());
			return 2;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			System.err.println("error: " + e.getMessage());
			return 2;
		}
	}

	private static Reader input(String name) throws IOException {
		return name.equals("-") ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
				: Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
	}

	private static Writer output(String name) throws IOException {
		return name.equals("-")
				? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
				: Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8);
	}

}
