package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * The demo's planted cases for the population rules of the audit after settlement:
 * outpatient clinics of six doctors of 市第一医院 (the demo year's own visits name no doctor),
 * one of them billing about six times what the others bill per visit (医生次均费用超同级); a visit
 * for each member of the residents' phone rings ({@link DemoResidents#ringPhone},
 * 一个手机号关联多人); and insured persons of the neighbouring region staying at 市第一医院 while
 * billed at another institution (异地就医异常).
 */
final class DemoSupervisionPopulation {

	/** Outpatient visits per planted doctor (the rule counts doctors with 20 or more). */
	static final int VISITS_PER_DOCTOR = 30;

	static final int DOCTORS = 6;

	/** The planted doctor far above his peers. */
	static final String EXPENSIVE_DOCTOR = doctor(DOCTORS);

	private DemoSupervisionPopulation() {
	}

	static String doctor(int n) {
		return "D3599000001%02d".formatted(n);
	}

	static List<RecordedVisit> plant(List<NewPerson> persons, String hospital, String otherInstitution) {
		List<RecordedVisit> planted = new ArrayList<>();
		List<NewPerson> local = persons.stream()
			.filter(p -> p.insuredRegion().equals(InsuredPopulation.CITY))
			.limit(DOCTORS * VISITS_PER_DOCTOR)
			.toList();
		LocalDate start = InsuredActivity.FIRST_DAY.plusDays(60);
		for (int i = 0; i < local.size(); i++) {
			int d = i % DOCTORS + 1;
			// all in the first audit's half-year, so its peer comparison sees every
			// clinic
			LocalDate day = start.plusDays(i % 110);
			List<RecordedLine> lines = new ArrayList<>();
			lines.add(line("110200001", 1, "10.00"));
			lines.add(line("250101001", 1, "20.00"));
			if (d == DOCTORS) {
				lines.add(line("250300001", 1, "180.00"));
				lines.add(line("220600001", 1, "30.00"));
			}
			else if ((i / DOCTORS) % (d + 1) == 0) {
				// the other doctors differ a little: an ECG now and then
				lines.add(line("220600001", 1, "30.00"));
			}
			planted.add(visit(local.get(i), hospital, "11", day.atTime(9, 0), day.atTime(9, 30), "J06.900", "急性上呼吸道感染",
					lines, doctor(d)));
		}
		int adults = 0;
		for (NewPerson p : persons) {
			if (!DemoResidents.hasPhone(p)) {
				continue;
			}
			if (DemoResidents.ringPhone(adults++).isPresent()) {
				LocalDate day = start.plusDays(adults % 180);
				planted.add(visit(p, hospital, "11", day.atTime(14, 0), day.atTime(14, 20), "R51.x00", "头痛",
						List.of(line("110200001", 1, "10.00"), line("250101001", 1, "20.00")), null));
			}
		}
		List<NewPerson> neighbours = persons.stream()
			.filter(p -> !p.insuredRegion().equals(InsuredPopulation.CITY))
			.limit(3)
			.toList();
		for (int n = 0; n < neighbours.size(); n++) {
			NewPerson p = neighbours.get(n);
			LocalDate in = start.plusDays(30L * n + 15);
			planted.add(visit(p, hospital, "21", in.atTime(8, 0), in.plusDays(6).atTime(10, 0), "K35.800", "急性阑尾炎",
					List.of(line("110900001", 6, "45.00"), line("120100001", 6, "30.00")), null));
			planted.add(visit(p, otherInstitution, "11", in.plusDays(3).atTime(10, 0), in.plusDays(3).atTime(10, 30),
					"I10.x00", "高血压", List.of(line("110200001", 1, "10.00"), line("250101001", 1, "20.00")), null));
		}
		return planted;
	}

	private static RecordedVisit visit(NewPerson p, String institution, String medType, LocalDateTime begin,
			LocalDateTime end, String dx, String dxName, List<RecordedLine> lines, String doctor) {
		return new RecordedVisit(institution, p.psnNo(), p.enrolments().getFirst().insutype(), medType, begin, end,
				List.of(new Diagnosis(dx, dxName)), lines, false, doctor);
	}

	private static RecordedLine line(String code, int quantity, String price) {
		return new RecordedLine(code, BigDecimal.valueOf(quantity), new BigDecimal(price));
	}

}
