package org.sanyi.insurance;

import java.time.OffsetDateTime;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A national-interface transaction that another module owns and the gateway ({@code POST
 * /hsa/{infno}}) runs for it: for example the DRG module's 4101/4101A settlement list
 * upload. The gateway has already checked the signature, the envelope, the institution
 * and its sign-in, and runs {@link #handle} exactly once per msgid inside its business
 * transaction (a replay returns the stored answer). A refusal is a
 * {@link org.sanyi.shared.BusinessException}: the gateway answers {@code infcode -2} with
 * its code and text and keeps nothing of the call.
 */
public interface GatewayTransaction {

	/** The transaction number it answers, e.g. {@code 4101}. */
	String infno();

	/**
	 * Does the work and returns the {@code output} object of the answer.
	 * @param request the checked call
	 * @return the output nodes (maps, lists, strings, numbers), serialised by the gateway
	 */
	Map<String, Object> handle(Request request);

	/**
	 * A checked call.
	 *
	 * @param infno 交易编号
	 * @param msgid 发送方报文ID
	 * @param institutionCode {@code fixmedins_code}, authenticated by the request
	 * signature
	 * @param institutionRegion the institution's registry region
	 * @param treatmentRegion {@code mdtrtarea_admvs}
	 * @param operator {@code opter}
	 * @param input the {@code input} object as received (never null; an empty object when
	 * absent)
	 * @param received when the request arrived
	 */
	record Request(String infno, String msgid, String institutionCode, String institutionRegion, String treatmentRegion,
			String operator, JsonNode input, OffsetDateTime received) {
	}

}
