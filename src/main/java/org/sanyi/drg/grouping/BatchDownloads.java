package org.sanyi.drg.grouping;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.sanyi.shared.PlatformTime;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The result CSV of a batch as a download, written in the request thread (no async
 * dispatch, which bearer-token requests could not pass); the temporary file is deleted
 * when the stream is closed.
 */
final class BatchDownloads {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private BatchDownloads() {
	}

	/**
	 * @param bom whether to start with a UTF-8 byte-order mark, so that Excel shows the
	 * Chinese texts right
	 */
	static ResponseEntity<Resource> csv(BatchService.Result result, boolean bom) {
		String name = "drg-" + result.scheme().code() + "-"
				+ PlatformTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + ".csv";
		InputStream file;
		try {
			file = new FilterInputStream(Files.newInputStream(result.file())) {
				@Override
				public void close() throws IOException {
					try {
						super.close();
					}
					finally {
						result.close();
					}
				}
			};
		}
		catch (IOException ex) {
			result.close();
			throw new UncheckedIOException(ex);
		}
		InputStream body = bom ? new SequenceInputStream(new ByteArrayInputStream(BOM), file) : file;
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Drg-Rows", String.valueOf(result.summary().rows()))
			.header("X-Drg-Millis", String.valueOf(result.millis()))
			.body(new InputStreamResource(body));
	}

	static String summary(BatchService.Result result) {
		return result.summary().rows() + " rows "
				+ result.summary()
					.byStatus()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(" "))
				+ " in " + result.millis() + " ms";
	}

}
