package org.sanyi.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.sanyi.shared.PlatformTime;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Excel downloads with a Chinese file name that every browser shows right (RFC 5987
 * {@code filename*}).
 */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	public static ResponseEntity<StreamingResponseBody> xlsx(String baseName, StreamingResponseBody body) {
		String name = baseName + "-" + PlatformTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
