package org.sanyi.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitTest {

	private final RequestBodyLimit filter = new RequestBodyLimit(100, 1000, 5000, new StaticMessageSource());

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedUnread() throws ServletException, IOException {
		var request = post("application/json", new byte[101]);
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"code\":\"SH-0008\"");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aChunkedBodyIsReadUpToTheLimitAndRefusedWhenMoreFollows() throws ServletException, IOException {
		var chained = new AtomicReference<byte[]>();
		var response = new MockHttpServletResponse();
		filter.doFilter(chunked(post("application/fhir+json", new byte[101])), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);

		var passed = new MockHttpServletResponse();
		filter.doFilter(chunked(post("application/fhir+json", "{\"a\":1}".getBytes())), passed,
				(req, res) -> chained.set(req.getInputStream().readAllBytes()));
		assertThat(passed.getStatus()).isEqualTo(200);
		assertThat(chained.get()).isEqualTo("{\"a\":1}".getBytes());
	}

	/**
	 * A chunked bundle (or file) is not held in memory to be measured: it streams on, and
	 * its reader gets SH-0008 at the first byte past the limit.
	 */
	@Test
	void aChunkedBundleStreamsOnAndItsReaderIsStoppedAtTheLimit() throws ServletException, IOException {
		var bundle = post("application/fhir+json", new byte[5001]);
		bundle.setRequestURI("/fhir");
		var first = new AtomicReference<byte[]>();
		var response = new MockHttpServletResponse();
		filter.doFilter(chunked(bundle), response, (req, res) -> {
			var in = req.getInputStream();
			first.set(in.readNBytes(5000));
			assertThatThrownBy(in::read).isInstanceOf(BusinessException.class)
				.satisfies(ex -> assertThat(((BusinessException) ex).error()).isEqualTo(SharedErrors.BODY_TOO_LARGE));
		});
		assertThat(first.get()).hasSize(5000);

		var within = post("application/fhir+json", new byte[5000]);
		within.setRequestURI("/fhir");
		var read = new AtomicReference<byte[]>();
		filter.doFilter(chunked(within), new MockHttpServletResponse(),
				(req, res) -> read.set(req.getInputStream().readAllBytes()));
		assertThat(read.get()).hasSize(5000);
	}

	@Test
	void filesSentAsTheBodyHaveTheUploadLimitAndMultipartAndTheGatewayTheirOwn() throws ServletException, IOException {
		var csv = post("text/csv", new byte[500]);
		var response = new MockHttpServletResponse();
		filter.doFilter(csv, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);

		var gateway = post("application/json", new byte[500]);
		gateway.setRequestURI("/hsa/1101");
		var answered = new MockHttpServletResponse();
		filter.doFilter(gateway, answered, new MockFilterChain());
		assertThat(answered.getStatus()).isEqualTo(200);
	}

	@Test
	void aBundlePostedToTheFhirBaseHasTheBundleLimitAndOtherFhirBodiesTheDocumentOne()
			throws ServletException, IOException {
		var bundle = post("application/fhir+json", new byte[4000]);
		bundle.setRequestURI("/fhir");
		var passed = new MockHttpServletResponse();
		filter.doFilter(bundle, passed, new MockFilterChain());
		assertThat(passed.getStatus()).isEqualTo(200);

		var tooLarge = post("application/fhir+json", new byte[5001]);
		tooLarge.setRequestURI("/fhir");
		var refused = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		filter.doFilter(tooLarge, refused, chain);
		assertThat(refused.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();

		var order = post("application/fhir+json", new byte[101]);
		order.setRequestURI("/fhir/ServiceRequest");
		var orderRefused = new MockHttpServletResponse();
		filter.doFilter(order, orderRefused, new MockFilterChain());
		assertThat(orderRefused.getStatus()).isEqualTo(413);
	}

	/** The same request without a declared length, as a chunked one arrives. */
	private static HttpServletRequest chunked(MockHttpServletRequest request) {
		request.addHeader("Transfer-Encoding", "chunked");
		return new HttpServletRequestWrapper(request) {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
	}

	private static MockHttpServletRequest post(String type, byte[] body) {
		var request = new MockHttpServletRequest("POST", "/api/x");
		request.setContentType(type);
		request.setContent(body);
		return request;
	}

}
