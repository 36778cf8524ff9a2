package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.engine.AdvanceRule;
import org.sanyi.insurance.budget.engine.Band;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * The terms of a budget version as stored in {@code ins_budget.terms} (the amount has its
 * own column):
 * <pre>{"startMonth": 1, "advanceRule": "EQUAL", "schedule": [], "advanceRatio": "0.90",
 *  "surplus": [{"upTo": "0.05", "share": "1.00"}, {"upTo": null, "share": "0.60"}],
 *  "overspend": [{"upTo": "0.10", "share": "0.50"}, {"upTo": null, "share": "0.00"}]}</pre>
 */
public final class BudgetJson {

	private BudgetJson() {
	}

	public static BudgetTerms read(BigDecimal amount, String json) {
		JsonNode node = Json.MAPPER.readTree(json);
		List<BigDecimal> schedule = new ArrayList<>();
		node.path("schedule").values().forEach(p -> schedule.add(dec(p)));
		AdvanceRule rule = "SCHEDULE".equals(node.path("advanceRule").asString()) ? AdvanceRule.schedule(schedule)
				: AdvanceRule.equal();
		return new BudgetTerms(money(amount), node.path("startMonth").asInt(1), rule,
				node.path("advanceRatio").isMissingNode() ? BigDecimal.ONE : dec(node.path("advanceRatio")),
				bands(node.path("surplus")), bands(node.path("overspend")));
	}

	public static String write(BudgetTerms terms) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("startMonth", terms.startMonth());
		map.put("advanceRule", terms.advanceRule().kind().name());
		map.put("schedule", terms.advanceRule().percents());
		map.put("advanceRatio", terms.advanceRatio());
		map.put("surplus", terms.surplusBands());
		map.put("overspend", terms.overspendBands());
		return Json.write(map);
	}

	static Money money(BigDecimal amount) {
		if (amount == null || amount.stripTrailingZeros().scale() > 2) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "amount", amount);
		}
		return Money.of(amount);
	}

	private static BigDecimal dec(JsonNode n) {
		return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asString());
	}

	private static List<Band> bands(JsonNode node) {
		List<Band> bands = new ArrayList<>();
		for (JsonNode b : node.values()) {
			JsonNode upTo = b.path("upTo");
			bands.add(new Band(upTo.isNull() || upTo.isMissingNode() ? null : dec(upTo), dec(b.path("share"))));
		}
		return bands;
	}

}
