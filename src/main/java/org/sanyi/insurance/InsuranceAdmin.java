package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Bulk writes of the insurance module for the demo generator, data migrations and tests:
 * enrolment, the catalogue, policy versions imported as approved, gateway credentials,
 * fund contributions, and recorded activity settled through the same engine and ledger as
 * the gateway. Each call is one transaction, all or nothing.
 */
public interface InsuranceAdmin {

	/** Whether any insured person exists. */
	boolean hasPersons();

	/**
	 * Creates the persons with their identities, enrolments and (employees) personal
	 * accounts with deposits.
	 */
	int enrol(List<NewPerson> persons);

	/** Inserts or replaces catalogue items (what 1301-1319 would download). */
	void saveCatalogue(List<CatalogueItem> items);

	List<CatalogueItem> catalogue();

	/**
	 * Copies the terminology module's catalogue in force today (its owner) into the
	 * settlement-time catalogue: class, 先行自付 ratio and price cap of every drug,
	 * consumable and service item; returns how many were copied.
	 */
	int synchroniseCatalogue();

	/**
	 * Stores a policy version as approved, without the two-officer review: for policies
	 * that are already in force elsewhere and are being loaded (a migration, the demo).
	 * Returns its id. Fails with INS-0014 when the parameters are not a valid policy and
	 * INS-0019 when it overlaps an approved version.
	 */
	long importPolicy(NewPolicyVersion version);

	/**
	 * Creates the gateway account {@code paasid} of an institution signing with the
	 * provinces' published scheme ({@link SigningScheme#TIF_SHA256}, what HIS vendors
	 * ship); the secret is stored encrypted.
	 */
	void issueCredential(String paasid, String institutionCode, String secret);

	/**
	 * The same with the given signing scheme (the body-covering
	 * {@link SigningScheme#HMAC}, for instance).
	 */
	void issueCredential(String paasid, String institutionCode, String secret, SigningScheme scheme);

	/**
	 * Posts contributions into a pooled fund ({@code fund_pay_type} 310100, 390100,
	 * 390200 ...) of a region: the fund's income side of the ledger.
	 */
	void postContribution(String fundPayType, String region, LocalDate date, BigDecimal amount);

	/**
	 * Settles recorded visits (already finished, in date order) through the settlement
	 * engine and persists them exactly as the gateway would: visit, diagnoses, fee lines,
	 * settlement, fund rows, year-to-date totals, account, ledger and clearing. For
	 * loading history; it assumes nobody else settles meanwhile.
	 */
	ActivityResult settleRecorded(List<RecordedVisit> visits);

	/**
	 * A person to enrol.
	 *
	 * @param psnNo person number, unique
	 * @param certNo ID number (validated, GB 11643)
	 * @param name full name
	 * @param sex {@code 1} male, {@code 2} female
	 * @param birthDate date of birth
	 * @param insuredRegion the pooling region insured in (参保地)
	 * @param region where the person lives (county, township or village code)
	 * @param psnType national person type (1101 in service, 1201 retired, 1501 adult
	 * resident ...)
	 * @param civilServant {@code cvlserv_flag}
	 * @param cardNo social-security card number, or {@code null}
	 * @param employer employer name (employees), or {@code null}
	 * @param identities special identities with their dates
	 * @param enrolments one per scheme and year
	 * @param deposits personal-account deposits (employees only)
	 */
	record NewPerson(String psnNo, String certNo, String name, String sex, LocalDate birthDate, String insuredRegion,
			String region, String psnType, boolean civilServant, String cardNo, String employer,
			List<NewIdentity> identities, List<NewEnrolment> enrolments, List<Deposit> deposits) {

		public NewPerson {
			identities = List.copyOf(identities);
			enrolments = List.copyOf(enrolments);
			deposits = List.copyOf(deposits);
		}

	}

	/**
	 * A special identity ({@code psn_idet_type}, local code) valid from a date, until a
	 * date or open.
	 */
	record NewIdentity(String type, LocalDate from, LocalDate to) {
	}

	/**
	 * Enrolment in a scheme for a year; {@code status} is psn_insu_stas 1 (normal), 2
	 * (paused) or 4 (ended).
	 */
	record NewEnrolment(String insutype, int year, String status, LocalDate since) {
	}

	/** A deposit into the personal account. */
	record Deposit(LocalDate date, BigDecimal amount) {
	}

	/**
	 * A catalogue item.
	 *
	 * @param code {@code med_list_codg}
	 * @param name the item's name
	 * @param chargeType {@code med_chrgitm_type} 01-14
	 * @param catalogueClass {@code chrgitm_lv} 01 甲, 02 乙, 03 丙
	 * @param selfPayRatio 先行自付 ratio (乙类), 0 for 甲类, 1 for 丙类
	 * @param priceCap {@code pric_uplmt_amt}, or {@code null}
	 * @param restricted {@code lmt_used_flag}
	 * @param referencePrice a typical unit price (for generated activity)
	 */
	record CatalogueItem(String code, String name, String chargeType, String catalogueClass, BigDecimal selfPayRatio,
			BigDecimal priceCap, boolean restricted, BigDecimal referencePrice) {
	}

	/**
	 * A policy version to import.
	 *
	 * @param code stable identifier, e.g. {@code 359900-390-2026}
	 * @param region pooling region
	 * @param insutype 310 or 390
	 * @param effectiveFrom first day
	 * @param effectiveTo last day, or {@code null}
	 * @param parametersJson the rule rows as JSON (see docs/modules/insurance.md, "Policy
	 * parameters")
	 * @param summary what this version is
	 */
	record NewPolicyVersion(String code, String region, String insutype, LocalDate effectiveFrom, LocalDate effectiveTo,
			String parametersJson, String summary) {
	}

	/**
	 * Settles a finished stay live, as a hospital's HIS does at the gateway (2401, 2301,
	 * 2402, 2304 in one transaction) with the policy version in force, its referral rules
	 * included; for the demo's referred stays. Returns the {@code setl_id}.
	 */
	String settleStay(RecordedVisit stay);

	/**
	 * Settles a designated retail pharmacy's sale live, as its system does at the gateway
	 * (2201, 2203 med_type 41, 2204, 2207) in one transaction: every line dispensed on
	 * the external prescription {@code rxno} (外配处方, pooled as primary outpatient once
	 * pharma agrees the prescription may be sold there), or none when {@code rxno} is
	 * {@code null} (account or cash). Returns the {@code setl_id}; the sale's 7206 names
	 * it.
	 */
	String settlePharmacySale(RecordedVisit sale, String rxno);

	/** Whether any 转院备案 (2501) was filed. */
	boolean hasReferralRegistrations();

	/**
	 * Files a 转院备案 (2501) for the referring institution as its HIS does at the gateway,
	 * with the same checks; for the demo. Returns the serial ({@code trt_dcla_detl_sn}).
	 */
	String fileReferral(String institutionCode, ReferralFiling filing);

	/**
	 * A referral registration to file.
	 *
	 * @param target the institution referred to ({@code reflin_medins_no})
	 * @param from {@code begndate}
	 * @param until {@code enddate}
	 */
	record ReferralFiling(String psnNo, String insutype, String diagnosisCode, String diagnosisName, String condition,
			String target, LocalDate from, LocalDate until, String reason) {
	}

	/**
	 * A finished visit to settle.
	 *
	 * @param institutionCode where
	 * @param psnNo who
	 * @param insutype which scheme
	 * @param medType 11, 14, 21 ...
	 * @param begin visit start or admission
	 * @param end visit end or discharge
	 * @param diagnoses ICD-10 code and name pairs, the main one first
	 * @param lines the fee lines
	 * @param useAccount {@code acct_used_flag}
	 * @param doctorCode the attending doctor ({@code atddr_no}), or {@code null}
	 * @param externalRx for a pharmacy's sale (med_type 41) dispensed on a hospital's
	 * external prescription (外配处方), its number: every line carries it ({@code ext_rxno})
	 * and the purchase is pooled as the gateway settles one; {@code null} for a sale
	 * without one and for any other visit
	 */
	record RecordedVisit(String institutionCode, String psnNo, String insutype, String medType, LocalDateTime begin,
			LocalDateTime end, List<Diagnosis> diagnoses, List<RecordedLine> lines, boolean useAccount,
			String doctorCode, String externalRx) {

		public RecordedVisit {
			diagnoses = List.copyOf(diagnoses);
			lines = List.copyOf(lines);
		}

		/** A visit not dispensed on an external prescription. */
		public RecordedVisit(String institutionCode, String psnNo, String insutype, String medType, LocalDateTime begin,
				LocalDateTime end, List<Diagnosis> diagnoses, List<RecordedLine> lines, boolean useAccount,
				String doctorCode) {
			this(institutionCode, psnNo, insutype, medType, begin, end, diagnoses, lines, useAccount, doctorCode, null);
		}

		/** A visit without a named doctor. */
		public RecordedVisit(String institutionCode, String psnNo, String insutype, String medType, LocalDateTime begin,
				LocalDateTime end, List<Diagnosis> diagnoses, List<RecordedLine> lines, boolean useAccount) {
			this(institutionCode, psnNo, insutype, medType, begin, end, diagnoses, lines, useAccount, null, null);
		}

	}

	/** A diagnosis: ICD-10 code and name. */
	record Diagnosis(String code, String name) {
	}

	/**
	 * A fee line: catalogue code, quantity, unit price (the amount is their product,
	 * HALF_UP to the fen), for a drug the days it supplies as the HIS said them
	 * ({@code prd_days}; {@code null} when not said), and the day of the stay it was
	 * charged on (days after the visit began; {@code null} for the first).
	 */
	record RecordedLine(String code, BigDecimal quantity, BigDecimal unitPrice, Integer prdDays, Integer day) {

		/** A line without days supplied, charged on the visit's first day. */
		public RecordedLine(String code, BigDecimal quantity, BigDecimal unitPrice) {
			this(code, quantity, unitPrice, null, null);
		}

		/** A line with days supplied, charged on the visit's first day. */
		public RecordedLine(String code, BigDecimal quantity, BigDecimal unitPrice, Integer prdDays) {
			this(code, quantity, unitPrice, prdDays, null);
		}

		/**
		 * When the line was charged: {@code day} days after the visit began (the same
		 * time of day), or when it began.
		 */
		public java.time.LocalDateTime chargedAt(java.time.LocalDateTime begin) {
			return day == null ? begin : begin.plusDays(day);
		}

	}

	/**
	 * What {@link #settleRecorded} did: settlements posted, and visits skipped because
	 * the engine refused them.
	 */
	record ActivityResult(int settled, int refused, long ledgerEntries) {
	}

}
