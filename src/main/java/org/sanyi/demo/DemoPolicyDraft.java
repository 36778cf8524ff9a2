package org.sanyi.demo;

import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.insurance.PolicyDrafts;
import org.sanyi.shared.PlatformTime;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A draft policy with its replay: the city bureau's {@code ybj} proposes the residents'
 * scheme for next year (二级医院住院起付线 400 → 300 元, 门诊慢特病 70 % → 80 %, 普通门诊 50 % → 55 %),
 * which waits for {@code ybj_audit}, and replays it over the demo's 2026 settlements, so
 * the version's page shows what the change would have cost the fund and saved the
 * patients before anyone approves it.
 */
@Component
@Order(315)
class DemoPolicyDraft implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoPolicyDraft.class);

	static final String REGION = DemoRegionGenerator.CITY_CODE;

	static final int REPLAYED_YEAR = 2026;

	private final PolicyDrafts drafts;

	DemoPolicyDraft(PolicyDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public String name() {
		return "draft policy and its replay";
	}

	@Override
	public boolean run() {
		if (drafts.pendingExists(REGION, "390")) {
			return false;
		}
		LocalDate from = LocalDate.of(PlatformTime.today().getYear() + 1, 1, 1);
		// rows of 359900-390-2026 (demo/insurance-policies.json): d1 二级医院住院, r2 门诊慢特病, r4
		// 普通门诊
		long draft = drafts.propose(REGION, "390", from, Map.of("d1", "300, 150", "r2", "80", "r4", "55"), "城乡居民 "
				+ from.getYear() + "（草案）：二级医院住院起付线 400 元降至 300 元（第二次起 150 元），门诊慢特病支付比例 70% 提高到 80%，普通门诊 50% 提高到 55%",
				"ybj");
		long settlements = drafts.replay(draft, REPLAYED_YEAR, "ybj");
		log.info("Demo policy draft {} replayed over {}: {} settlements", draft, REPLAYED_YEAR, settlements);
		return true;
	}

}
