package org.sanyi.monitoring.indicator;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanyi.monitoring.engine.Factor;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 合理用药 set (monitoring.md §2 #17–#18, next-wave.md §2.3, the 集采 中选药品使用比例), shipped
 * like {@link ShippedIndicators}: approved version 1 of each code on the first start,
 * data from then on. The targets of the national antimicrobial stewardship rules are in
 * the descriptions. The data element codes are pharma's (its drug-use and purchase
 * facts), named here only.
 */
@Component
@Order(11)
class ShippedDrugUseIndicators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedDrugUseIndicators.class);

	static final String RX_OUTPATIENT = "pharma.rx.outpatient";

	static final String RX_OUTPATIENT_ANTIBIOTIC = "pharma.rx.outpatient.antibiotic";

	static final String RX_EMERGENCY = "pharma.rx.emergency";

	static final String RX_EMERGENCY_ANTIBIOTIC = "pharma.rx.emergency.antibiotic";

	static final String RX_ESSENTIAL = "pharma.rx.essential";

	/**
	 * Outpatient and emergency visits settled on the platform, and those whose fee lines
	 * include a systemic antibacterial (ATC J01).
	 */
	static final String VISITS_OUTPATIENT = "pharma.visit.outpatient";

	static final String VISITS_OUTPATIENT_ANTIBACTERIAL = "pharma.visit.outpatient.antibacterial";

	static final String VISITS_EMERGENCY = "pharma.visit.emergency";

	static final String VISITS_EMERGENCY_ANTIBACTERIAL = "pharma.visit.emergency.antibacterial";

	static final String DISCHARGES = "pharma.inpatient.discharges";

	static final String PATIENT_DAYS = "pharma.inpatient.days";

	static final String INPATIENT_ANTIBIOTIC = "pharma.inpatient.antibiotic";

	static final String INPATIENT_DDD = "pharma.inpatient.antimicrobial.ddd";

	static final String WINNING = "pharma.purchase.winning";

	static final String NON_WINNING = "pharma.purchase.nonwinning";

	/** What the fund paid enterprises directly under 阳光采购, and of it what was on time. */
	static final String DIRECT_PAID = "pharma.direct.paid";

	static final String DIRECT_PAID_ON_TIME = "pharma.direct.paid.ontime";

	/**
	 * Orders that ended, by {@code supplier}: their amount, what was delivered, what
	 * arrived by the day needed.
	 */
	static final String DELIVERY_DUE = "pharma.delivery.due";

	static final String DELIVERED = "pharma.delivery.delivered";

	static final String DELIVERED_ON_TIME = "pharma.delivery.ontime";

	/** Susceptibility results by {@code organism} and {@code antibiotic}. */
	static final String AST_TESTED = "pharma.ast.tested";

	static final String AST_RESISTANT = "pharma.ast.resistant";

	private final IndicatorService indicators;

	ShippedDrugUseIndicators(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = indicators.ship(definitions());
		if (added > 0) {
			log.info("shipped {} drug-use indicator definitions", added);
		}
	}

	private static String el(String code) {
		return "#{" + code + "}";
	}

	static List<DefinitionRow> definitions() {
		return List.of(
				row("outpatient_antibiotic_rx_share", "门诊患者抗菌药物处方比例", "Outpatient prescriptions with antimicrobials",
						el(RX_OUTPATIENT_ANTIBIOTIC), el(RX_OUTPATIENT), 2, "DOWN",
						"使用抗菌药物的门诊处方数占门诊处方总数的比例（目标 ≤ 20%；门诊慢特病处方计入门诊）"),
				row("emergency_antibiotic_rx_share", "急诊患者抗菌药物处方比例", "Emergency prescriptions with antimicrobials",
						el(RX_EMERGENCY_ANTIBIOTIC), el(RX_EMERGENCY), 2, "DOWN", "使用抗菌药物的急诊处方数占急诊处方总数的比例（目标 ≤ 40%）"),
				row("outpatient_antibacterial_use_rate", "门诊患者抗菌药物使用率",
						"Outpatient visits with a systemic antibacterial", el(VISITS_OUTPATIENT_ANTIBACTERIAL),
						el(VISITS_OUTPATIENT), 2, "DOWN",
						"数据来源：平台医保结算费用明细。含全身用抗菌药物（ATC J01）的门诊就诊人次占门诊就诊总人次的比例（目标 ≤ 20%）；“门诊患者抗菌药物处方比例”则来自电子处方上传与按月报送的历史结算"),
				row("emergency_antibacterial_use_rate", "急诊患者抗菌药物使用率", "Emergency visits with a systemic antibacterial",
						el(VISITS_EMERGENCY_ANTIBACTERIAL), el(VISITS_EMERGENCY), 2, "DOWN",
						"数据来源：平台医保结算费用明细。含全身用抗菌药物（ATC J01）的急诊（医疗类别 13）就诊人次占急诊就诊总人次的比例（目标 ≤ 40%）"),
				row("inpatient_antibiotic_use_rate", "住院患者抗菌药物使用率", "Inpatients given antimicrobials",
						el(INPATIENT_ANTIBIOTIC), el(DISCHARGES), 2, "DOWN", "使用抗菌药物的出院患者数占同期出院患者总数的比例（目标 ≤ 60%）"),
				new DefinitionRow(0, "antibiotic_use_density", 1, "抗菌药物使用强度（DDDs）",
						"Antimicrobial use density (DDDs per 100 patient-days)", "DRUG_USE",
						el(INPATIENT_DDD) + " * 100", el(PATIENT_DAYS), Factor.NUMBER, "", false, 2, "DOWN",
						"住院患者抗菌药物累计 DDD 数 × 100 / 同期收治患者人天数（目标 ≤ 40）；DDD 取所在地区的 DDD 表，目录未载明规格的用药行不计入",
						ReviewStatus.APPROVED, ShippedIndicators.SYSTEM, null, null, null, null),
				row("essential_drug_rx_share", "门诊患者基本药物处方占比", "Outpatient prescriptions with essential medicines",
						el(RX_ESSENTIAL), el(RX_OUTPATIENT) + " + " + el(RX_EMERGENCY), 2, "UP",
						"使用国家基本药物的门急诊处方数占门急诊处方总数的比例"),
				row("procured_drug_use_share", "中选药品使用比例", "Share of winning products in 集采 generics", el(WINNING),
						el(WINNING) + " + " + el(NON_WINNING), 2, "UP", "集采中选产品采购量占同通用名产品总采购量的比例（最小制剂单位）"),
				new DefinitionRow(0, "direct_payment_on_time_rate", 1, "医保基金直接结算按时回款率",
						"Direct settlement paid on time", "FUND", el(DIRECT_PAID_ON_TIME), el(DIRECT_PAID),
						Factor.PERCENT, "", false, 2, "UP",
						"阳光采购中医保基金在回款期限内（自验收入库与验票相符中较晚之日起，按企业登记的回款天数）直接付给企业的货款占同期付款总额的比例（按付款日期统计，目标 100%）",
						ReviewStatus.APPROVED, ShippedIndicators.SYSTEM, null, null, null, null),
				new DefinitionRow(0, "supplier_delivery_rate", 1, "集采企业配送率", "Procurement delivery rate", "FUND",
						el(DELIVERED), el(DELIVERY_DUE), Factor.PERCENT, "", false, 2, "UP",
						"阳光采购订单办结时（全部到货、医院结束余量、企业拒单或医院因逾期未配送终止；企业确认前医院撤销的不计）企业已配送到货的金额占订单金额的比例，按办结日期统计，数据元带配送企业分类（supplier），可定义单个企业的版本；企业拒单和逾期未配送计为未配送（目标 ≥ 95%）",
						ReviewStatus.APPROVED, ShippedIndicators.SYSTEM, null, null, null, null),
				new DefinitionRow(0, "supplier_on_time_delivery_rate", 1, "集采企业按时到货率", "Procurement on-time delivery",
						"FUND", el(DELIVERED_ON_TIME), el(DELIVERY_DUE), Factor.PERCENT, "", false, 2, "UP",
						"办结订单中在医院要求送达日（含）前验收入库的金额占订单金额的比例，按办结日期统计，数据元带配送企业分类（supplier），可定义单个企业的版本",
						ReviewStatus.APPROVED, ShippedIndicators.SYSTEM, null, null, null, null),
				resistance("crab_rate", "碳青霉烯类耐药鲍曼不动杆菌检出率", "Carbapenem-resistant A. baumannii", "aba", "IPM",
						"鲍曼不动杆菌对亚胺培南耐药株数占检测株数的比例"),
				resistance("mrsa_rate", "耐甲氧西林金黄色葡萄球菌检出率", "Methicillin-resistant S. aureus", "sau", "OXA",
						"金黄色葡萄球菌对苯唑西林耐药株数占检测株数的比例"),
				resistance("eco_ceftriaxone_resistance", "大肠埃希菌对头孢曲松耐药率", "E. coli resistant to ceftriaxone", "eco",
						"CRO", "大肠埃希菌对头孢曲松耐药株数占检测株数的比例"));
	}

	/**
	 * A resistance rate of one organism to one antimicrobial; the national warning lines
	 * (30/40/50/75 %) are alert rules a regulator sets on it.
	 */
	private static DefinitionRow resistance(String code, String nameZh, String nameEn, String organism,
			String antibiotic, String description) {
		String slice = "[organism=" + organism + ",antibiotic=" + antibiotic + "]";
		return row(code, nameZh, nameEn, "#{" + AST_RESISTANT + slice + "}", "#{" + AST_TESTED + slice + "}", 2, "DOWN",
				description + "（国家细菌耐药预警：超过 30% 通报，40% 慎重经验用药，50% 参照药敏选用，75% 暂停针对此菌的应用）");
	}

	private static DefinitionRow row(String code, String nameZh, String nameEn, String numerator, String denominator,
			int decimals, String direction, String description) {
		return new DefinitionRow(0, code, 1, nameZh, nameEn, "DRUG_USE", numerator, denominator, Factor.PERCENT, "",
				false, decimals, direction, description, ReviewStatus.APPROVED, ShippedIndicators.SYSTEM, null, null,
				null, null);
	}

}
