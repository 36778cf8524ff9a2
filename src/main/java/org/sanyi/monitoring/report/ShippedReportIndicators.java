package org.sanyi.monitoring.report;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanyi.monitoring.engine.Factor;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorService;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indicators only the report forms make computable (国考 and Sanming definitions over
 * what settlements cannot see), shipped like the 三医联动 set: approved version 1 on the
 * first start, data from then on. Staff pay per head divides the pay by person-months
 * (headcount reported each month) and multiplies by 12: a yearly figure over any period.
 */
@Component
@Order(11)
class ShippedReportIndicators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedReportIndicators.class);

	private final IndicatorService indicators;

	ShippedReportIndicators(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = indicators.ship(definitions());
		if (added > 0) {
			log.info("shipped {} report-form indicator definitions", added);
		}
	}

	private static String el(String code) {
		return "#{" + code + "}";
	}

	static List<DefinitionRow> definitions() {
		return List.of(
				row("staff_expense_ratio", "人员支出占业务支出比重", "Staff expenses share of business expenses",
						el(ReportElements.EXPENSE_STAFF), el(ReportElements.EXPENSE_BUSINESS), Factor.PERCENT, "", "UP",
						"人员支出除以业务支出（国考指标33，医院月报）"),
				row("staff_average_pay", "职工年平均工资", "Average yearly pay per staff member",
						el(ReportElements.EXPENSE_STAFF) + " * 12", el(ReportElements.STAFF_COUNT), Factor.NUMBER,
						"YUAN", "UP", "人员支出除以各月在岗职工数之和再乘以12，即按年计算的人均薪酬（医院月报）"),
				row("bed_occupancy", "病床使用率", "Bed occupancy", el(ReportElements.BED_DAYS_USED),
						el(ReportElements.BED_DAYS_OPEN), Factor.PERCENT, "", "NONE", "实际占用总床日数除以实际开放总床日数（医院月报）"),
				row("grade4_surgery_ratio", "四级手术占比", "Grade 4 operations share",
						"#{" + ReportElements.SURGERY + "[" + ReportElements.SURGERY_GRADE + "=4]}",
						el(ReportElements.SURGERY), Factor.PERCENT, "", "UP", "四级手术台次占手术总台次的比例（医院月报）"),
				row("surgery_patient_ratio", "出院患者手术占比", "Operations per discharge", el(ReportElements.SURGERY),
						el(ReportElements.DISCHARGES), Factor.PERCENT, "", "UP", "手术台次除以出院人数（国考指标4，医院月报）"),
				row("research_funding_per_100_staff", "每百名职工科研经费", "Research funding per 100 staff",
						el(ReportElements.RESEARCH_FUNDING) + " * 100 * 12", el(ReportElements.STAFF_COUNT),
						Factor.NUMBER, "YUAN", "UP", "科研经费除以各月在岗职工数之和，乘以100再乘以12（按年，国考指标50口径，医院月报）"),
				row("papers_per_100_staff", "每百名职工发表论文数", "Papers per 100 staff",
						el(ReportElements.RESEARCH_PAPERS) + " * 100 * 12", el(ReportElements.STAFF_COUNT),
						Factor.NUMBER, "", "UP", "发表论文数除以各月在岗职工数之和，乘以100再乘以12（按年，医院月报）"),
				row("reported_service_income_ratio", "医疗服务收入占比（月报）", "Medical service income share (reports)",
						el(ReportElements.REVENUE_SERVICE), el(ReportElements.REVENUE_MEDICAL), Factor.PERCENT, "",
						"UP", "医疗服务收入占医疗收入的比例，含非医保患者（医院月报）"));
	}

	private static DefinitionRow row(String code, String nameZh, String nameEn, String numerator, String denominator,
			Factor factor, String unit, String direction, String description) {
		return new DefinitionRow(0, code, 1, nameZh, nameEn, "HOSPITAL", numerator, denominator, factor, unit, false, 2,
				direction, description, ReviewStatus.APPROVED, "system", null, null, null, null);
	}

}
