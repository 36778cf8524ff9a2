package org.sanyi.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over their limit with 413 and a ProblemDetail ({@code SH-0008})
 * before anything reads them: JSON, FHIR and form bodies are parsed whole into memory, so
 * an unlimited body is a cheap way to exhaust the server. Documents (JSON, XML, forms,
 * text) may have {@code sanyi.web.max-body-size}; files sent as the body (CSV, zip,
 * octet-stream), which are streamed to temporary files,
 * {@code sanyi.web.max-upload-size}; a FHIR bundle posted to {@code /fhir}, which is read
 * one entry at a time as it streams in (a hospital's backfill of a patient's years),
 * {@code sanyi.web.max-fhir-body-size}. A declared length is checked at once. A chunked
 * document is read up to its limit first, and refused if more follows; a chunked bundle
 * or file, whose limit is large, is not held in memory: it streams on to its reader,
 * which gets {@code SH-0008} (a {@link BusinessException}, 413) at the first byte past
 * the limit, before anything of it is stored (the bundle is read before its transaction,
 * a file into a temporary file). Multipart uploads have Spring's multipart limits, and
 * the national gateway ({@code /hsa/**}) its own smaller one with answers in the national
 * envelope.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long documentLimit;

	private final long uploadLimit;

	private final long bundleLimit;

	private final MessageSource messages;

	RequestBodyLimit(long documentLimit, long uploadLimit, long bundleLimit, MessageSource messages) {
		this.documentLimit = documentLimit;
		this.uploadLimit = uploadLimit;
		this.bundleLimit = bundleLimit;
		this.messages = messages;
	}

	/** A FHIR transaction or batch bundle, read as it streams (FhirRecordsApi). */
	private static boolean isBundle(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/fhir".equals(request.getRequestURI());
	}

	/**
	 * Files sent as the body, which the controllers stream (DRG batches and schemes,
	 * institution imports).
	 */
	private static boolean isFile(String type) {
		return type != null && (type.startsWith("text/csv") || type.startsWith("application/zip")
				|| type.startsWith("application/x-zip") || type.startsWith(MediaType.APPLICATION_OCTET_STREAM_VALUE));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return request.getRequestURI().startsWith("/hsa/")
				|| type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? null : request.getContentType().toLowerCase(Locale.ROOT);
		long limit = isFile(type) ? uploadLimit : isBundle(request) ? bundleLimit : documentLimit;
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(response, limit);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			if (limit > documentLimit) {
				chain.doFilter(new LimitedBody(request, limit), response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				refuse(response, limit);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, long limit) throws IOException {
		// the connection is closed: the rest of the body is not worth reading
		response.setHeader("Connection", "close");
		Problems.write(response, SharedErrors.BODY_TOO_LARGE, "Content Too Large", new Object[] { limit }, messages);
	}

	/**
	 * A request whose body this filter serves: its reader reads the body's stream in the
	 * request's encoding (UTF-8 when it names none).
	 */
	private abstract static class OwnBody extends HttpServletRequestWrapper {

		OwnBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

	}

	/**
	 * A chunked request whose body is counted as it is read: past the limit, reading it
	 * throws {@code SH-0008}.
	 */
	private static final class LimitedBody extends OwnBody {

		private final long limit;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				private int counted(int n) {
					if (n > 0) {
						read += n;
						if (read > limit) {
							throw new BusinessException(SharedErrors.BODY_TOO_LARGE, limit);
						}
					}
					return n;
				}

				@Override
				public int read() throws IOException {
					int b = in.read();
					counted(b < 0 ? -1 : 1);
					return b;
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return counted(in.read(b, off, len));
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

	/** A request whose body was read already (to check its size). */
	private static final class ReadBody extends OwnBody {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

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

			};
		}

	}

}
