package org.sanyi.insurance.engine;

import java.time.LocalDate;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

/**
 * What the engine needs to know about a visit and the person: the scheme and medical
 * type, the hospital level, insured and treatment regions, person type, age,
 * civil-servant flag and special identities, the chronic disease (for 门诊慢特病), the dates,
 * and whether and how much the personal account may pay.
 *
 * @param visitId {@code mdtrt_id}, only echoed
 * @param personId {@code psn_no}, only echoed
 * @param insutype the basic scheme ({@code insutype})
 * @param medType {@code med_type}
 * @param hospitalLevel {@code hosp_lv} of the treating institution
 * @param insuredRegion 参保地 {@code insuplc_admdvs}: whose policy applies
 * @param treatmentRegion 就医地 {@code mdtrtarea_admvs}
 * @param personType {@code psn_type} (11xx in service, 12xx retired...)
 * @param age age in years at settlement
 * @param civilServant {@code cvlserv_flag}
 * @param identities special identities ({@code psn_idet_type}), e.g. 低保, 特困
 * @param diseaseCode chronic/special disease code for med_type 14; {@code null} otherwise
 * @param admissionDate visit start or admission date ({@code begntime})
 * @param settlementDate the settlement date: picks the policy version and the
 * accumulators' year
 * @param useAccount {@code acct_used_flag}
 * @param accountBalance personal-account balance before the settlement; {@code null} when
 * there is none
 * @param deductibleBorneThisAdmission for a later part of an admission already settled in
 * part this year (interim settlement, 中途结算): the deductible its earlier parts bore, so
 * the admission is not counted again and its deductible is borne once; {@code null} for a
 * visit settled for the first time
 * @param referral what is known of the stay's referral, for the policy's
 * {@link ReferralRules}; {@code null} when the settling side gave none (the rules do not
 * apply)
 * @param prescription for a purchase at a designated retail pharmacy (med_type 41): the
 * external prescription ({@code rxno} of lines with {@code rx_circ_flag} 1) it was
 * dispensed on, which the settling side has checked; {@code null} when bought without one
 * (then the funds pay nothing, see {@link #pooled()}). Ignored for other types.
 */
public record Visit(String visitId, String personId, Insutype insutype, MedType medType, HospitalLevel hospitalLevel,
		RegionCode insuredRegion, RegionCode treatmentRegion, String personType, int age, boolean civilServant,
		Set<String> identities, String diseaseCode, LocalDate admissionDate, LocalDate settlementDate,
		boolean useAccount, Money accountBalance, Money deductibleBorneThisAdmission, ReferralContext referral,
		String prescription) {

	/** A visit without referral context or prescription. */
	public Visit(String visitId, String personId, Insutype insutype, MedType medType, HospitalLevel hospitalLevel,
			RegionCode insuredRegion, RegionCode treatmentRegion, String personType, int age, boolean civilServant,
			Set<String> identities, String diseaseCode, LocalDate admissionDate, LocalDate settlementDate,
			boolean useAccount, Money accountBalance, Money deductibleBorneThisAdmission) {
		this(visitId, personId, insutype, medType, hospitalLevel, insuredRegion, treatmentRegion, personType, age,
				civilServant, identities, diseaseCode, admissionDate, settlementDate, useAccount, accountBalance,
				deductibleBorneThisAdmission, null, null);
	}

	/**
	 * This visit as a later part of an admission whose earlier parts bore
	 * {@code deductible} (a referral continuing the sender's admission).
	 */
	public Visit continuing(Money deductible) {
		return new Visit(visitId, personId, insutype, medType, hospitalLevel, insuredRegion, treatmentRegion,
				personType, age, civilServant, identities, diseaseCode, admissionDate, settlementDate, useAccount,
				accountBalance, deductible, referral, prescription);
	}

	/** This visit with what is known of its referral. */
	public Visit withReferral(ReferralContext context) {
		return new Visit(visitId, personId, insutype, medType, hospitalLevel, insuredRegion, treatmentRegion,
				personType, age, civilServant, identities, diseaseCode, admissionDate, settlementDate, useAccount,
				accountBalance, deductibleBorneThisAdmission, context, prescription);
	}

	public Visit {
		identities = identities == null ? Set.of() : Set.copyOf(identities);
		require(insutype != null, "insutype is missing");
		require(medType != null, "med_type is missing");
		require(hospitalLevel != null, "hosp_lv is missing");
		require(insuredRegion != null, "insuplc_admdvs is missing");
		require(treatmentRegion != null, "mdtrtarea_admvs is missing");
		require(settlementDate != null, "settlement date is missing");
		require(admissionDate == null || !admissionDate.isAfter(settlementDate), "admission after settlement");
		require(age >= 0 && age <= 150, age < 0 ? "age is missing" : "age " + age);
		require(accountBalance == null || !accountBalance.isNegative(), "negative account balance");
		require(deductibleBorneThisAdmission == null || !deductibleBorneThisAdmission.isNegative(),
				"negative deductible borne");
	}

	/**
	 * A builder. Defaults: no account, no identities, not a civil servant, treated in the
	 * insured region, admitted on the settlement date. The age has no default: ratio
	 * rules may depend on it.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The benefit this visit draws on; {@code INS-0008} for an unsupported medical type.
	 */
	public BenefitKind benefitKind() {
		return medType.benefitKind();
	}

	/**
	 * Whether the funds may pay for this visit: always, except a purchase at a retail
	 * pharmacy (med_type 41) without an external prescription. Since the 2023 national
	 * notice taking designated retail pharmacies into outpatient pooling, the pool pays
	 * for drugs a pharmacy dispenses on a designated institution's prescription, at the
	 * primary level's deductible, ratio and caps; a purchase without one is paid from the
	 * personal account or in cash.
	 */
	public boolean pooled() {
		return benefitKind() != BenefitKind.PHARMACY || (prescription != null && !prescription.isBlank());
	}

	public PersonGroup personGroup() {
		return PersonGroup.of(personType);
	}

	/** Local when treated in the insured pooling region, cross-region otherwise. */
	public Locality locality() {
		return insuredRegion.equals(treatmentRegion) ? Locality.LOCAL : Locality.CROSS_REGION;
	}

	/** The fund year: the calendar year of the settlement date. */
	public int year() {
		return settlementDate.getYear();
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new BusinessException(InsuranceErrors.INVALID_VISIT, reason);
		}
	}

	/**
	 * Builds a {@link Visit}; an unset region defaults to the other one, the admission
	 * date to the settlement date.
	 */
	public static final class Builder {

		private String visitId;

		private String personId;

		private Insutype insutype;

		private MedType medType;

		private HospitalLevel hospitalLevel;

		private RegionCode insuredRegion;

		private RegionCode treatmentRegion;

		private String personType;

		private int age = -1;

		private boolean civilServant;

		private Set<String> identities = Set.of();

		private String diseaseCode;

		private LocalDate admissionDate;

		private Money deductibleBorneThisAdmission;

		private LocalDate settlementDate;

		private boolean useAccount;

		private Money accountBalance;

		private ReferralContext referral;

		private String prescription;

		public Builder visitId(String value) {
			this.visitId = value;
			return this;
		}

		public Builder personId(String value) {
			this.personId = value;
			return this;
		}

		public Builder insutype(Insutype value) {
			this.insutype = value;
			return this;
		}

		public Builder medType(MedType value) {
			this.medType = value;
			return this;
		}

		public Builder hospitalLevel(HospitalLevel value) {
			this.hospitalLevel = value;
			return this;
		}

		public Builder insuredRegion(String value) {
			this.insuredRegion = RegionCode.of(value);
			return this;
		}

		public Builder treatmentRegion(String value) {
			this.treatmentRegion = RegionCode.of(value);
			return this;
		}

		public Builder personType(String value) {
			this.personType = value;
			return this;
		}

		public Builder age(int value) {
			this.age = value;
			return this;
		}

		public Builder civilServant(boolean value) {
			this.civilServant = value;
			return this;
		}

		public Builder identities(Set<String> value) {
			this.identities = value;
			return this;
		}

		public Builder diseaseCode(String value) {
			this.diseaseCode = value;
			return this;
		}

		public Builder admissionDate(LocalDate value) {
			this.admissionDate = value;
			return this;
		}

		public Builder settlementDate(LocalDate value) {
			this.settlementDate = value;
			return this;
		}

		/** Use the personal account, with the balance before this settlement. */
		public Builder account(Money balance) {
			this.useAccount = true;
			this.accountBalance = balance;
			return this;
		}

		/**
		 * The balance is known but the patient does not use the account
		 * ({@code acct_used_flag = 0}).
		 */
		public Builder accountNotUsed(Money balance) {
			this.useAccount = false;
			this.accountBalance = balance;
			return this;
		}

		/**
		 * A later part of an admission whose earlier parts (interim settlements) bore
		 * {@code deductible}.
		 */
		public Builder continuingAdmission(Money deductible) {
			this.deductibleBorneThisAdmission = deductible;
			return this;
		}

		/** What is known of the stay's referral (see {@link ReferralRules}). */
		public Builder referral(ReferralContext value) {
			this.referral = value;
			return this;
		}

		/**
		 * The external prescription a pharmacy purchase was dispensed on ({@code rxno}).
		 */
		public Builder prescription(String value) {
			this.prescription = value;
			return this;
		}

		public Visit build() {
			RegionCode insured = insuredRegion != null ? insuredRegion : treatmentRegion;
			RegionCode treated = treatmentRegion != null ? treatmentRegion : insured;
			LocalDate admitted = admissionDate != null ? admissionDate : settlementDate;
			return new Visit(visitId, personId, insutype, medType, hospitalLevel, insured, treated, personType, age,
					civilServant, identities, diseaseCode, admitted, settlementDate, useAccount, accountBalance,
					deductibleBorneThisAdmission, referral, prescription);
		}

	}

}
