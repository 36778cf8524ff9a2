package org.sanyi.pharma.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.Resistance.Isolate;
import org.sanyi.pharma.engine.Resistance.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** The national 细菌耐药 warning lines: exceeded, not reached. */
class ResistanceTest {

	@Test
	void theRateIsResistantOverTested() {
		assertThat(Resistance.rate(66, 120)).isEqualByComparingTo("55.00");
		assertThat(Resistance.rate(1, 3)).isEqualByComparingTo("33.33");
		assertThat(Resistance.rate(0, 0)).isNull();
	}

	@Test
	void eachLevelNeedsItsThresholdExceeded() {
		assertThat(Resistance.warning(30, 100)).isEqualTo(Warning.NONE);
		assertThat(Resistance.warning(31, 100)).isEqualTo(Warning.NOTIFY);
		assertThat(Resistance.warning(40, 100)).isEqualTo(Warning.NOTIFY);
		assertThat(Resistance.warning(41, 100)).isEqualTo(Warning.CAUTION);
		assertThat(Resistance.warning(50, 100)).isEqualTo(Warning.CAUTION);
		assertThat(Resistance.warning(51, 100)).isEqualTo(Warning.BY_SUSCEPTIBILITY);
		assertThat(Resistance.warning(75, 100)).isEqualTo(Warning.BY_SUSCEPTIBILITY);
		assertThat(Resistance.warning(76, 100)).isEqualTo(Warning.SUSPEND);
		// 301 of 1,000 is 30.1 %: above the line although it rounds to 30.10
		assertThat(Resistance.warning(301, 1_000)).isEqualTo(Warning.NOTIFY);
	}

	@Test
	void fewerIsolatesThanTheMinimumRaiseNoWarning() {
		assertThat(Resistance.warning(9, 9)).isEqualTo(Warning.NONE);
		assertThat(Resistance.warning(10, 10)).isEqualTo(Warning.SUSPEND);
	}

	@Test
	void onlyTheFirstIsolateOfAnOrganismPerPatientCounts() {
		Isolate day1 = isolate("p1", "H1", "aba", "2026-03-02", "S0002");
		Isolate day4 = isolate("p1", "H1", "aba", "2026-03-05", "S0009");
		Isolate day9 = isolate("p1", "H1", "aba", "2026-03-10", "S0015");
		// another organism of the same patient is a first isolate of its own
		Isolate klebsiella = isolate("p1", "H1", "kpn", "2026-03-05", "S0010");
		// the same key at another laboratory is another patient
		Isolate otherHospital = isolate("p1", "H2", "aba", "2026-03-07", "L0001");
		Isolate otherPatient = isolate("p2", "H1", "aba", "2026-03-01", "S0001");

		assertThat(Resistance.firstIsolates(List.of(day9, day4, klebsiella, day1, otherHospital, otherPatient)))
			.containsExactlyInAnyOrder(day1, klebsiella, otherHospital, otherPatient);
	}

	@Test
	void aTieOfOneDayGoesToTheLowerSpecimenAndIsolatesWithoutAPatientAreAllKept() {
		Isolate b = isolate("p1", "H1", "eco", "2026-03-02", "S0007");
		Isolate a = isolate("p1", "H1", "eco", "2026-03-02", "S0003");
		Isolate anonymous1 = isolate("", "H1", "eco", "2026-03-02", "S0004");
		Isolate anonymous2 = isolate("", "H1", "eco", "2026-03-03", "S0005");

		assertThat(Resistance.firstIsolates(List.of(b, a, anonymous1, anonymous2))).containsExactlyInAnyOrder(a,
				anonymous1, anonymous2);
		assertThat(Resistance.firstIsolates(List.of())).isEmpty();
	}

	@Test
	void theFirstIsolateIsCountedPerCalendarYear() {
		// CLSI M39's analysis period is the year: a patient cultured on 30 December and
		// again on 3 and 20 January has a first isolate in each year
		Isolate december = isolate("p1", "H1", "aba", "2025-12-30", "S0100");
		Isolate january = isolate("p1", "H1", "aba", "2026-01-03", "S0101");
		Isolate later = isolate("p1", "H1", "aba", "2026-01-20", "S0102");

		assertThat(Resistance.firstIsolates(List.of(later, january, december))).containsExactlyInAnyOrder(december,
				january);
		// whatever else is passed, the January isolate stays the year's first
		assertThat(Resistance.firstIsolates(List.of(january, later))).containsExactly(january);
	}

	@Test
	void repeatCulturesOfAResistantStrainNoLongerInflateTheRate() {
		// 10 patients, 6 with a resistant strain cultured three times each: 6 × 3 + 4 =
		// 22
		// isolates of which 18 resistant (81.8 %, SUSPEND); first isolates 6 of 10 (60 %)
		List<Isolate> all = new ArrayList<>();
		List<Isolate> resistant = new ArrayList<>();
		for (int p = 0; p < 10; p++) {
			int cultures = p < 6 ? 3 : 1;
			for (int c = 0; c < cultures; c++) {
				Isolate i = isolate("p" + p, "H1", "aba", "2026-03-0" + (c + 1), "S" + p + c);
				all.add(i);
				if (p < 6) {
					resistant.add(i);
				}
			}
		}
		assertThat(Resistance.warning(resistant.size(), all.size())).isEqualTo(Warning.SUSPEND);
		var firsts = Resistance.firstIsolates(all);
		long firstResistant = firsts.stream().filter(resistant::contains).count();
		assertThat(firsts).hasSize(10);
		assertThat(firstResistant).isEqualTo(6);
		assertThat(Resistance.rate(firstResistant, firsts.size())).isEqualByComparingTo("60.00");
		assertThat(Resistance.warning(firstResistant, firsts.size())).isEqualTo(Warning.BY_SUSCEPTIBILITY);
	}

	private static Isolate isolate(String patient, String institution, String organism, String day, String specimen) {
		return new Isolate(patient, institution, organism, LocalDate.parse(day), specimen);
	}

}
