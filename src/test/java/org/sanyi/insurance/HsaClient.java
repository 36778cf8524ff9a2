package org.sanyi.insurance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanyi.insurance.gateway.HsaSignatures;
import org.sanyi.insurance.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * A hospital HIS for the tests: builds national envelopes with proper msgids, signs them
 * (x-tif headers; the demo accounts' HMAC-SHA256 unless told otherwise) and posts them to
 * {@code /hsa/{infno}}.
 */
public final class HsaClient {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	final String institution;

	final String name;

	private final String secret;

	final String region;

	private final String paasid;

	private final SigningScheme scheme;

	String signNo;

	public HsaClient(int port, String institution, String name, String secret, String region) {
		this("http://127.0.0.1:" + port + "/hsa/", institution, name, secret, region, institution, SigningScheme.HMAC);
	}

	private HsaClient(String base, String institution, String name, String secret, String region, String paasid,
			SigningScheme scheme) {
		this.base = base;
		this.institution = institution;
		this.name = name;
		this.secret = secret;
		this.region = region;
		this.paasid = paasid;
		this.scheme = scheme;
	}

	/** The same institution's HIS signing with another gateway account and scheme. */
	public HsaClient signingAs(String paasid, String accountSecret, SigningScheme accountScheme) {
		return new HsaClient(base, institution, name, accountSecret, region, paasid, accountScheme);
	}

	/** Signs in (9001) and keeps the sign_no for the next messages. */
	public HsaClient signIn() {
		JsonNode answer = call("9001",
				Map.of("signIn", Map.of("opter_no", "T001", "mac", "00-11-22-33-44-55", "ip", "10.0.0.8")));
		this.signNo = answer.path("output").path("signinoutb").path("sign_no").asString();
		return this;
	}

	public String nextMsgid() {
		return institution + LocalDateTime.now().format(MSGID_TIME)
				+ "%04d".formatted(SEQUENCE.incrementAndGet() % 10_000);
	}

	public JsonNode call(String infno, Map<String, Object> input) {
		return call(infno, input, nextMsgid(), "359900");
	}

	public JsonNode call(String infno, Map<String, Object> input, String msgid, String insuredRegion) {
		return Json.MAPPER.readTree(post(infno, body(infno, input, msgid, insuredRegion)).body());
	}

	/** The envelope as a map, to be changed by a test before it is sent. */
	public Map<String, Object> envelope(String infno, Map<String, Object> input, String msgid, String insuredRegion) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("infno", infno);
		e.put("msgid", msgid);
		e.put("mdtrtarea_admvs", region);
		e.put("insuplc_admdvs", insuredRegion);
		e.put("recer_sys_code", "01");
		e.put("dev_no", null);
		e.put("dev_safe_info", null);
		e.put("cainfo", null);
		e.put("signtype", null);
		e.put("infver", "V1.0");
		e.put("opter_type", "1");
		e.put("opter", "T001");
		e.put("opter_name", "测试收费员");
		e.put("inf_time", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
		e.put("fixmedins_code", institution);
		e.put("fixmedins_name", name);
		e.put("sign_no", signNo);
		e.put("input", input);
		return e;
	}

	public byte[] body(String infno, Map<String, Object> input, String msgid, String insuredRegion) {
		return Json.write(envelope(infno, input, msgid, insuredRegion)).getBytes(StandardCharsets.UTF_8);
	}

	public HttpResponse<String> post(String infno, byte[] body) {
		String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
		String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		return post(infno, body, paasid, timestamp, nonce, signature(timestamp, nonce, body), null);
	}

	/** The signature of the client's account scheme. */
	public String signature(String timestamp, String nonce, byte[] body) {
		return scheme == SigningScheme.TIF_SHA256 ? HsaSignatures.published(secret, timestamp, nonce)
				: HsaSignatures.sign(HsaSignatures.SHA256, secret, timestamp, nonce, body);
	}

	public HttpResponse<String> post(String infno, byte[] body, String paasid, String timestamp, String nonce,
			String signature, String signType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + infno))
			.header("Content-Type", "application/json;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (paasid != null) {
			request.header("x-tif-paasid", paasid);
		}
		if (timestamp != null) {
			request.header("x-tif-timestamp", timestamp);
		}
		if (nonce != null) {
			request.header("x-tif-nonce", nonce);
		}
		if (signature != null) {
			request.header("x-tif-signature", signature);
		}
		if (signType != null) {
			request.header("x-tif-signtype", signType);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String secret() {
		return secret;
	}

}
