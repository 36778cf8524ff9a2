package org.sanyi.insurance.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.Band;
import org.sanyi.insurance.engine.BenefitKind;
import org.sanyi.insurance.engine.DeductiblePeriod;
import org.sanyi.insurance.engine.DeductibleRule;
import org.sanyi.insurance.engine.Eligibility;
import org.sanyi.insurance.engine.FundType;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.LayerBase;
import org.sanyi.insurance.engine.Locality;
import org.sanyi.insurance.engine.PersonGroup;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.PoolCap;
import org.sanyi.insurance.engine.RatioRule;
import org.sanyi.insurance.engine.ReferralRules;
import org.sanyi.insurance.engine.Selector;
import org.sanyi.insurance.engine.SupplementaryLayer;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A policy version's rule rows as JSON, the form {@code ins_policy_version.parameters}
 * stores them in. Amounts and ratios are strings (exact decimals); a selector lists only
 * the conditions it has:
 *
 * <pre>
 * {"preSelfPayCountsAsInScopeSelfPay": true, "accountPaysOutOfScope": false,
 *  "deductibles": [{"when": {"kinds": ["INPATIENT"], "tier": 3}, "period": "PER_ADMISSION", "amounts": ["600.00", "300.00"]}],
 *  "ratios": [{"when": {"kinds": ["INPATIENT"], "locality": "CROSS_REGION"}, "ratio": "0.80"}],
 *  "caps": [{"name": "BASIC", "when": {"kinds": ["INPATIENT", "CHRONIC_OUTPATIENT"]}, "amount": "200000.00"}],
 *  "layers": [{"fund": "390200", "when": {...}, "identities": [], "civilServantsOnly": false,
 *              "base": "IN_SCOPE_SELF_PAY", "bands": [{"from": "12000.00", "ratio": "0.60"}], "cap": "400000.00"}],
 *  "referral": {"allianceDeductibleContinuity": true, "unfiledOutOfCountyRatioCut": "0.10"}}
 * </pre>
 *
 * A version without {@code referral} has no referral rules ({@link ReferralRules#NONE});
 * a field the section leaves out takes its {@link ReferralRules#DEFAULTS} value.
 *
 * Anything malformed fails with {@code INS-0014} naming the policy and the place.
 */
final class PolicyJson {

	static final JsonMapper JSON = Json.MAPPER;

	private PolicyJson() {
	}

	/** Reads a version from its stored columns. */
	public static PolicyVersion read(String code, String region, String insutype, LocalDate from, LocalDate to,
			String parameters) {
		JsonNode root;
		try {
			root = JSON.readTree(parameters);
		}
		catch (JacksonException ex) {
			throw invalid(code, "parameters are not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw invalid(code, "parameters are not a JSON object");
		}
		try {
			List<DeductibleRule> deductibles = new ArrayList<>();
			for (JsonNode rule : array(code, root, "deductibles")) {
				List<Money> amounts = new ArrayList<>();
				for (JsonNode amount : array(code, rule, "amounts")) {
					amounts.add(Money.of(decimal(code, amount, "deductible amount")));
				}
				deductibles.add(new DeductibleRule(selector(code, rule.get("when")),
						DeductiblePeriod.valueOf(text(code, rule, "period")), amounts));
			}
			List<RatioRule> ratios = new ArrayList<>();
			for (JsonNode rule : array(code, root, "ratios")) {
				ratios.add(new RatioRule(selector(code, rule.get("when")), decimal(code, rule.get("ratio"), "ratio")));
			}
			List<PoolCap> caps = new ArrayList<>();
			for (JsonNode cap : array(code, root, "caps")) {
				caps.add(new PoolCap(text(code, cap, "name"), selector(code, cap.get("when")),
						Money.of(decimal(code, cap.get("amount"), "cap amount"))));
			}
			List<SupplementaryLayer> layers = new ArrayList<>();
			for (JsonNode layer : array(code, root, "layers")) {
				layers.add(layer(code, layer));
			}
			return new PolicyVersion(code, RegionCode.of(region), Insutype.ofCode(insutype), from, to, deductibles,
					ratios, caps, layers, root.path("preSelfPayCountsAsInScopeSelfPay").asBoolean(false),
					root.path("accountPaysOutOfScope").asBoolean(false), referral(code, root.get("referral")));
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw invalid(code, ex.getMessage());
		}
	}

	private static ReferralRules referral(String code, JsonNode section) {
		if (section == null || section.isNull()) {
			return ReferralRules.NONE;
		}
		if (!section.isObject()) {
			throw invalid(code, "referral is not an object");
		}
		JsonNode continuity = section.get("allianceDeductibleContinuity");
		JsonNode cut = section.get("unfiledOutOfCountyRatioCut");
		return new ReferralRules(
				continuity == null ? ReferralRules.DEFAULTS.allianceDeductibleContinuity() : continuity.asBoolean(),
				cut == null ? ReferralRules.DEFAULTS.unfiledOutOfCountyRatioCut()
						: decimal(code, cut, "referral unfiledOutOfCountyRatioCut"));
	}

	/** The parameters of a version as JSON (pretty printed, stable key order). */
	public static String write(PolicyVersion policy) {
		ObjectNode root = JSON.createObjectNode();
		root.put("preSelfPayCountsAsInScopeSelfPay", policy.preSelfPayCountsAsInScopeSelfPay());
		root.put("accountPaysOutOfScope", policy.accountPaysOutOfScope());
		ArrayNode deductibles = root.putArray("deductibles");
		for (DeductibleRule rule : policy.deductibles()) {
			ObjectNode row = deductibles.addObject();
			row.set("when", selector(rule.when()));
			row.put("period", rule.period().name());
			ArrayNode amounts = row.putArray("amounts");
			rule.amounts().forEach(a -> amounts.add(a.toString()));
		}
		ArrayNode ratios = root.putArray("ratios");
		for (RatioRule rule : policy.ratios()) {
			ObjectNode row = ratios.addObject();
			row.set("when", selector(rule.when()));
			row.put("ratio", rule.ratio().toPlainString());
		}
		ArrayNode caps = root.putArray("caps");
		for (PoolCap cap : policy.caps()) {
			ObjectNode row = caps.addObject();
			row.put("name", cap.name());
			row.set("when", selector(cap.when()));
			row.put("amount", cap.annualAmount().toString());
		}
		ArrayNode layers = root.putArray("layers");
		for (SupplementaryLayer layer : policy.layers()) {
			ObjectNode row = layers.addObject();
			row.put("fund", layer.fund().code());
			row.set("when", selector(layer.when()));
			ArrayNode identities = row.putArray("identities");
			layer.eligibility().identities().stream().sorted().forEach(identities::add);
			row.put("civilServantsOnly", layer.eligibility().civilServantsOnly());
			row.put("base", layer.base().name());
			ArrayNode bands = row.putArray("bands");
			for (Band band : layer.bands()) {
				bands.addObject().put("from", band.from().toString()).put("ratio", band.ratio().toPlainString());
			}
			row.put("cap", layer.annualCap().toString());
		}
		if (policy.referral().any()) {
			root.putObject("referral")
				.put("allianceDeductibleContinuity", policy.referral().allianceDeductibleContinuity())
				.put("unfiledOutOfCountyRatioCut", policy.referral().unfiledOutOfCountyRatioCut().toPlainString());
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static SupplementaryLayer layer(String code, JsonNode layer) {
		String fundCode = text(code, layer, "fund");
		FundType fund = null;
		for (FundType type : FundType.values()) {
			if (type.code().equals(fundCode)) {
				fund = type;
			}
		}
		if (fund == null) {
			throw invalid(code, "unknown fund " + fundCode);
		}
		Set<String> identities = new LinkedHashSet<>();
		for (JsonNode identity : array(code, layer, "identities")) {
			identities.add(identity.asString());
		}
		List<Band> bands = new ArrayList<>();
		for (JsonNode band : array(code, layer, "bands")) {
			bands.add(new Band(Money.of(decimal(code, band.get("from"), "band from")),
					decimal(code, band.get("ratio"), "band ratio")));
		}
		return new SupplementaryLayer(fund, selector(code, layer.get("when")),
				new Eligibility(identities, layer.path("civilServantsOnly").asBoolean(false)),
				LayerBase.valueOf(text(code, layer, "base")), bands,
				Money.of(decimal(code, layer.get("cap"), "layer cap")));
	}

	private static Selector selector(String code, JsonNode when) {
		if (when == null || when.isNull()) {
			return Selector.ANY;
		}
		if (!when.isObject()) {
			throw invalid(code, "a selector (when) is not an object");
		}
		Set<BenefitKind> kinds = EnumSet.noneOf(BenefitKind.class);
		for (JsonNode kind : array(code, when, "kinds")) {
			kinds.add(BenefitKind.valueOf(kind.asString()));
		}
		return new Selector(kinds, when.path("tier").asInt(0),
				when.has("group") ? PersonGroup.valueOf(when.get("group").asString()) : PersonGroup.ANY,
				when.path("minAge").asInt(0), when.path("maxAge").asInt(200),
				when.has("disease") ? when.get("disease").asString() : null,
				when.has("locality") ? Locality.valueOf(when.get("locality").asString()) : Locality.ANY);
	}

	private static ObjectNode selector(Selector when) {
		ObjectNode node = JSON.createObjectNode();
		if (!when.kinds().isEmpty()) {
			ArrayNode kinds = node.putArray("kinds");
			when.kinds().stream().sorted().forEach(k -> kinds.add(k.name()));
		}
		if (when.hospitalTier() != 0) {
			node.put("tier", when.hospitalTier());
		}
		if (when.group() != PersonGroup.ANY) {
			node.put("group", when.group().name());
		}
		if (when.minAge() != 0) {
			node.put("minAge", when.minAge());
		}
		if (when.maxAge() != 200) {
			node.put("maxAge", when.maxAge());
		}
		if (when.diseaseCode() != null) {
			node.put("disease", when.diseaseCode());
		}
		if (when.locality() != Locality.ANY) {
			node.put("locality", when.locality().name());
		}
		return node;
	}

	private static Iterable<JsonNode> array(String code, JsonNode parent, String field) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw invalid(code, field + " is not an array");
		}
		return node.values();
	}

	private static String text(String code, JsonNode parent, String field) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull() || node.asString().isBlank()) {
			throw invalid(code, field + " is missing");
		}
		return node.asString();
	}

	private static BigDecimal decimal(String code, JsonNode node, String what) {
		if (node == null || node.isNull()) {
			throw invalid(code, what + " is missing");
		}
		try {
			return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString().trim());
		}
		catch (NumberFormatException ex) {
			throw invalid(code, what + " is not a number: " + node.asString());
		}
	}

	private static BusinessException invalid(String code, String reason) {
		return new BusinessException(InsuranceErrors.INVALID_POLICY, code, reason);
	}

}
