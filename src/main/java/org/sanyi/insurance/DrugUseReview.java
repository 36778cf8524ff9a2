package org.sanyi.insurance;

import java.time.LocalDate;
import java.util.List;

/**
 * The rational-drug-use review (合理用药: interactions, contraindications, duplicate therapy,
 * antimicrobial tiers against the prescriber's title) of the drug orders a HIS sends to
 * 3101/3102, answered next to the fund-supervision rules in the same result. Owned by
 * insurance for the reason {@link FundPrecheck} is, the other way round: fund supervision
 * runs 3101/3102 and pharma has the review rules, and neither may use the other
 * (DESIGN.md §3). With no implementation nothing is found.
 */
public interface DrugUseReview {

	/**
	 * The findings of the review rules in force for the institution's region on the
	 * encounter's drug orders; empty when none applies.
	 */
	List<Finding> review(Encounter encounter);

	/**
	 * One encounter's drug orders as the review sees them.
	 *
	 * @param institutionRegion the ordering institution's registry region
	 * @param date the encounter's start ({@code adm_date})
	 * @param sex {@code gend} 1, 2 or 9
	 * @param birthDate {@code brdy}
	 * @param pregnant {@code matn_stas} says pregnant
	 * @param orders the drug orders (services and materials left out)
	 */
	record Encounter(String institutionRegion, LocalDate date, String sex, LocalDate birthDate, boolean pregnant,
			List<Order> orders) {

		public Encounter {
			orders = List.copyOf(orders);
		}

	}

	/**
	 * A drug order.
	 *
	 * @param lineId {@code rx_id}
	 * @param code {@code hilist_code}
	 * @param name {@code hilist_name}
	 * @param prescriberTitle 1 住院医师 … 4 主任医师 from {@code drord_dr_profttl}, 0 when not
	 * sent (the tier check is then left out)
	 */
	record Order(String lineId, String code, String name, int prescriberTitle) {
	}

	/**
	 * A finding.
	 *
	 * @param ruleId the review rule ({@code R-DDI}, {@code R-CI-PREGNANCY}…)
	 * @param ruleName what the rule checks, in Chinese
	 * @param content what was found, in Chinese
	 * @param reviewItem the 处方点评 item it is reported under
	 * @param blocking whether the region's table makes it blocking (an e-prescription
	 * with it is refused; at 3101/3102 it is a definite finding, a warning otherwise)
	 * @param lineIds the orders it concerns
	 */
	record Finding(String ruleId, String ruleName, String content, String reviewItem, boolean blocking,
			List<String> lineIds) {

		public Finding {
			lineIds = List.copyOf(lineIds);
		}

	}

}
