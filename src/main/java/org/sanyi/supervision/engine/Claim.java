package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A visit with its fee lines as the rules see it.
 *
 * @param visitId {@code mdtrt_id}
 * @param settlementId {@code setl_id}, or empty before settlement
 * @param personId {@code psn_no}
 * @param sex the patient's sex
 * @param birthDate date of birth, or {@code null} when unknown
 * @param institutionCode {@code fixmedins_code}
 * @param hospitalLevel 0–3 ({@link HospitalLevels})
 * @param scene where the care happened
 * @param admission visit start or admission date
 * @param discharge visit end or discharge date (the admission date while still in)
 * @param diagnoses ICD-10 codes, the main diagnosis first
 * @param lines the fee lines
 * @param deathDate the insured person's registered date of death, or {@code null} (none
 * registered, or not looked up because no rule needs it)
 * @param chronic a 门诊慢特病 visit ({@code med_type} 14…), whose drugs may be prescribed for
 * longer (长处方)
 * @param insutype the scheme (险种) the visit is settled under, or {@code null} when not
 * known
 * @param institutionType the institution's type (医疗机构类型), or {@code null} when not known
 */
public record Claim(String visitId, String settlementId, String personId, Sex sex, LocalDate birthDate,
		String institutionCode, int hospitalLevel, Scene scene, LocalDate admission, LocalDate discharge,
		List<String> diagnoses, List<ClaimLine> lines, LocalDate deathDate, boolean chronic, String insutype,
		InstitutionType institutionType) {

	public Claim {
		diagnoses = List.copyOf(diagnoses);
		lines = List.copyOf(lines);
	}

	/** A claim of a person without a registered death. */
	public Claim(String visitId, String settlementId, String personId, Sex sex, LocalDate birthDate,
			String institutionCode, int hospitalLevel, Scene scene, LocalDate admission, LocalDate discharge,
			List<String> diagnoses, List<ClaimLine> lines) {
		this(visitId, settlementId, personId, sex, birthDate, institutionCode, hospitalLevel, scene, admission,
				discharge, diagnoses, lines, null, false, null, null);
	}

	/** The same claim, settled under the scheme {@code code} (险种). */
	public Claim withInsutype(String code) {
		return new Claim(visitId, settlementId, personId, sex, birthDate, institutionCode, hospitalLevel, scene,
				admission, discharge, diagnoses, lines, deathDate, chronic, code, institutionType);
	}

	/** The same claim of a person who died on {@code date} ({@code null}: no death). */
	public Claim withDeathDate(LocalDate date) {
		return new Claim(visitId, settlementId, personId, sex, birthDate, institutionCode, hospitalLevel, scene,
				admission, discharge, diagnoses, lines, date, chronic, insutype, institutionType);
	}

	/** The same claim, at a 门诊慢特病 visit or not. */
	public Claim withChronic(boolean chronicVisit) {
		return new Claim(visitId, settlementId, personId, sex, birthDate, institutionCode, hospitalLevel, scene,
				admission, discharge, diagnoses, lines, deathDate, chronicVisit, insutype, institutionType);
	}

	/** The same claim, at an institution of this type ({@code null}: not known). */
	public Claim withInstitutionType(InstitutionType type) {
		return new Claim(visitId, settlementId, personId, sex, birthDate, institutionCode, hospitalLevel, scene,
				admission, discharge, diagnoses, lines, deathDate, chronic, insutype, type);
	}

	/** Whether {@code med_type} is 门诊慢特病 (14, or a local code under it). */
	public static boolean chronicMedType(String medType) {
		return medType != null && medType.startsWith("14");
	}

	/** Age in full years at the start of the visit, -1 when the birth date is unknown. */
	public int age() {
		return birthDate == null ? -1 : Period.between(birthDate, admission).getYears();
	}

	/** The main diagnosis, or empty. */
	public String mainDiagnosis() {
		return diagnoses.isEmpty() ? "" : diagnoses.getFirst();
	}

	/**
	 * Days in hospital as the national lists count them: discharge − admission, at least
	 * 1.
	 */
	public int lengthOfStay() {
		return Math.max(1, (int) (discharge.toEpochDay() - admission.toEpochDay()));
	}

	/** The sum of the lines. */
	public BigDecimal total() {
		BigDecimal sum = BigDecimal.ZERO;
		for (ClaimLine line : lines) {
			sum = sum.add(line.amount());
		}
		return sum;
	}

}
