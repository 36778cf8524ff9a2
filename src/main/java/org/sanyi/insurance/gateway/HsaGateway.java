package org.sanyi.insurance.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.GatewayTransaction;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.BusinessException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * {@code POST /hsa/{infno}}: the national medical-insurance interface for designated
 * institutions' HIS. The request was authenticated by its signature already
 * ({@link HsaSignatureFilter}); here the envelope is checked (fields, msgid, the
 * institution of the account, its pooling region, the sign-in), the transaction looked up
 * by infno and run exactly once per msgid ({@link GatewayService}). The answer is always
 * the national envelope with HTTP 200: {@code infcode 0} with {@code output}, or
 * {@code infcode -2} (business error, nothing changed) / {@code -1} (system error) with
 * {@code err_msg} = stable code + Chinese text.
 *
 * <p>
 * It is a plain {@link HttpRequestHandler} found first by its own handler mapping
 * ({@link Mapping}, {@code /hsa/*}), not an annotated controller: on the settlement hot
 * path the annotated-controller machinery (matching the path against every pattern
 * mapping of the application, argument resolution, the pages' {@code @ModelAttribute}
 * advice, content negotiation) cost more CPU than the transaction itself (insurance.md
 * §11).
 */
@Component
class HsaGateway implements HttpRequestHandler {

	static final String PATH = "/hsa/";

	private static final Logger log = LoggerFactory.getLogger(HsaGateway.class);

	private final Map<String, HsaTransaction> transactions = new HashMap<>();

	private final GatewayService gateway;

	private final InstitutionDirectory institutions;

	private final SignIns signIns;

	private final MessageLog messages;

	private final MessageSource texts;

	HsaGateway(List<HsaTransaction.Group> groups, List<GatewayTransaction> provided, GatewayService gateway,
			InstitutionDirectory institutions, SignIns signIns, MessageLog messages, MessageSource texts) {
		groups.forEach(group -> group.register(transactions));
		for (GatewayTransaction transaction : provided) {
			if (transactions.putIfAbsent(transaction.infno(), call -> transaction.handle(request(call))) != null) {
				throw new IllegalStateException("Two handlers for infno " + transaction.infno());
			}
		}
		this.gateway = gateway;
		this.institutions = institutions;
		this.signIns = signIns;
		this.messages = messages;
		this.texts = texts;
	}

	/**
	 * {@code POST /hsa/{infno}}: the answer is written as is (UTF-8 JSON); other methods
	 * are 405.
	 */
	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "POST");
			response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent(context -> context.setPathPattern(PATH + "{infno}"));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String infno = path.substring(PATH.length());
		byte[] answer = call(infno, request.getInputStream().readAllBytes(), request).getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.setContentLength(answer.length);
		response.getOutputStream().write(answer);
	}

	String call(String infno, byte[] bytes, HttpServletRequest request) {
		OffsetDateTime received = OffsetDateTime.now();
		String account = (String) request.getAttribute(HsaSignatureFilter.INSTITUTION);
		String msgid = null;
		String region = null;
		try {
			HsaEnvelope envelope = HsaEnvelope.parse(parse(bytes), infno);
			msgid = envelope.msgid();
			region = envelope.treatmentRegion();
			HsaCall call = new HsaCall(envelope, institution(envelope, account), received);
			HsaTransaction transaction = transactions.get(infno);
			if (transaction == null) {
				throw new BusinessException(InsuranceErrors.UNKNOWN_INFNO, infno);
			}
			if (!"9001".equals(infno) && !signIns.valid(envelope.signNo(), account)) {
				throw new BusinessException(InsuranceErrors.SIGN_IN_REQUIRED, String.valueOf(envelope.signNo()));
			}
			String answerRegion = region;
			GatewayService.Outcome outcome = gateway.process(msgid, infno, account, bytes,
					() -> HsaResponses.success(answerRegion, received, transaction.handle(call)));
			return outcome.response();
		}
		catch (BusinessException ex) {
			String text = ex.error().code() + " "
					+ texts.getMessage(ex.error().messageKey(), ex.args(), Locale.SIMPLIFIED_CHINESE);
			return refuse(msgid, infno, account, region, received, HsaResponses.BUSINESS_ERROR, text);
		}
		catch (RuntimeException ex) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Gateway failure {} on {} {}", reference, infno, msgid, ex);
			String text = InsuranceErrors.GATEWAY_SYSTEM_ERROR.code() + " "
					+ texts.getMessage(InsuranceErrors.GATEWAY_SYSTEM_ERROR.messageKey(), new Object[] { reference },
							Locale.SIMPLIFIED_CHINESE);
			return refuse(msgid, infno, account, region, received, HsaResponses.SYSTEM_ERROR, text);
		}
	}

	private static GatewayTransaction.Request request(HsaCall call) {
		HsaEnvelope e = call.envelope();
		return new GatewayTransaction.Request(e.infno(), e.msgid(), call.code(), call.institution().region(),
				e.treatmentRegion(), e.operator(), e.input().json(), call.received());
	}

	private InstitutionInfo institution(HsaEnvelope envelope, String account) {
		if (!envelope.institution().equals(account)) {
			throw new BusinessException(InsuranceErrors.INSTITUTION_MISMATCH, envelope.institution(), account);
		}
		InstitutionInfo info = institutions.find(account)
			.filter(InstitutionInfo::active)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_INSTITUTION, account));
		if (!info.poolingRegion().equals(envelope.treatmentRegion())) {
			throw new BusinessException(InsuranceErrors.TREATMENT_REGION_MISMATCH, envelope.treatmentRegion(),
					info.poolingRegion());
		}
		return info;
	}

	/**
	 * The body as a JSON object, checked before any transaction reads it
	 * ({@link HsaText}): UTF-8 only, no control characters or lone surrogates in any
	 * text, no number beyond what a field can hold. A syntax error is described by its
	 * line and column, never by the parser's own message (which names Java classes and
	 * echoes the input).
	 */
	private static JsonNode parse(byte[] body) {
		HsaText.requireUtf8(body);
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(body);
		}
		catch (StreamConstraintsException ex) {
			throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, "JSON 嵌套过深，或数字、字符串过长");
		}
		catch (NumberFormatException ex) {
			// the parser's own refusal of an exponent beyond BigDecimal's
			// (1E+9999999999), not wrapped by Jackson
			throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, "数字超出范围");
		}
		catch (JacksonException ex) {
			var at = ex.getLocation();
			throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, at == null || at.getLineNr() < 0
					? "不是有效的 JSON" : "不是有效的 JSON（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）");
		}
		if (root == null || !root.isObject()) {
			throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, "不是 JSON 对象");
		}
		HsaText.checkTree(root, "");
		return root;
	}

	private String refuse(String msgid, String infno, String account, String region, OffsetDateTime received,
			int infcode, String errMsg) {
		// the operators' log keeps the whole text (a settlement list's every problem, up
		// to 1,000 characters); the
		// answer's err_msg is bounded to the envelope's 200 characters
		try {
			messages.refused(msgid, infno, account, infcode, errMsg);
		}
		catch (RuntimeException ex) {
			log.warn("Could not log a refused message {}: {}", msgid, ex.getMessage());
		}
		return HsaResponses.error(region, received, infcode, errMsg);
	}

	/**
	 * Maps {@code /hsa/*} to the gateway ahead of every other handler mapping, without
	 * interceptors.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Mapping {

		@Bean
		SimpleUrlHandlerMapping hsaHandlerMapping(HsaGateway gateway) {
			return new SimpleUrlHandlerMapping(Map.of(PATH + "*", gateway), Ordered.HIGHEST_PRECEDENCE);
		}

	}

}
