package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.sanyi.insurance.settlement.Ids;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.insurance.support.Json;

/**
 * The national interface's response envelope (公共输出, insurance.md §1.3): {@code infcode}
 * (0 success, -1 system error: the HIS should reverse with 2601 and retry, -2 business
 * error: show {@code err_msg} to the operator), {@code inf_refmsgid} (receiver division
 * (6) + yyyyMMddHHmmss (14) + serial (10)), {@code refmsg_time} and {@code respond_time}
 * (yyyyMMddHHmmssSSS), {@code err_msg}, {@code warn_msg}, {@code cainfo},
 * {@code signtype}, {@code output}.
 */
final class HsaResponses {

	public static final int SUCCESS = 0;

	public static final int SYSTEM_ERROR = -1;

	public static final int BUSINESS_ERROR = -2;

	/** The length of {@code err_msg} (insurance.md §1.3). */
	public static final int MAX_ERR_MSG = 200;

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private HsaResponses() {
	}

	public static String success(String receiverRegion, OffsetDateTime received, Object output) {
		return Json.write(envelope(receiverRegion, received, SUCCESS, null, output));
	}

	public static String error(String receiverRegion, OffsetDateTime received, int infcode, String errMsg) {
		return Json.write(envelope(receiverRegion, received, infcode, bounded(errMsg), null));
	}

	/**
	 * {@code err_msg} is char(200) in the national envelope: a longer text (a list of
	 * problems, an echoed value) is cut at 199 characters and marked with an ellipsis,
	 * never inside a surrogate pair.
	 */
	public static String bounded(String errMsg) {
		if (errMsg == null || errMsg.length() <= MAX_ERR_MSG) {
			return errMsg;
		}
		int end = MAX_ERR_MSG - 1;
		if (Character.isHighSurrogate(errMsg.charAt(end - 1))) {
			end--;
		}
		return errMsg.substring(0, end) + "…";
	}

	private static Map<String, Object> envelope(String region, OffsetDateTime received, int infcode, String errMsg,
			Object output) {
		OffsetDateTime now = OffsetDateTime.now(InsuranceConfiguration.ZONE);
		OffsetDateTime in = received.atZoneSameInstant(InsuranceConfiguration.ZONE).toOffsetDateTime();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("infcode", infcode);
		out.put("inf_refmsgid",
				(region == null ? "000000" : region) + now.format(SECONDS) + Ids.serial10(SERIAL.incrementAndGet()));
		out.put("refmsg_time", in.format(MILLIS));
		out.put("respond_time", now.format(MILLIS));
		out.put("err_msg", errMsg);
		out.put("warn_msg", null);
		out.put("cainfo", null);
		out.put("signtype", null);
		out.put("output", output);
		return out;
	}

}
