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
 * (四环素类 under 8, 氨基糖苷类 under 6 as a warning, 华法林 in pregnancy), imported through the
 * page's import.
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
		int pairs = pharma.importReviewRules("INTERACTIONS", city, INTERACTIONS, "wjw");
		int contra = pharma.importReviewRules("CONTRAINDICATIONS", city, CONTRAINDICATIONS, "wjw");
		log.info("Demo 审方规则: the city's {} interaction pairs and {} contraindications", pairs, contra);
		return true;
	}

}
