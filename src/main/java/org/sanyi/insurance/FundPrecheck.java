package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A check of orders against the fund-supervision rules before they flow (事前): what
 * pharma's e-prescription pre-check (7101) and upload (7102) ask before a prescription
 * leaves the hospital. Owned by insurance, because both the module that holds the orders
 * (pharma) and the module that has the rules (supervision) may use insurance and neither
 * may use the other (DESIGN.md §3); implemented by fund supervision with the same engine
 * and rule book in force as its 3101. With no implementation nothing is found.
 */
public interface FundPrecheck {

	/**
	 * The violations of the rules in force for the institution's region today, at the
	 * stage before settlement (事前); empty when the orders are clean.
	 */
	List<Finding> check(Orders orders);

	/**
	 * From which day the rules in force for the region on {@code date} look at the
	 * person's earlier drug purchases before settlement (高频购药: the calendar month, 超量购药:
	 * its window of days), or empty when none of them does: the caller then reads no
	 * history at all.
	 */
	default Optional<LocalDate> purchasesSince(String institutionRegion, LocalDate date) {
		return Optional.empty();
	}

	/**
	 * Orders of one visit as the rules see them.
	 *
	 * @param institutionCode the ordering institution ({@code fixmedins_code})
	 * @param institutionRegion its registry region
	 * @param visitId the visit, or the prescription's number when there is no visit yet
	 * @param personId {@code psn_no}
	 * @param sex {@code gend} 1, 2 or 9
	 * @param birthDate {@code brdy}
	 * @param medType {@code med_type} (11 outpatient, 14 chronic and special diseases…)
	 * @param date when the orders are given
	 * @param diagnoses ICD-10 codes, the main one first
	 * @param orders the orders
	 * @param purchases the person's earlier purchases of the ordered drugs (since
	 * {@link #purchasesSince}), as the other encounters of a 3101 call carry them
	 */
	record Orders(String institutionCode, String institutionRegion, String visitId, String personId, String sex,
			LocalDate birthDate, String medType, LocalDate date, List<String> diagnoses, List<Order> orders,
			List<Purchase> purchases) {

		public Orders {
			diagnoses = List.copyOf(diagnoses);
			orders = List.copyOf(orders);
			purchases = List.copyOf(purchases);
		}

		/** Orders without purchase history. */
		public Orders(String institutionCode, String institutionRegion, String visitId, String personId, String sex,
				LocalDate birthDate, String medType, LocalDate date, List<String> diagnoses, List<Order> orders) {
			this(institutionCode, institutionRegion, visitId, personId, sex, birthDate, medType, date, diagnoses,
					orders, List.of());
		}

	}

	/**
	 * An earlier purchase of a drug by the person: a dispensed e-prescription, one per
	 * sale.
	 *
	 * @param visitId the purchase ({@code hi_rxno} and the use number): purchases are
	 * counted by it
	 * @param code national code ({@code med_list_codg})
	 * @param date the day it was dispensed
	 * @param daysSupplied days the supply lasts
	 */
	record Purchase(String visitId, String code, LocalDate date, int daysSupplied) {
	}

	/**
	 * An order.
	 *
	 * @param lineId its id in the source ({@code rx_id}: the prescription line)
	 * @param code national code ({@code med_list_codg})
	 * @param name national name
	 * @param chargeType {@code med_chrgitm_type} (09 西药, 11 中成药, …)
	 * @param quantity {@code cnt} in the item's unit
	 * @param price unit price (the catalogue's reference price; zero when unknown)
	 * @param daysSupplied days the supply lasts, 0 when not a drug
	 * @param doctor ordering doctor's code
	 * @param department ordering department's name or code
	 */
	record Order(String lineId, String code, String name, String chargeType, BigDecimal quantity, BigDecimal price,
			int daysSupplied, String doctor, String department) {
	}

	/**
	 * A violation, with what the national 3101 answer says of it.
	 *
	 * @param ruleId {@code rule_id}
	 * @param ruleName {@code rule_name}
	 * @param content {@code vola_cont}, in Chinese
	 * @param lineId the violating order's id, or empty when the whole visit is in
	 * question
	 * @param code the violating order's code (or the main diagnosis)
	 * @param amount {@code vola_amt} (元, scale 2)
	 * @param severity {@code sev_deg} 1–3
	 * @param definite 明确违规 ({@code vola_bhvr_type} 1), else 可疑 (2)
	 * @param blocking the region's reviewed rule blocks what it hits (a definite
	 * violation of it refuses the upload)
	 * @param itemType {@code vola_item_type}: the rule's kind
	 */
	record Finding(String ruleId, String ruleName, String content, String lineId, String code, BigDecimal amount,
			String severity, boolean definite, boolean blocking, String itemType) {

		/** A definite violation of a blocking rule: what refuses an upload. */
		public boolean refuses() {
			return definite && blocking;
		}

	}

}
