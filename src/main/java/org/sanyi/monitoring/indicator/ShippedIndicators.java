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
 * The 三医联动 indicator set the platform ships (issue 12; formulas from monitoring.md §3 and
 * 国考 §2), stored as approved version 1 of each code on the first start; from then on they
 * are data that regulators edit under maker–checker. The data element codes the
 * definitions read are the constants below, the only place they are named.
 */
@Component
@Order(10)
class ShippedIndicators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedIndicators.class);

	/**
	 * Settlement facts (insurance's catalogue): medical fees, by fee category, med_type,
	 * county and region.
	 */
	static final String FEE = "ins.fee";

	static final String FUND_PAID = "ins.fund_paid";

	/** 个人现金支付 (psn_cash_pay): out of pocket. */
	static final String CASH_PAID = "ins.cash_paid";

	static final String VISITS = "ins.visit.count";

	/** The medical institutions of a selection (the retail pharmacies left out). */
	private static final String MEDICAL = "institution=medical";

	static final String BED_DAYS = "ins.inpatient.days";

	static final String SETTLEMENTS = "ins.settlement.count";

	/**
	 * Global budgets (insurance's budget catalogue): the month's budget of a medical
	 * group and the fund's payments at its members, both on the group's lead institution.
	 */
	static final String BUDGET = "ins.budget";

	static final String BUDGET_SPEND = "ins.budget.spend";

	/** DRG month results (monitoring's own catalogue, from the DRG module's events). */
	static final String DRG_FUND = "drg.fund";

	static final String DRG_FFS_FUND = "drg.ffs_fund";

	static final String DRG_RW = "drg.rw";

	static final String DRG_CASES = "drg.drg_cases";

	/**
	 * Family-doctor contracts signed or renewed, by key population
	 * (clinical.familydoctor's catalogue), and the population the centres serve, entered
	 * once a year (on 1 January).
	 */
	static final String FD_CONTRACTS = "clinical.familydoctor.contracts";

	static final String FD_POPULATION = "clinical.familydoctor.population";

	/**
	 * Fund supervision's findings (by rule and result type, on the settlement's date),
	 * the settlements flagged for the first time, and the amounts deducted on decision
	 * (reversals negative).
	 */
	static final String SUP_SUSPICIOUS_AMOUNT = "supervision.suspicion.amount";

	static final String SUP_FLAGGED = "supervision.flagged.settlements";

	static final String SUP_DEDUCTED = "supervision.deduction.amount";

	/**
	 * The platform proposes the shipped versions; nobody reviews a definition that comes
	 * with the release.
	 */
	static final String SYSTEM = "system";

	private final IndicatorService indicators;

	ShippedIndicators(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = indicators.ship(definitions());
		if (added > 0) {
			log.info("shipped {} indicator definitions", added);
		}
	}

	private static String el(String code, String... slice) {
		return slice.length == 0 ? "#{" + code + "}" : "#{" + code + "[" + String.join(",", slice) + "]}";
	}

	/**
	 * Medical income (医疗收入) in a fee category, or in all ({@code null}): the fees of the
	 * medical institutions only. A designated retail pharmacy's sales are not a
	 * hospital's income, and a region's drug share counting them would rise with every
	 * purchase settled at a pharmacy.
	 */
	private static String income(String category) {
		return category == null ? el(FEE, MEDICAL) : el(FEE, "fee_category=" + category, MEDICAL);
	}

	/** 西药 09, 中药饮片 10, 中成药 11 (med_chrgitm_type). */
	private static String drugs() {
		return income("09") + " + " + income("10") + " + " + income("11");
	}

	/** 门急诊 (clr_type 11: general and chronic-disease outpatient alike). */
	private static String outpatient(String code) {
		return el(code, "clr_type=11");
	}

	static List<DefinitionRow> definitions() {
		String fee = el(FEE);
		String income = income(null);
		String materials = income("08");
		String examsAndTests = income("03") + " + " + income("04");
		String inpatientFee = el(FEE, "clr_type=21");
		String discharges = el(VISITS, "clr_type=21");
		return List.of(
				incomeShare(row("drug_ratio", "药占比", "Drug share of medical income", "REFORM,HOSPITAL",
						income("09") + " + " + income("11"), income, Factor.PERCENT, "", "DOWN",
						"西药与中成药收入占医疗收入的比例（不含中药饮片，国卫体改发〔2015〕89号口径）")),
				incomeShare(row("consumable_ratio", "耗占比", "Consumables share of medical income", "REFORM,HOSPITAL",
						materials, income, Factor.PERCENT, "", "DOWN", "卫生材料收入占医疗收入的比例")),
				incomeShare(row("drug_consumable_ratio", "药品耗材收入占比", "Drugs and consumables share", "REFORM,HOSPITAL",
						drugs() + " + " + materials, income, Factor.PERCENT, "", "DOWN",
						"药品（西药、中成药、中药饮片）与卫生材料收入占医疗收入的比例（三明口径）")),
				incomeShare(row("service_income_ratio", "医疗服务收入占比", "Medical service income share", "REFORM,HOSPITAL",
						income + " - (" + drugs() + " + " + materials + " + " + examsAndTests + ")", income,
						Factor.PERCENT, "", "UP", "医疗收入扣除药品、耗材、检查、化验收入后占医疗收入的比例（国考指标31）")),
				incomeShare(row("exam_lab_ratio", "检查化验收入占比", "Examinations and tests share", "REFORM,HOSPITAL",
						examsAndTests, income, Factor.PERCENT, "", "DOWN", "检查与化验收入占医疗收入的比例")),
				row("outpatient_cost", "门诊次均费用", "Outpatient cost per visit", "REFORM,FUND,HOSPITAL", outpatient(FEE),
						outpatient(VISITS), Factor.NUMBER, "YUAN", "NONE", "门急诊医疗费用（含门诊慢特病）除以门急诊人次"),
				row("inpatient_cost", "住院次均费用", "Inpatient cost per discharge", "REFORM,FUND,HOSPITAL", inpatientFee,
						discharges, Factor.NUMBER, "YUAN", "NONE", "住院医疗费用除以出院人次"),
				row("outpatient_cost_growth", "门诊次均费用增幅", "Outpatient cost per visit growth", "REFORM,HOSPITAL",
						"I{outpatient_cost} - lastyear(I{outpatient_cost})", "lastyear(I{outpatient_cost})",
						Factor.PERCENT, "", "DOWN", "与上年同期相比（国考指标38）"),
				row("inpatient_cost_growth", "住院次均费用增幅", "Inpatient cost per discharge growth", "REFORM,HOSPITAL",
						"I{inpatient_cost} - lastyear(I{inpatient_cost})", "lastyear(I{inpatient_cost})",
						Factor.PERCENT, "", "DOWN", "与上年同期相比（国考指标40）"),
				row("average_stay", "平均住院日", "Average length of stay", "REFORM,HOSPITAL", el(BED_DAYS), discharges,
						Factor.NUMBER, "DAY", "DOWN", "出院者占用总床日数除以出院人数"),
				row("fund_pay_ratio", "医保基金支付占比", "Fund share of medical fees", "REFORM,FUND,HOSPITAL", el(FUND_PAID),
						fee, Factor.PERCENT, "", "NONE", "医保基金支付金额占医疗总费用的比例"),
				row("out_of_pocket_ratio", "个人自付比例", "Out-of-pocket share", "REFORM,FUND,HOSPITAL", el(CASH_PAID), fee,
						Factor.PERCENT, "", "DOWN", "个人现金支付占医疗总费用的比例"),
				row("in_county_inpatient_share", "县域内住院量占比", "Inpatients treated in their county", "REFORM",
						el(VISITS, "clr_type=21", "in_county=Y"), discharges, Factor.PERCENT, "", "UP",
						"所选机构的出院人次中，参保地与就诊机构在同一县域的比例"),
				row("in_city_inpatient_share", "市域内住院量占比", "Inpatients treated in their city", "REFORM",
						el(VISITS, "clr_type=21", "in_region=Y"), discharges, Factor.PERCENT, "", "UP",
						"所选机构的出院人次中，参保地与就诊机构在同一统筹区（市）的比例"),
				row("primary_care_share", "基层诊疗量占比", "Primary care share of visits", "REFORM",
						el(VISITS, "clr_type=11", "institution=primary"), el(VISITS, "clr_type=11"), Factor.PERCENT, "",
						"UP", "乡镇卫生院、社区卫生服务中心、村卫生室的门急诊人次占全部门急诊人次的比例"),
				row("out_of_region_share", "异地就医费用占比", "Cross-region treatment share", "REFORM,FUND",
						el(FEE, "in_region=N"), fee, Factor.PERCENT, "", "DOWN", "参保地不在本统筹区的患者医疗费用占医疗总费用的比例"),
				row("fund_paid", "医保基金支出", "Fund payments", "FUND", el(FUND_PAID), "", Factor.NUMBER, "YUAN", "NONE",
						"医保基金支付金额合计"),
				row("settlements", "结算人次", "Settlements", "FUND", el(SETTLEMENTS), "", Factor.NUMBER, "COUNT", "NONE",
						"医保结算笔数（冲销后）"),
				row("fund_suspicious_amount", "智能审核疑点金额", "Amount in question (smart audit)", "FUND",
						el(SUP_SUSPICIOUS_AMOUNT), "", Factor.NUMBER, "YUAN", "DOWN",
						"事后智能审核发现的疑点涉及金额，按被审核结算的结算日期计；可按规则（rule_id）与疑点类型（result_type）切片"),
				row("fund_recovered_amount", "违规扣款金额", "Deducted (recovered) amount", "FUND", el(SUP_DEDUCTED), "",
						Factor.NUMBER, "YUAN", "NONE", "疑点经医保部门认定后从定点机构应付款中扣回的金额，按认定日期计；复核撤销的在撤销当日冲回"),
				row("fund_violation_rate", "疑点结算占比", "Settlements with a suspicion", "FUND,HOSPITAL", el(SUP_FLAGGED),
						el(SETTLEMENTS), Factor.PERCENT, "", "DOWN", "被智能审核标记至少一个疑点的医保结算笔数占结算笔数的比例（按结算日期）"),
				row("drg_settle_rate", "DRG 结算率", "DRG settlement rate", "FUND,HOSPITAL", el(DRG_FUND),
						el(DRG_FFS_FUND), Factor.PERCENT, "", "NONE",
						"DRG 月度结算中医保基金按 DRG 支付金额与同批病例按项目付费金额之比（湘潭口径，>100% 表示医院得益）"),
				new DefinitionRow(0, "cmi", 1, "CMI（病例组合指数）", "Case mix index (CMI)", "FUND,HOSPITAL", el(DRG_RW),
						el(DRG_CASES), Factor.NUMBER, "", false, 4, "UP",
						"按 DRG 付费病例的权重合计除以按 DRG 付费病例数（国考指标，DRG 月度结算结果）", ReviewStatus.APPROVED, SYSTEM, null, null,
						null, null),
				row("budget_execution", "总额预算执行率", "Global budget execution", "FUND", el(BUDGET_SPEND), el(BUDGET),
						Factor.PERCENT, "", "NONE", "医疗集团（医共体）成员的统筹基金支付除以同期总额预算（年度预算按月分摊；选年度即为年度预算执行进度），按地区或集团先求和再相除"),
				row("fd_contract_rate", "家庭医生签约率", "Family-doctor contract rate", "REFORM", el(FD_CONTRACTS),
						el(FD_POPULATION), Factor.PERCENT, "", "UP",
						"年度内签约（含续约、扣除解约）人数占家庭医生服务人口的比例；服务人口记在每年1月1日，按年度查看"),
				row("fd_key_contract_rate", "重点人群签约率", "Key-population contract rate", "REFORM",
						el(FD_CONTRACTS, "key_population=Y"), el(FD_POPULATION, "key_population=Y"), Factor.PERCENT, "",
						"UP", "年度内重点人群（老年人、儿童、孕产妇、慢病、严重精神障碍、残疾人、困难群众等）签约人数占重点人群数的比例，按年度查看"));
	}

	/**
	 * Version 2 of an income-structure indicator: version 1 divided every fee of the
	 * selection, a retail pharmacy's sales too; version 2 reads the medical institutions
	 * only ({@link #income}) and says so.
	 */
	private static DefinitionRow incomeShare(DefinitionRow v1) {
		return new DefinitionRow(0, v1.code(), 2, v1.nameZh(), v1.nameEn(), v1.sets(), v1.numerator(), v1.denominator(),
				v1.factor(), v1.unit(), v1.annualised(), v1.decimals(), v1.direction(),
				v1.description() + "；仅计医疗机构，不含定点零售药店的购药费用", v1.status(), v1.proposedBy(), null, null, null, null);
	}

	private static DefinitionRow row(String code, String nameZh, String nameEn, String sets, String numerator,
			String denominator, Factor factor, String unit, String direction, String description) {
		int decimals = factor == Factor.NUMBER && !"YUAN".equals(unit) && !"DAY".equals(unit) ? 0 : 2;
		return new DefinitionRow(0, code, 1, nameZh, nameEn, sets, numerator, denominator, factor, unit, false,
				decimals, direction, description, ReviewStatus.APPROVED, SYSTEM, null, null, null, null);
	}

}
