package org.sanyi.monitoring.report;

import java.util.List;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data elements of the report forms: what a hospital reports monthly that the
 * platform cannot see in settlements (revenue of all patients, staff pay and headcount,
 * beds, surgery grades, research). Approved reports become facts of these elements, one
 * per cell, on the month's first day; the indicator engine reads them like any other.
 * Headcount and open beds are stocks reported each month: summed over months they are
 * person-months and bed-months, which is what a per-head or per-bed ratio of sums needs.
 */
@Configuration(proxyBeanMethods = false)
public class ReportElements {

	public static final String REVENUE_TOTAL = "rpt.revenue.total";

	public static final String REVENUE_MEDICAL = "rpt.revenue.medical";

	public static final String REVENUE_DRUG = "rpt.revenue.drug";

	public static final String REVENUE_CONSUMABLE = "rpt.revenue.consumable";

	public static final String REVENUE_SERVICE = "rpt.revenue.service";

	public static final String EXPENSE_BUSINESS = "rpt.expense.business";

	public static final String EXPENSE_STAFF = "rpt.expense.staff";

	public static final String STAFF_COUNT = "rpt.staff.count";

	public static final String BEDS_OPEN = "rpt.beds.open";

	public static final String BED_DAYS_OPEN = "rpt.bed_days.open";

	public static final String BED_DAYS_USED = "rpt.bed_days.used";

	public static final String OUTPATIENT_VISITS = "rpt.visits.outpatient";

	public static final String DISCHARGES = "rpt.discharges";

	public static final String SURGERY = "rpt.surgery";

	/** The dimension of {@link #SURGERY}: the operation's grade, 1 to 4 (四级手术 = 4). */
	public static final String SURGERY_GRADE = "surgery_grade";

	public static final String RESEARCH_FUNDING = "rpt.research.funding";

	public static final String RESEARCH_PAPERS = "rpt.research.papers";

	public static final String RESEARCH_PROJECTS = "rpt.research.projects";

	public static final DataElementCatalogue CATALOGUE = DataElementCatalogue.of("monitoring",
			List.of(yuan(REVENUE_TOTAL), yuan(REVENUE_MEDICAL), yuan(REVENUE_DRUG), yuan(REVENUE_CONSUMABLE),
					yuan(REVENUE_SERVICE), yuan(EXPENSE_BUSINESS), yuan(EXPENSE_STAFF),
					DataElement.of(STAFF_COUNT, label(STAFF_COUNT), Unit.PERSON),
					DataElement.of(BEDS_OPEN, label(BEDS_OPEN), Unit.COUNT),
					DataElement.of(BED_DAYS_OPEN, label(BED_DAYS_OPEN), Unit.DAY),
					DataElement.of(BED_DAYS_USED, label(BED_DAYS_USED), Unit.DAY),
					DataElement.of(OUTPATIENT_VISITS, label(OUTPATIENT_VISITS), Unit.COUNT),
					DataElement.of(DISCHARGES, label(DISCHARGES), Unit.COUNT),
					DataElement.of(SURGERY, label(SURGERY), Unit.COUNT, SURGERY_GRADE), yuan(RESEARCH_FUNDING),
					DataElement.of(RESEARCH_PAPERS, label(RESEARCH_PAPERS), Unit.COUNT),
					DataElement.of(RESEARCH_PROJECTS, label(RESEARCH_PROJECTS), Unit.COUNT)));

	@Bean
	DataElementCatalogue reportDataElementCatalogue() {
		return CATALOGUE;
	}

	private static DataElement yuan(String code) {
		return DataElement.of(code, label(code), Unit.YUAN);
	}

	private static String label(String code) {
		return "facts." + code;
	}

}
