package org.sanyi.drg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sanyi.HttpSession;
import org.sanyi.drg.grouper.SharedDrgData;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * REST calls of the DRG tests with bearer tokens of users of each role, and the national
 * CHS-DRG 1.1 scheme from the shared directory, imported through the REST importer once
 * per test JVM (the application context is shared).
 */
final class DrgApi {

	static final String PASSWORD = "Sanyi@2026";

	/**
	 * Region of the national scheme in the tests: the whole country; the demo scheme
	 * holds the demo city 359900.
	 */
	static final String NATIONAL_REGION = "000000";

	/** A region outside the demo province, so that the national scheme applies. */
	static final String BEIJING = "110000";

	private static Long nationalId;

	private static long nationalImportMillis;

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	private DrgApi(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.token = token;
	}

	/**
	 * A client acting as a new or existing user of the role (doctors and clerks belong to
	 * a demo hospital).
	 */
	static DrgApi as(int port, String role, UserAccounts accounts, ApiTokens tokens) {
		String username = "drg-" + role.toLowerCase().replace('_', '-');
		NewAccount account = switch (role) {
			case "DOCTOR", "INSURANCE_CLERK" ->
				new NewAccount(username, PASSWORD, "DRG " + role, role, "359921", "H35992100001", null, null);
			case "INSURANCE_OFFICER", "HEALTH_REGULATOR" ->
				new NewAccount(username, PASSWORD, "DRG " + role, role, "359900", null, null, null);
			case "RESIDENT" -> new NewAccount(username, PASSWORD, "DRG " + role, role, null, null, "R-DRG-1", null);
			default -> new NewAccount(username, PASSWORD, "DRG " + role, role, null, null, null, null);
		};
		long id = accounts.ensure(account);
		return new DrgApi(port, tokens.issue(id, "drg-test", 1));
	}

	static String username(String role) {
		return "drg-" + role.toLowerCase().replace('_', '-');
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	HttpResponse<String> send(String method, String path) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Imports the shared CHS-DRG 1.1 directory, zipped as an administrator would (with
	 * its test cases, which the importer leaves out), and assigns it to the whole
	 * country; returns its id.
	 */
	static synchronized long nationalScheme(DrgApi admin, JdbcClient jdbc) {
		if (nationalId == null) {
			nationalId = jdbc.sql("select id from drg_scheme where code = 'chs_drg_11' and version = '1.1'")
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		if (nationalId == null) {
			long start = System.nanoTime();
			HttpResponse<String> response = admin.post(
					"/api/drg/schemes?version=1.1&name=CHS-DRG%201.1%20%E5%9B%BD%E5%AE%B6%E7%89%88"
							+ "&effectiveFrom=2020-01-01&region=" + NATIONAL_REGION,
					"application/zip", zip(SharedDrgData.schemeDir()));
			nationalImportMillis = (System.nanoTime() - start) / 1_000_000;
			if (response.statusCode() != 201) {
				throw new IllegalStateException(
						"national import failed: " + response.statusCode() + " " + response.body());
			}
			System.out.println("[drg] national CHS-DRG 1.1 imported over REST in " + nationalImportMillis + " ms: "
					+ response.body()
						.replaceAll("\"regions\".*", "")
						.substring(0, Math.min(400, response.body().length())));
			nationalId = jdbc.sql("select id from drg_scheme where code = 'chs_drg_11' and version = '1.1'")
				.query(Long.class)
				.single();
		}
		return nationalId;
	}

	/**
	 * The files of a directory (and its sub-folders) as a zip with one top folder, like
	 * {@code zip -r}.
	 */
	static byte[] zip(Path dir) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(
						new ZipEntry(dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Posts a multipart form as the browser does from {@code page}: the CSRF token of
	 * that page, the fields and one file in the part {@code file}.
	 */
	static HttpResponse<String> postMultipart(HttpSession session, String page, String path, Map<String, String> fields,
			String fileName, byte[] file) {
		String html = session.get(page).body();
		String csrf = html.replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
		String boundary = "----drg" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A zip of files given as text, at the top level. */
	static byte[] zip(Map<String, String> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var e : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
