package org.sanyi.security.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forwarding headers are believed only from the configured proxies, on a real Tomcat with
 * the valve the application adds: from anybody else the client address, scheme and host
 * stay what the connection says; from a trusted proxy they are the forwarded ones, and an
 * HTTPS request terminated at the proxy gets a {@code Secure} session cookie.
 */
class TrustedProxiesTest {

	@Test
	void configuredAddressesBecomeCidrBlocksAndNamesAreRefused() {
		assertThat(TrustedProxies.cidrs(" 10.0.0.5, 192.168.0.0/16 ::1")).containsExactly("10.0.0.5/32",
				"192.168.0.0/16", "::1/128");
		assertThat(TrustedProxies.cidrs("")).isEmpty();
		assertThatThrownBy(() -> TrustedProxies.cidrs("proxy.example"))
			.hasMessageContaining("sanyi.web.trusted-proxies");
		assertThatThrownBy(() -> TrustedProxies.cidrs("10.0.0.0/33")).hasMessageContaining("prefix");
	}

	@Test
	void headersFromAnUntrustedPeerAreIgnored() throws Exception {
		String seen = request(List.of("10.0.0.0/8"));
		assertThat(seen).isEqualTo("127.0.0.1|false|127.0.0.1|");
	}

	@Test
	void headersFromATrustedProxyGiveTheClientAddressSchemeAndHostAndASecureCookie() throws Exception {
		String seen = request(List.of("127.0.0.1/32"));
		assertThat(seen).isEqualTo("203.0.113.7|true|sanyi.example|Secure");
	}

	/**
	 * One request through a Tomcat trusting these proxies, as if it came through a
	 * TLS-terminating proxy.
	 */
	private static String request(List<String> proxies) throws Exception {
		File base = Files.createTempDirectory("tomcat").toFile();
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(base.getPath());
		tomcat.setPort(0);
		tomcat.getEngine().getPipeline().addValve(TrustedProxies.valve(proxies));
		Context context = tomcat.addContext("", base.getPath());
		Tomcat.addServlet(context, "echo", new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				request.getSession(true);
				response.getWriter()
					.write(request.getRemoteAddr() + "|" + request.isSecure() + "|" + request.getServerName());
			}

		});
		context.addServletMappingDecoded("/", "echo");
		tomcat.start();
		try {
			int port = tomcat.getConnector().getLocalPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
					.header("X-Forwarded-For", "203.0.113.7")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "sanyi.example")
					.build(), HttpResponse.BodyHandlers.ofString());
			String cookie = response.headers().firstValue("Set-Cookie").orElse("");
			return response.body() + "|" + (cookie.contains("Secure") ? "Secure" : "");
		}
		finally {
			stop(tomcat);
		}
	}

	private static void stop(Tomcat tomcat) throws LifecycleException {
		tomcat.stop();
		tomcat.destroy();
	}

}
