package org.sanyi.drg.grouping;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgGroupingResult.DrgSchemeRef;
import org.sanyi.drg.grouper.BatchGrouping;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;

/**
 * Batch grouping of an uploaded case file (the column layout of the shared test cases)
 * with the engine's {@link BatchGrouping}. The upload is first copied to a temporary file
 * while its size and line count are checked, and the result is written to a second one;
 * only a finished result is sent, so every error reaches the caller as an error and never
 * as a truncated CSV.
 */
@Service
class BatchService {

	public static final long MAX_LINES = 200_000;

	public static final long MAX_BYTES = 50L << 20;

	private final GroupingService grouping;

	BatchService(GroupingService grouping) {
		this.grouping = grouping;
	}

	/**
	 * A finished batch: the result file (the caller deletes it with {@link #close()}) and
	 * the counts by status.
	 */
	public record Result(DrgSchemeRef scheme, Path file, BatchGrouping.Summary summary,
			long millis) implements AutoCloseable {

		@Override
		public void close() {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	public Result run(InputStream upload, DrgSchemeRef scheme, Locale locale) {
		Path input = receive(upload);
		try {
			Path output = Files.createTempFile("sanyi-drg-batch-", ".csv");
			long start = System.nanoTime();
			try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
					BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
				var batch = new BatchGrouping(grouping.grouper(scheme.id()), BatchGrouping.UnknownCodes.REJECT, locale);
				BatchGrouping.Summary summary = batch.run(in, out);
				return new Result(scheme, output, summary, (System.nanoTime() - start) / 1_000_000);
			}
			catch (IllegalArgumentException ex) {
				Files.deleteIfExists(output);
				throw new BusinessException(DrgErrors.BATCH_BAD_FILE, ex.getMessage());
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(output);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(input);
		}
	}

	/**
	 * Copies the upload to a temporary file, refusing it as soon as it passes the size or
	 * line limit.
	 */
	static Path receive(InputStream upload) {
		Path file = null;
		try {
			file = Files.createTempFile("sanyi-drg-upload-", ".csv");
			byte[] buffer = new byte[1 << 16];
			long bytes = 0;
			long lines = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
					bytes += n;
					for (int i = 0; i < n; i++) {
						if (buffer[i] == '\n') {
							lines++;
						}
					}
					if (bytes > MAX_BYTES || lines > MAX_LINES + 1) {
						throw new BusinessException(DrgErrors.BATCH_TOO_LARGE, MAX_LINES, MAX_BYTES >> 20);
					}
					out.write(buffer, 0, n);
				}
			}
			if (bytes == 0) {
				throw new BusinessException(DrgErrors.BATCH_BAD_FILE, "empty");
			}
			return file;
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a temporary file; the OS cleans up what we cannot
			}
		}
	}

}
