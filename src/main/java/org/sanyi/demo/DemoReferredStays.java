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
 * second admission's deductible, for comparison on the settlement pages. Three more of
 * the county's residents are treated out of the county at the city's first hospital: two
 * went there without a 2501 and lose the 2026 resident rules' ten points (90 % → 80 %),
 * one was referred up by the county hospital with a 2501 and keeps 90 %.
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
		List<NewPerson> people = elderly(today, 7);
		if (centres.isEmpty() || people.size() < 4) {
			return false;
		}
		String hospital = community.leadInstitutionCode();
		int referred = 0;
		for (int k = 0; k < 4; k++) {
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
		// out of the county, at the city's first hospital: two went on their own (no
		// 2501,
		// the ratio is cut), one was referred up by the county hospital (2501, not cut)
		for (int k = 4; k < people.size(); k++) {
			NewPerson p = people.get(k);
			LocalDate admitted = today.minusDays(30 - 6L * (k - 4));
			boolean filed = k == 4;
			if (filed) {
				insurance.fileReferral(hospital,
						new ReferralFiling(p.psnNo(), "390", "I25.103", "冠状动脉粥样硬化性心脏病", "反复胸痛，县医院无冠脉介入条件",
								DemoRegionGenerator.CITY_FIRST_HOSPITAL, admitted.minusDays(1), admitted.plusDays(89),
								"拟行冠状动脉造影，必要时介入治疗"));
			}
			insurance.settleStay(cityStay(p, admitted, filed ? "I25.103" : k == 5 ? "J18.900" : "E11.900"));
		}
		log.info("Demo referred stays: {} residents referred up in {} with a 2501, 1 without; {} out of the county "
				+ "at the city hospital, 1 of them with a 2501", referred, community.name(), people.size() - 4);
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

	/**
	 * A stay at the city's first hospital (三级甲等) at the catalogue's prices: pneumonia 7
	 * days, diabetes 8 days, coronary stenting 9 days.
	 */
	private static RecordedVisit cityStay(NewPerson p, LocalDate admitted, String condition) {
		int days = switch (condition) {
			case "J18.900" -> 7;
			case "E11.900" -> 8;
			default -> 9;
		};
		BigDecimal n = BigDecimal.valueOf(days);
		List<RecordedLine> lines = new ArrayList<>(List.of(line("001102000070000", n, "20.00"),
				line("110900001", n, "45.00"), line("250101001", "2", "20.00"), line("250301001", "1", "80.00"),
				line("250302001", "1", "60.00")));
		List<Diagnosis> diagnoses;
		switch (condition) {
			case "J18.900" -> {
				diagnoses = List.of(new Diagnosis("J18.900", "肺炎"), new Diagnosis("I10.x00", "高血压"));
				lines.addAll(List.of(line("120100002", n, "45.00"), line("310701001", "14", "12.00"),
						line("C01010001", "14", "4.50"), line("210300001", "2", "90.00"),
						line("250501001", "1", "280.00"), line("250305001", "2", "40.00"),
						line("XJ01CRB001", "21", "38.00"), line("XR05CBB001", "14", "5.50")));
			}
			case "E11.900" -> {
				diagnoses = List.of(new Diagnosis("E11.900", "2型糖尿病"), new Diagnosis("I10.x00", "高血压"));
				lines.addAll(List.of(line("120100001", n, "30.00"), line("250401001", "32", "8.00"),
						line("250308001", "1", "40.00"), line("220600001", "1", "30.00"),
						line("230500001", "1", "150.00"), line("310701001", "8", "12.00"),
						line("C01010001", "8", "4.50"), line("XA10BAA001", "48", "0.35"),
						line("XC10AAA001", "8", "0.90")));
			}
			default -> {
				diagnoses = List.of(new Diagnosis("I25.103", "冠状动脉粥样硬化性心脏病"), new Diagnosis("I10.x00", "高血压"));
				lines.addAll(List.of(line("120100002", n, "45.00"), line("310601001", n, "60.00"),
						line("250307001", "2", "80.00"), line("250203001", "1", "60.00"),
						line("220600001", "2", "30.00"), line("330801001", "1", "5200.00"),
						line("C03010001", "1", "700.00"), line("C04050001", "1", "1200.00"),
						line("C04050002", "1", "380.00"), line("XV08ABA001", "1", "380.00"),
						line("XB01ACB001", "2", "185.00"), line("XB01ACA001", n, "0.12"),
						line("XC10AAA001", n, "0.90")));
			}
		}
		return new RecordedVisit(DemoRegionGenerator.CITY_FIRST_HOSPITAL, p.psnNo(), "390", "21",
				LocalDateTime.of(admitted, LocalTime.of(10, 0)),
				LocalDateTime.of(admitted.plusDays(days), LocalTime.of(9, 30)), diagnoses, lines, false);
	}

	private static RecordedLine line(String code, BigDecimal quantity, String price) {
		return new RecordedLine(code, quantity, new BigDecimal(price));
	}

	private static RecordedLine line(String code, String quantity, String price) {
		return line(code, new BigDecimal(quantity), price);
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
