package org.sanyi.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;

/**
 * Who an institution's patients are: the insured persons of its township (a health
 * centre), its county (a county hospital) or the whole city with the neighbouring
 * region's insured (the city's own hospitals), by sex and age, and which of them are in
 * hospital already (nobody is admitted twice at once).
 */
final class Catchments {

	/** The persons of one catchment and sex, by age. */
	private record Pool(List<NewPerson> persons, int[] ages) {
	}

	private static final String CITY = "city";

	private final Map<String, Pool> pools = new HashMap<>();

	private final Map<String, List<LocalDate[]>> stays = new HashMap<>();

	private final LocalDate reference;

	Catchments(List<NewPerson> persons, LocalDate reference) {
		this.reference = reference;
		Map<String, List<NewPerson>> byKey = new HashMap<>();
		for (NewPerson p : persons) {
			String region = p.region();
			boolean local = p.insuredRegion().equals(InsuredPopulation.CITY);
			byKey.computeIfAbsent(CITY + p.sex(), k -> new ArrayList<>()).add(p);
			if (local) {
				byKey.computeIfAbsent(region.substring(0, 6) + p.sex(), k -> new ArrayList<>()).add(p);
				if (region.length() >= 9) {
					byKey.computeIfAbsent(region.substring(0, 9) + p.sex(), k -> new ArrayList<>()).add(p);
				}
			}
		}
		byKey.forEach((key, list) -> {
			list.sort(Comparator.comparingInt(this::age).thenComparing(NewPerson::psnNo));
			pools.put(key, new Pool(list, list.stream().mapToInt(this::age).toArray()));
		});
	}

	int age(NewPerson p) {
		return (int) ChronoUnit.YEARS.between(p.birthDate(), reference);
	}

	/**
	 * A patient of this sex aged about {@code age} (within [min, max]) from the
	 * facility's catchment, enrolled in the year of discharge and not in hospital between
	 * the dates; null when there is none. The stay is recorded.
	 */
	NewPerson patient(Dice dice, Facility facility, String sex, int age, int min, int max, LocalDate admission,
			LocalDate discharge) {
		List<String> keys = new ArrayList<>();
		if (!facility.cityLevel()) {
			if (facility.region().length() >= 9) {
				keys.add(facility.region().substring(0, 9));
			}
			keys.add(facility.county());
		}
		keys.add(CITY);
		for (String key : keys) {
			Pool pool = pools.get(key + sex);
			if (pool == null) {
				continue;
			}
			for (int spread : new int[] { 2, 5, 10, max - min }) {
				int from = lowerBound(pool.ages(), Math.max(min, age - spread));
				int to = lowerBound(pool.ages(), Math.min(max, age + spread) + 1);
				for (int attempt = 0; attempt < 6 && to > from; attempt++) {
					NewPerson p = pool.persons().get(dice.between(from, to - 1));
					if (bornBefore(p, admission) && enrolled(p, discharge.getYear()) && free(p, admission, discharge)) {
						stays.computeIfAbsent(p.psnNo(), k -> new ArrayList<>())
							.add(new LocalDate[] { admission, discharge });
						return p;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Older than a newborn at admission: a baby's first 28 days are newborn care (MDCP
	 * with birth weight), which the demo's templates and scheme do not cover.
	 */
	private static boolean bornBefore(NewPerson p, LocalDate admission) {
		return p.birthDate().plusDays(29).isBefore(admission);
	}

	private static boolean enrolled(NewPerson p, int year) {
		for (NewEnrolment e : p.enrolments()) {
			if (e.year() == year) {
				return e.status().equals("1");
			}
		}
		return false;
	}

	/**
	 * Not in hospital during the stay (a day between two stays, discharge and readmission
	 * the same day).
	 */
	private boolean free(NewPerson p, LocalDate admission, LocalDate discharge) {
		for (LocalDate[] s : stays.getOrDefault(p.psnNo(), List.of())) {
			if (!admission.isAfter(s[1]) && !discharge.isBefore(s[0])) {
				return false;
			}
		}
		return true;
	}

	private static int lowerBound(int[] sorted, int value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

}
