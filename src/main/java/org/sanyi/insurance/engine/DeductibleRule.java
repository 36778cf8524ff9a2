package org.sanyi.insurance.engine;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.shared.Money;

/**
 * A deductible (起付线) standard: the first part of the policy-scope amount that the patient
 * bears before the pool pays. For {@link DeductiblePeriod#PER_ADMISSION} {@code amounts}
 * holds the standard of the 1st, 2nd, ... admission of the year, the last one repeating
 * (e.g. 600, 300 = 600 for the first admission, 300 for every later one). The other
 * periods use one amount.
 *
 * @param when the visits it applies to
 * @param period per visit, per admission or per year
 * @param amounts the standard(s), each ≥ 0
 */
public record DeductibleRule(Selector when, DeductiblePeriod period, List<Money> amounts) {

	public DeductibleRule {
		amounts = amounts == null ? List.of() : List.copyOf(amounts);
	}

	/**
	 * A deductible per admission: the first admission's, then the later admissions'
	 * standards.
	 */
	public static DeductibleRule perAdmission(Selector when, Money first, Money... later) {
		var all = new ArrayList<Money>();
		all.add(first);
		all.addAll(List.of(later));
		return new DeductibleRule(when, DeductiblePeriod.PER_ADMISSION, all);
	}

	public static DeductibleRule perYear(Selector when, Money amount) {
		return new DeductibleRule(when, DeductiblePeriod.PER_YEAR, List.of(amount));
	}

	public static DeductibleRule perVisit(Selector when, Money amount) {
		return new DeductibleRule(when, DeductiblePeriod.PER_VISIT, List.of(amount));
	}

	/**
	 * The standard for an admission when {@code admissionsBefore} were already settled
	 * this year.
	 */
	Money standardFor(int admissionsBefore) {
		return amounts.get(Math.min(admissionsBefore, amounts.size() - 1));
	}

}
