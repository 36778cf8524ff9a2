package org.sanyi.clinical.online.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.shared.BusinessException;

/** Checks of what people type and send, and the references the module hands out. */
final class Texts {

	static final int MAX_IMAGE_BYTES = 1024 * 1024;

	private Texts() {
	}

	/** A required text of at most {@code max} characters, stripped. */
	static String required(String text, int max, String field) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty() || t.length() > max) {
			throw new BusinessException(OnlineErrors.INVALID_TEXT, field, max);
		}
		return t;
	}

	/** An optional text of at most {@code max} characters, or null. */
	static String optional(String text, int max, String field) {
		String t = text == null ? "" : text.strip();
		if (t.length() > max) {
			throw new BusinessException(OnlineErrors.INVALID_TEXT, field, max);
		}
		return t.isEmpty() ? null : t;
	}

	/** A video-meeting link: an https address of at most 300 characters. */
	static String videoLink(String link) {
		String l = link == null ? "" : link.strip();
		try {
			URI uri = new URI(l);
			if (l.length() <= 300 && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
				return l;
			}
		}
		catch (Exception ex) {
			// falls through to the refusal
		}
		throw new BusinessException(OnlineErrors.BAD_LINK);
	}

	/** The image's content type when its bytes are a PNG or a JPEG of at most 1 MB. */
	static String imageType(byte[] bytes) {
		if (bytes != null && bytes.length > 8 && bytes.length <= MAX_IMAGE_BYTES) {
			if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
				return "image/png";
			}
			if ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
				return "image/jpeg";
			}
		}
		throw new BusinessException(OnlineErrors.BAD_IMAGE);
	}

	/** A new reference such as {@code OL261204-3F9A1C02}. */
	static String ref(String prefix, LocalDate day) {
		return prefix + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
				+ UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	static LocalDate day(java.time.Instant at) {
		return at.atZone(org.sanyi.shared.PlatformTime.zone()).toLocalDate();
	}

}
