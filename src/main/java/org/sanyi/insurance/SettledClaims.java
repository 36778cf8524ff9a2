package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read API over settled visits for fund supervision's audit after settlement (事后): the
 * settlements of a period that are still in force (not reversed), with the person's sex
 * and birth date, the diagnoses and the fee lines they paid. Pages are ordered by person,
 * then settlement date, so that rules spanning visits see a person's claims together.
 */
public interface SettledClaims {

	/**
	 * A page of the settlements of institutions under a region (code prefix) settled in a
	 * period.
	 * @param regionPrefix institution region prefix ({@code 3599} for a city)
	 * @param from first settlement date
	 * @param to last settlement date
	 * @param after the key of the last claim of the previous page, or {@code null} for
	 * the first page
	 * @param limit most claims in the page
	 */
	List<Claim> settled(String regionPrefix, LocalDate from, LocalDate to, Key after, int limit);

	/**
	 * One settlement still in force (not reversed) with its fee lines, or empty: what a
	 * designated pharmacy's sale is written off against (pharma's 7206).
	 * @param settlementId {@code setl_id}
	 */
	Optional<Claim> find(String settlementId);

	/**
	 * A person's purchases of the given drugs in settlements still in force, settled from
	 * {@code from} to {@code to}: one per settlement and drug whose quantity, refunds
	 * taken off, is still positive. What 高频购药 counts besides e-prescriptions (a
	 * hospital's outpatient visit, a pharmacy's sale without one). One statement through
	 * the person's index ({@code ins_settlement_person}).
	 * @param personId {@code psn_no}
	 * @param codes {@code med_list_codg} of the drugs
	 */
	List<DrugPurchase> drugPurchases(String personId, java.util.Collection<String> codes, LocalDate from, LocalDate to);

	/**
	 * A settled purchase of a drug.
	 *
	 * @param settlementId {@code setl_id}
	 * @param visitId {@code mdtrt_id}
	 * @param code {@code med_list_codg}
	 * @param date the day of its first fee line, or the settlement's
	 * @param daysSupplied the longest {@code prd_days} its lines of the drug said; 0 when
	 * none did
	 */
	record DrugPurchase(String settlementId, String visitId, String code, LocalDate date, int daysSupplied) {
	}

	/** Where a page ends: the person and settlement id of its last claim. */
	record Key(String personId, String settlementId) {
	}

	/**
	 * A settled visit.
	 *
	 * @param settlementId {@code setl_id}
	 * @param visitId {@code mdtrt_id}
	 * @param personId {@code psn_no}
	 * @param sex {@code gend}
	 * @param birthDate {@code brdy}
	 * @param institutionCode {@code fixmedins_code}
	 * @param institutionRegion the institution's registry region
	 * @param hospitalLevel {@code hosp_lv}
	 * @param medType {@code med_type}
	 * @param crossRegion treated outside the insured region
	 * @param admission {@code begndate}
	 * @param discharge {@code enddate}
	 * @param settled {@code setl_date}
	 * @param doctor the visit's attending doctor code ({@code atddr_no}), or empty
	 * @param diagnoses ICD-10 codes, the main one first
	 * @param lines the fee lines the settlement paid
	 * @param insutype the scheme (险种) it was settled under, {@code null} when not known
	 */
	record Claim(String settlementId, String visitId, String personId, String sex, LocalDate birthDate,
			String institutionCode, String institutionRegion, String hospitalLevel, String medType, boolean crossRegion,
			LocalDate admission, LocalDate discharge, LocalDate settled, String doctor, List<String> diagnoses,
			List<Line> lines, String insutype) {

		public Claim {
			diagnoses = List.copyOf(diagnoses);
			lines = List.copyOf(lines);
		}

		/** A settled visit whose scheme is not known. */
		public Claim(String settlementId, String visitId, String personId, String sex, LocalDate birthDate,
				String institutionCode, String institutionRegion, String hospitalLevel, String medType,
				boolean crossRegion, LocalDate admission, LocalDate discharge, LocalDate settled, String doctor,
				List<String> diagnoses, List<Line> lines) {
			this(settlementId, visitId, personId, sex, birthDate, institutionCode, institutionRegion, hospitalLevel,
					medType, crossRegion, admission, discharge, settled, doctor, diagnoses, lines, null);
		}

		public Key key() {
			return new Key(personId, settlementId);
		}

	}

	/**
	 * A fee line.
	 *
	 * @param lineId {@code feedetl_sn}
	 * @param code {@code med_list_codg}
	 * @param name item name
	 * @param hospitalCode {@code medins_list_codg}
	 * @param chargeType {@code med_chrgitm_type}
	 * @param date {@code fee_ocur_time}'s date
	 * @param quantity {@code cnt}
	 * @param price {@code pric}
	 * @param amount {@code det_item_fee_sumamt}
	 * @param doctor {@code bilg_dr_codg}
	 * @param department {@code bilg_dept_codg}
	 * @param daysSupplied {@code prd_days}, the days a drug line supplies; 0 when the HIS
	 * did not say
	 */
	record Line(String lineId, String code, String name, String hospitalCode, String chargeType, LocalDate date,
			BigDecimal quantity, BigDecimal price, BigDecimal amount, String doctor, String department,
			int daysSupplied) {
	}

}
