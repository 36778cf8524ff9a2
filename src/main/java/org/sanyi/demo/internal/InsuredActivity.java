package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * A year of medical activity of the insured sample, 1 November 2025 to 31 October 2026
 * (so both the 2025 and 2026 policy versions apply), as a stated sample of a real city's:
 * every hospital and health centre discharges its beds' share of inpatient cases
 * ({@link InpatientCases}: the sampling ratio of what an institution of its kind, level
 * and beds discharges, with diagnoses, procedures, departments and fee lines that fit the
 * institution and each other), and every person has outpatient visits at the outpatient
 * sampling ratio ({@link OutpatientVisits}). A pure function of its inputs.
 */
public final class InsuredActivity {

	public static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	/** Mid-year, for the ages that decide who is treated for what. */
	private static final LocalDate MID_YEAR = LocalDate.of(2026, 5, 1);

	private InsuredActivity() {
	}

	/**
	 * The year: every visit to settle, and the inpatient stays by
	 * {@link InpatientCase#key()}.
	 */
	public record Year(List<RecordedVisit> visits, Map<String, InpatientCase> inpatient) {
	}

	/**
	 * @param inpatientSample the share of a real institution's discharges generated (the
	 * sampling ratio at this scale)
	 * @param outpatientSample the share of the population's outpatient visits generated
	 */
	public static Year generate(long seed, List<NewPerson> persons, List<Facility> facilities,
			List<CatalogueItem> catalogue, double inpatientSample, double outpatientSample) {
		Map<String, BigDecimal> prices = prices(catalogue);
		Dice dice = new Dice(seed ^ 0xAC7L);
		var inpatient = new InpatientCases(new Dice(seed ^ 0x1A7L), CaseTemplate.load(), FeeProfiles.load(), prices,
				new Catchments(persons, MID_YEAR));
		Map<String, InpatientCase> stays = new LinkedHashMap<>();
		for (Facility f : facilities) {
			for (InpatientCase c : inpatient.at(f, YearMonth.from(FIRST_DAY), inpatientSample)) {
				stays.put(c.key(), c);
			}
		}
		List<RecordedVisit> visits = new ArrayList<>(
				outpatient(dice, persons, facilities, prices, outpatientSample / inpatientSample));
		stays.values().forEach(c -> visits.add(c.visit()));
		return new Year(visits, stays);
	}

	/** The catalogue's reference price of each item, by code. */
	static Map<String, BigDecimal> prices(List<CatalogueItem> catalogue) {
		Map<String, BigDecimal> prices = new HashMap<>();
		catalogue.forEach(item -> prices.put(item.code(), item.referencePrice()));
		return prices;
	}

	/**
	 * The discharges the year plans at a facility: its beds' real yearly discharges times
	 * the sample.
	 */
	public static double expectedDischarges(Facility facility, double inpatientSample) {
		return InpatientCases.expectedPerYear(facility, inpatientSample);
	}

	/**
	 * Each person's outpatient visits: the real yearly number at their age, times the
	 * share sampled.
	 */
	private static List<RecordedVisit> outpatient(Dice dice, List<NewPerson> persons, List<Facility> facilities,
			Map<String, BigDecimal> prices, double share) {
		var outpatient = new OutpatientVisits(dice, prices, facilities);
		int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
		List<RecordedVisit> visits = new ArrayList<>();
		for (NewPerson person : persons) {
			int age = Math.max(0, (int) ChronoUnit.YEARS.between(person.birthDate(), MID_YEAR));
			double expected = OutpatientVisits.visitsPerYear(age) * share;
			int count = (int) expected + (dice.chance(expected - Math.floor(expected)) ? 1 : 0);
			for (int i = 0; i < count; i++) {
				LocalDateTime begin = FIRST_DAY.plusDays(dice.between(0, days - 1))
					.atTime(dice.between(8, 17), dice.between(0, 59));
				RecordedVisit visit = outpatient.visit(person, begin);
				if (OutpatientVisits.enrolled(person, begin.toLocalDate())) {
					visits.add(visit);
				}
			}
		}
		return visits;
	}

	/**
	 * One more stay of a named person (the portal resident's), drawn like the others from
	 * the template, discharged on the given day at the facility.
	 */
	public static InpatientCase stayOf(long seed, NewPerson person, Facility facility, String templateKey,
			LocalDate discharge, List<CatalogueItem> catalogue) {
		Map<String, BigDecimal> prices = prices(catalogue);
		CaseTemplate template = CaseTemplate.load()
			.stream()
			.filter(t -> t.key().equals(templateKey))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no case template " + templateKey));
		var cases = new InpatientCases(new Dice(seed ^ person.psnNo().hashCode()), List.of(template),
				FeeProfiles.load(), prices, new Catchments(List.of(person), MID_YEAR));
		int stay = (template.stayMin() + template.stayMax()) / 2;
		return cases.stay(template, facility, person, discharge.minusDays(stay), discharge, false, false);
	}

}
