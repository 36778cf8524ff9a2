package org.sanyi.insurance.gateway;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.gateway.GatewayCredentials.Credential;
import org.sanyi.insurance.support.InsuranceConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a national-interface request by its signature before anything else reads
 * it: the account ({@code x-tif-paasid}) must exist, {@code x-tif-timestamp} be within
 * ±{@value GatewayCredentials#WINDOW_SECONDS} seconds of the server's clock,
 * {@code x-tif-signature} match {@link HsaSignatures} with the account's scheme (the
 * provinces' published SHA-256 of timestamp, secret and nonce, or the HMAC over
 * timestamp, nonce and the exact body), and {@code x-tif-nonce} not have been used by the
 * account before. A refused request gets HTTP 401 with an envelope {@code infcode -1},
 * {@code INS-0027} and the reason. An accepted one continues with its body cached and the
 * account's institution in the request attribute {@link #INSTITUTION}.
 */
class HsaSignatureFilter extends OncePerRequestFilter {

	public static final String INSTITUTION = HsaSignatureFilter.class.getName() + ".institution";

	static final int MAX_BODY = 1_048_576;

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{6,64}");

	private final GatewayCredentials credentials;

	private final MessageSource messages;

	HsaSignatureFilter(GatewayCredentials credentials, MessageSource messages) {
		this.credentials = credentials;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		OffsetDateTime received = OffsetDateTime.now(InsuranceConfiguration.ZONE);
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		String paasid = request.getHeader("x-tif-paasid");
		String timestamp = request.getHeader("x-tif-timestamp");
		String nonce = request.getHeader("x-tif-nonce");
		String signature = request.getHeader("x-tif-signature");
		String refused = check(body, paasid, timestamp, nonce, signature);
		Optional<Credential> credential = refused == null ? credentials.find(paasid) : Optional.empty();
		if (refused == null && credential.isEmpty()) {
			refused = "unknownAccount";
		}
		if (refused == null) {
			refused = credential.get().refusal(request.getHeader("x-tif-signtype"), timestamp, nonce, body, signature);
		}
		if (refused == null && !credentials.firstUse(paasid, nonce)) {
			refused = "nonceReplayed";
		}
		if (refused != null) {
			reject(response, received, refused);
			return;
		}
		request.setAttribute(INSTITUTION, credential.get().institution());
		chain.doFilter(new CachedBody(request, body), response);
	}

	private static String check(byte[] body, String paasid, String timestamp, String nonce, String signature) {
		if (body.length > MAX_BODY) {
			return "bodyTooLarge";
		}
		if (paasid == null || timestamp == null || nonce == null || signature == null) {
			return "missingHeader";
		}
		if (!NONCE.matcher(nonce).matches()) {
			return "badNonce";
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			return "badTimestamp";
		}
		if (Math.abs(Instant.now().getEpochSecond() - seconds) > GatewayCredentials.WINDOW_SECONDS) {
			return "staleTimestamp";
		}
		return null;
	}

	private void reject(HttpServletResponse response, OffsetDateTime received, String reason) throws IOException {
		var locale = Locale.SIMPLIFIED_CHINESE;
		String why = messages.getMessage(new DefaultMessageSourceResolvable("insurance.gateway.refused." + reason),
				locale);
		String text = InsuranceErrors.SIGNATURE_INVALID.code() + " "
				+ messages.getMessage(InsuranceErrors.SIGNATURE_INVALID.messageKey(), new Object[] { why }, locale);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/json;charset=UTF-8");
		response.getOutputStream()
			.write(HsaResponses.error(null, received, HsaResponses.SYSTEM_ERROR, text)
				.getBytes(StandardCharsets.UTF_8));
	}

	/** The request with its body read once and served again from memory. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
