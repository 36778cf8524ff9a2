package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.InsuranceAdmin.ReferralFiling;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewMember;
import org.sanyi.shared.PlatformTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Referred stays settled as referred in 云岫县's 医共体: older residents with a stroke treated
 * first at a township health centre, then referred up to 云岫县总医院 with a 转院备案 (2501) the
 * centre files, settled live through the gateway's services under the city's 2026
 * resident rules (deductible continuity within the alliance): the county hospital stay
 * pays no second deductible. One resident goes up without a registration and pays the
 * second admission's deductible, for comparison on the settlement pages.
 */
@Component
@Order(525)
class DemoReferredStays implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoReferredStays.class);

	private final InsuranceAdmin insurance;

	private final DemoYear year;

	DemoReferredStays(InsuranceAdmin insurance, DemoYear year) {
		this.insurance = insurance;
		this.year = year;
	}

	@Override
	public String name() {
		return "referred stays";
	}

	@Override
	public boolean run() {
		if (insurance.hasReferralRegistrations()) {
			return false;
		}
		NewAlliance community = year.region()
			.alliances()
			.stream()
			.filter(a -> a.kind() == Alliance.Kind.COUNTY_COMMUNITY
					&& a.regionCode().equals(DemoRegionGenerator.NAMED_COUNTY_CODE))
			.findFirst()
			.orElse(null);
		if (community == null) {
			return false;
		}
		List<String> centres = new ArrayList<>();
		for (NewMember m : community.members()) {
			year.region()
				.institutions()
				.stream()
				.filter(i -> i.code().equals(m.institutionCode()) && i.kind() == Kind.TOWNSHIP_HEALTH_CENTRE)
				.map(NewInstitution::code)
				.forEach(centres::add);
		}
		centres.sort(null);
		LocalDate today = PlatformTime.today();
		List<NewPerson> people = elderly(today, 4);
		if (centres.isEmpty() || people.size() < 4) {
			return false;
		}
		String hospital = community.leadInstitutionCode();
		int referred = 0;
		for (int k = 0; k < people.size(); k++) {
			NewPerson p = people.get(k);
			String centre = centres.get(k % centres.size());
			LocalDate admitted = today.minusDays(40 - 7L * k);
			// at the centre: 5 days of basic care
			insurance.settleStay(stay(centre, p, admitted, 5, false));
			boolean filed = k != 3;
			if (filed) {
				insurance.fileReferral(centre,
						new ReferralFiling(p.psnNo(), "390", "I63.900", "脑梗死", "左侧肢体无力加重，卫生院无溶栓及影像条件", hospital,
								admitted.plusDays(5), admitted.plusDays(5 + 90), "急性脑梗死需进一步影像检查与神经内科治疗"));
				referred++;
			}
			// up to the county hospital the day after, 9 days with monitoring
			insurance.settleStay(stay(hospital, p, admitted.plusDays(5), 9, true));
		}
		log.info("Demo referred stays: {} residents referred up in {} with a 2501, 1 without", referred,
				community.name());
		return true;
	}

	/**
	 * Insured residents of the named county aged 60–85 on resident insurance this year.
	 */
	private List<NewPerson> elderly(LocalDate today, int limit) {
		return year.population()
			.persons()
			.stream()
			.filter(p -> p.region() != null && p.region().startsWith(DemoRegionGenerator.NAMED_COUNTY_CODE)
					&& DemoRegionGenerator.CITY_CODE.equals(p.insuredRegion())
					&& !p.psnNo().equals(DemoYear.RESIDENT_PSN_NO) && p.birthDate().isBefore(today.minusYears(60))
					&& p.birthDate().isAfter(today.minusYears(85))
					&& p.enrolments()
						.stream()
						.anyMatch(e -> e.year() == today.getYear() && "390".equals(e.insutype())
								&& "1".equals(e.status())))
			.sorted(Comparator.comparing(NewPerson::psnNo))
			.limit(limit)
			.toList();
	}

	private static RecordedVisit stay(String institution, NewPerson p, LocalDate admitted, int days, boolean hospital) {
		BigDecimal nights = BigDecimal.valueOf(days);
		List<RecordedLine> lines = new ArrayList<>(List.of(
				// 住院诊查费, 床位费（三人间）, 静脉输液 two groups a day
				new RecordedLine("001102000070000", nights, new BigDecimal("20.00")),
				new RecordedLine("001110000010000", nights, new BigDecimal("35.00")),
				new RecordedLine("001204000060000", nights.multiply(BigDecimal.TWO), new BigDecimal("12.00"))));
		if (hospital) {
			// 一级护理 and 心电监测 at the county hospital
			lines.add(new RecordedLine("120100002", nights, new BigDecimal("45.00")));
			lines.add(new RecordedLine("310601001", nights, new BigDecimal("60.00")));
		}
		else {
			// Ⅱ级护理 at the centre
			lines.add(new RecordedLine("001201000030000", nights, new BigDecimal("25.00")));
		}
		return new RecordedVisit(institution, p.psnNo(), "390", "21", LocalDateTime.of(admitted, LocalTime.of(9, 30)),
				LocalDateTime.of(admitted.plusDays(days), LocalTime.of(10, 0)),
				List.of(new Diagnosis("I63.900", "脑梗死"), new Diagnosis("I10.x00", "高血压")), lines, false);
	}

}
