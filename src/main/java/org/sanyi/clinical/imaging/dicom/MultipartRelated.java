package org.sanyi.clinical.imaging.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.shared.BusinessException;

/**
 * The parts of a {@code multipart/related} body (RFC 2387), as STOW-RS sends a study and
 * WADO-RS answers with instances: the bytes between the end of each part's headers and
 * the next boundary delimiter. A body that cannot be split is refused with the given
 * error.
 */
public final class MultipartRelated {

	private MultipartRelated() {
	}

	public static List<byte[]> parts(String contentType, byte[] body, ImagingErrors error) {
		String boundary = boundary(contentType, error);
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
		byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
		byte[] blank = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
		List<byte[]> parts = new ArrayList<>();
		int start = indexOf(body, delimiter, 0);
		if (start < 0) {
			throw new BusinessException(error, "no multipart boundary");
		}
		while (true) {
			int after = start + delimiter.length;
			if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
				return parts;
			}
			int headersEnd = indexOf(body, blank, after);
			if (headersEnd < 0) {
				throw new BusinessException(error, "no part headers");
			}
			int from = headersEnd + 4;
			int end = indexOf(body, next, from);
			if (end < 0) {
				throw new BusinessException(error, "unterminated part");
			}
			parts.add(Arrays.copyOfRange(body, from, end));
			start = end + 2;
		}
	}

	static String boundary(String contentType, ImagingErrors error) {
		for (String param : contentType.split(";")) {
			String p = param.strip();
			if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				String value = p.substring("boundary=".length());
				return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
			}
		}
		throw new BusinessException(error, "no boundary");
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
