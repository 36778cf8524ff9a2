package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.DeathSource;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * 死亡后就医 in the demo: a few elderly insured persons of the city die during the demo year
 * (the day after their last care of the year, or mid-year when they had none), their
 * deaths registered from a hospital's 死亡医学证明 or the civil-affairs and public-security
 * feeds; after the death someone keeps buying their blood-pressure drugs on their card at
 * a pharmacy (冒用医保卡) — 12 and 41 days later. One more person has an emergency visit on
 * the day of death, which is care they may have had and no violation.
 */
final class DemoDeaths {

	/** Persons who die with purchases on their card afterwards. */
	static final int CARD_MISUSED = 4;

	private DemoDeaths() {
	}

	/**
	 * A death to register.
	 *
	 * @param sameDayCare an emergency visit on the day of death (not a violation)
	 */
	record Deceased(NewPerson person, LocalDate died, DeathSource source, String certificateNo, String reportedBy,
			boolean sameDayCare) {
	}

	/**
	 * Elderly residents of the city from the end of the population (the other planted
	 * cases take theirs from the start), none with a planted visit already.
	 */
	static List<Deceased> choose(List<NewPerson> persons, List<RecordedVisit> year, List<RecordedVisit> planted,
			String hospital) {
		Set<String> taken = new HashSet<>();
		planted.forEach(v -> taken.add(v.psnNo()));
		List<NewPerson> chosen = new ArrayList<>();
		for (int i = persons.size() - 1; i >= 0 && chosen.size() <= CARD_MISUSED; i--) {
			NewPerson p = persons.get(i);
			if (p.insuredRegion().equals(DemoSupervision.CITY) && !taken.contains(p.psnNo())
					&& !p.psnNo().equals(DemoYear.RESIDENT_PSN_NO)
					&& p.birthDate().isBefore(DemoYear.REFERENCE_DATE.minusYears(70))) {
				chosen.add(p);
			}
		}
		Map<String, LocalDate> last = new HashMap<>();
		Set<String> wanted = new HashSet<>();
		chosen.forEach(p -> wanted.add(p.psnNo()));
		for (RecordedVisit v : year) {
			if (wanted.contains(v.psnNo())) {
				last.merge(v.psnNo(), v.end().toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		List<Deceased> deceased = new ArrayList<>();
		LocalDate latest = InsuredActivity.LAST_DAY.minusDays(45);
		for (int n = 0; n < chosen.size(); n++) {
			NewPerson p = chosen.get(n);
			LocalDate died = last.containsKey(p.psnNo()) ? last.get(p.psnNo()).plusDays(1)
					: InsuredActivity.FIRST_DAY.plusDays(120 + 17L * n);
			if (died.isAfter(latest)) {
				died = latest.minusDays(n);
			}
			boolean sameDay = n == chosen.size() - 1;
			DeathSource source = sameDay ? DeathSource.MEDICAL_CERTIFICATE : DeathSource.values()[n % 3];
			String certificate = switch (source) {
				case MEDICAL_CERTIFICATE -> "Q%s%d%05d".formatted(DemoSupervision.CITY, died.getYear(), 101 + n);
				case CIVIL_AFFAIRS -> "MZ%s%05d".formatted(DemoSupervision.CITY, 201 + n);
				case PUBLIC_SECURITY -> null;
			};
			String by = source == DeathSource.MEDICAL_CERTIFICATE ? hospital : DemoSupervision.CITY;
			deceased.add(new Deceased(p, died, source, certificate, by, sameDay));
		}
		return deceased;
	}

	/**
	 * The purchases on a dead person's card at a pharmacy and the emergency visit on the
	 * day of death.
	 */
	static List<RecordedVisit> plant(List<Deceased> deceased, List<String> pharmacies, String hospital) {
		List<RecordedVisit> visits = new ArrayList<>();
		for (int n = 0; n < deceased.size(); n++) {
			Deceased d = deceased.get(n);
			String insutype = d.person().enrolments().getFirst().insutype();
			if (d.sameDayCare()) {
				LocalDateTime at = d.died().atTime(6, 40);
				visits.add(new RecordedVisit(hospital, d.person().psnNo(), insutype, "11", at, at.plusHours(2),
						List.of(new Diagnosis("I21.900", "急性心肌梗死")),
						List.of(line("110200001", 1, "10.00"), line("220600001", 1, "30.00")), false));
				continue;
			}
			String pharmacy = pharmacies.isEmpty() ? hospital : pharmacies.get(n % pharmacies.size());
			for (int later : new int[] { 12, 41 }) {
				LocalDateTime at = d.died().plusDays(later).atTime(16, 10 + n);
				visits.add(new RecordedVisit(pharmacy, d.person().psnNo(), insutype, "11", at, at.plusMinutes(5),
						List.of(new Diagnosis("I10.x00", "高血压")), List.of(line("XC08CAA001A060010100518", 2, "28.40"),
								line("XC09CAA001A001010100592", 2, "3.20")),
						false));
			}
		}
		return visits;
	}

	/** Registers the deaths as the hospital or the feeds reported them. */
	static int register(List<Deceased> deceased, ResidentIndex index, ResidentDeaths deaths) {
		int registered = 0;
		for (Deceased d : deceased) {
			var resident = index.findByPsnNo(d.person().psnNo());
			if (resident.isPresent()) {
				deaths.record(new DeathReport(resident.get().residentId(), null, d.died(), d.source(),
						d.certificateNo(), null), d.reportedBy(), "import");
				registered++;
			}
		}
		return registered;
	}

	private static RecordedLine line(String code, int quantity, String price) {
		return new RecordedLine(code, BigDecimal.valueOf(quantity), new BigDecimal(price));
	}

}
