package org.sanyi.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.pharma.PriceReformAdmin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A saved 腾笼换鸟 scenario of the demo city over its year of activity (November 2025 –
 * October 2026): the consumable mark-up of 5 % removed, tests 10 % cheaper, 诊查 +30 %, 治疗
 * +10 %, 手术 +15 %, 护理 +20 %, 普通针刺 and 中医推拿 at new prices, the fund bearing 70 %; the fund
 * pays 9.6 months from its balance and costs grew 6.5 %. Its room includes the city's 集采
 * savings, which are not sampled, while the fee lines are the demo's sample of the city's
 * settlements, so the room is far larger than the increases.
 */
@Component
@Order(335)
class DemoPriceReform implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoPriceReform.class);

	private final PriceReformAdmin pricing;

	DemoPriceReform(PriceReformAdmin pricing) {
		this.pricing = pricing;
	}

	@Override
	public String name() {
		return "price reform scenario";
	}

	@Override
	public boolean run() {
		if (pricing.hasScenarios()) {
			return false;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("region", DemoRegionGenerator.CITY_CODE);
		fields.put("name", "2026年医疗服务价格调整（腾笼换鸟）方案一");
		fields.put("baselineFrom", "2025-11-01");
		fields.put("baselineTo", "2026-10-31");
		fields.put("consumableMarkup", "5");
		fields.put("testCut", "10");
		fields.put("fundShare", "70");
		fields.put("fundMonths", "9.6");
		fields.put("costGrowth", "6.5");
		fields.put("raise02", "30");
		fields.put("raise05", "10");
		fields.put("raise06", "15");
		fields.put("raise07", "20");
		fields.put("newPrices", "004100000010000=30\n004200000010000=55");
		long id = pricing.saveScenario(fields, "ybj");
		log.info("Demo price reform: scenario {} saved", id);
		return true;
	}

}
