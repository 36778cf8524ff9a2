package org.sanyi.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.demo.internal.CaseTemplate.CaseProcedure;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * A generated inpatient stay: the visit the insurance module settles and what the
 * hospital's settlement list (4101) says about it besides (department, procedures), which
 * the settlement does not carry.
 *
 * @param template the case template it was drawn from
 * @param patient the insured person
 * @param department the national department code of admission and discharge
 * ({@code A03.04})
 * @param procedures main procedure first; empty for a medical case
 * @param visit the settled visit: diagnoses (main first) and fee lines
 */
public record InpatientCase(CaseTemplate template, NewPerson patient, String department, List<CaseProcedure> procedures,
		RecordedVisit visit) {

	public InpatientCase {
		procedures = List.copyOf(procedures);
	}

	public LocalDate admission() {
		return visit.begin().toLocalDate();
	}

	public LocalDate discharge() {
		return visit.end().toLocalDate();
	}

	public List<Diagnosis> diagnoses() {
		return visit.diagnoses();
	}

	/**
	 * How a settlement of this stay is found again: person, institution, admission and
	 * discharge dates.
	 */
	public String key() {
		return key(patient.psnNo(), visit.institutionCode(), admission(), discharge());
	}

	public static String key(String psnNo, String institutionCode, LocalDate admission, LocalDate discharge) {
		return psnNo + "|" + institutionCode + "|" + admission + "|" + discharge;
	}

}
