package org.sanyi.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.pharma.PharmaAdmin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's own 审方规则, as its health commission's 药事质控中心 curates them on top of the
 * platform's defaults: four interaction pairs (氯吡格雷 with 奥美拉唑 made blocking — the default
 * only warns —, 华法林 with 阿司匹林 and with 甲硝唑, 地高辛 with 胺碘酮) and three contraindications
 * (四环素类 under 8, 氨基糖苷类 under 6 as a warning, 华法林 in pregnancy), imported by {@code wjw}
 * and approved by {@code wjw_audit} (maker–checker). A later import of the pairs waits
 * for review: it adds 西地那非 with 硝酸甘油 (blocking) and raises 甲硝唑 with 华法林 to major, so the
 * reviewer's page shows one row added and one changed.
 */
@Component
@Order(355)
class DemoReviewRules implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoReviewRules.class);

	static final String INTERACTIONS = """
			drug_a,drug_b,severity,blocking,advice
			氯吡格雷,奥美拉唑,MAJOR,true,奥美拉唑抑制CYP2C19、减弱氯吡格雷抗血小板作用；本市拦截，请换用泮托拉唑或雷贝拉唑
			华法林,阿司匹林,MAJOR,false,合用出血风险显著增加；确需合用须评估出血风险并监测INR
			地高辛,胺碘酮,MAJOR,false,胺碘酮升高地高辛血药浓度；合用时地高辛减量一半并监测血药浓度
			甲硝唑,华法林,MODERATE,false,甲硝唑增强华法林抗凝作用；合用期间监测INR
			""";

	/**
	 * The pairs again, one added and one raised: left for {@code wjw_audit} to review.
	 */
	static final String INTERACTIONS_PROPOSED = """
			drug_a,drug_b,severity,blocking,advice
			氯吡格雷,奥美拉唑,MAJOR,true,奥美拉唑抑制CYP2C19、减弱氯吡格雷抗血小板作用；本市拦截，请换用泮托拉唑或雷贝拉唑
			华法林,阿司匹林,MAJOR,false,合用出血风险显著增加；确需合用须评估出血风险并监测INR
			地高辛,胺碘酮,MAJOR,false,胺碘酮升高地高辛血药浓度；合用时地高辛减量一半并监测血药浓度
			甲硝唑,华法林,MAJOR,false,甲硝唑抑制华法林代谢、INR可成倍升高；合用须将华法林减量并在3～5天内复查INR
			西地那非,硝酸甘油,MAJOR,true,两者均扩张血管，合用可致严重低血压甚至休克；本市拦截，24小时内用过西地那非者禁用硝酸酯类
			""";

	static final String CONTRAINDICATIONS = """
			drug_key,kind,value,blocking,advice
			J01AA,MIN_AGE,8,true,四环素类可致牙齿着色和骨发育不良，8岁以下儿童禁用
			J01GB,MIN_AGE,6,false,氨基糖苷类有耳毒性和肾毒性，6岁以下儿童慎用，确需使用须监测血药浓度
			华法林,PREGNANCY,,true,华法林可致胎儿畸形，妊娠期禁用
			""";

	private final PharmaAdmin pharma;

	DemoReviewRules(PharmaAdmin pharma) {
		this.pharma = pharma;
	}

	@Override
	public String name() {
		return "the city's own prescription review rules";
	}

	@Override
	public boolean run() {
		String city = DemoRegionGenerator.CITY_CODE;
		if (pharma.hasOwnReviewRules(city)) {
			return false;
		}
		String reviewer = DemoAccounts.HEALTH_REVIEWER;
		pharma.approveReviewRules(pharma.proposeReviewRules("INTERACTIONS", city, "青溪市药物相互作用.csv", INTERACTIONS, "wjw"),
				reviewer, "经市药事质控中心论证，同意执行");
		pharma.approveReviewRules(
				pharma.proposeReviewRules("CONTRAINDICATIONS", city, "青溪市用药禁忌.csv", CONTRAINDICATIONS, "wjw"), reviewer,
				"同意");
		long pending = pharma.proposeReviewRules("INTERACTIONS", city, "青溪市药物相互作用（第二版）.csv", INTERACTIONS_PROPOSED,
				"wjw");
		log.info("Demo 审方规则: the city's {} interaction pairs and {} contraindications approved; import {} waits",
				INTERACTIONS.strip().split("\n").length - 1, CONTRAINDICATIONS.strip().split("\n").length - 1, pending);
		return true;
	}

}
