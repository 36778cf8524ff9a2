package org.sanyi.insurance.gateway;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

/**
 * The request envelope (公共输入, insurance.md §1.2), checked field by field: required
 * fields, lengths, the msgid layout (institution code (12) + yyyyMMddHHmmss (14) +
 * sequence (4) = 30), the infno of the URL, the operator type.
 *
 * @param infno 交易编号
 * @param msgid 发送方报文ID
 * @param treatmentRegion {@code mdtrtarea_admvs} 就医地医保区划
 * @param insuredRegion {@code insuplc_admdvs} 参保地医保区划 (optional)
 * @param receiverSystem {@code recer_sys_code}
 * @param operatorType {@code opter_type} 1 staff, 2 kiosk, 3 mobile
 * @param operator {@code opter}
 * @param operatorName {@code opter_name}
 * @param time {@code inf_time}
 * @param institution {@code fixmedins_code}
 * @param institutionName {@code fixmedins_name}
 * @param signNo {@code sign_no} from 9001
 * @param input {@code input}
 */
record HsaEnvelope(String infno, String msgid, String treatmentRegion, String insuredRegion, String receiverSystem,
		String operatorType, String operator, String operatorName, LocalDateTime time, String institution,
		String institutionName, String signNo, HsaInput input) {

	private static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static final Pattern DIGITS_18 = Pattern.compile("[0-9]{18}");

	static HsaEnvelope parse(JsonNode root, String pathInfno) {
		HsaInput e = HsaInput.of(root, "");
		String infno = e.text("infno", 5);
		if (!infno.equals(pathInfno)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "infno", infno,
					"与请求地址 /hsa/" + pathInfno + " 不符");
		}
		String institution = e.text("fixmedins_code", 12);
		String msgid = e.text("msgid", 30);
		checkMsgid(msgid, institution);
		e.text("infver", 10);
		e.optionalText("dev_no", 100);
		e.optionalText("dev_safe_info", 2000);
		e.optionalText("cainfo", 1024);
		e.optionalText("signtype", 10);
		return new HsaEnvelope(infno, msgid, e.region("mdtrtarea_admvs", true), e.region("insuplc_admdvs", false),
				e.text("recer_sys_code", 10), e.code("opter_type", Set.of("1", "2", "3")), e.text("opter", 30),
				e.text("opter_name", 50), e.time("inf_time"), institution, e.text("fixmedins_name", 100),
				e.optionalText("sign_no", 30), root.has("input") && root.get("input").isObject()
						? HsaInput.of(root.get("input"), "input") : emptyInput(root));
	}

	private static HsaInput emptyInput(JsonNode root) {
		if (root.has("input") && !root.get("input").isNull()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input", HsaText.echo(root.get("input")),
					"应为 JSON 对象");
		}
		return HsaInput.of(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(), "input");
	}

	private static void checkMsgid(String msgid, String institution) {
		if (!msgid.startsWith(institution)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "msgid", msgid,
					"应为 定点机构编码(12)+yyyyMMddHHmmss(14)+顺序号(4)");
		}
		checkMsgidLayout("msgid", msgid);
	}

	/**
	 * A msgid's layout: 30 characters, the last 18 digits of which start with a real
	 * yyyyMMddHHmmss.
	 */
	static void checkMsgidLayout(String field, String msgid) {
		if (msgid.length() != 30 || !DIGITS_18.matcher(msgid).region(12, 30).matches()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, field, msgid,
					"应为 定点机构编码(12)+yyyyMMddHHmmss(14)+顺序号(4)");
		}
		try {
			LocalDateTime.parse(msgid.substring(12, 26), MSGID_TIME);
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, field, msgid, "时间部分无效");
		}
	}

}
