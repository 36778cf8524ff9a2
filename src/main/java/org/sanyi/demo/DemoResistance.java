package org.sanyi.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.PharmaAdmin.SusceptibilityResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of susceptibility results (November 2025 – October 2026) from the microbiology
 * laboratories of 青溪市第一医院 and 云岫县总医院: five common organisms, each isolate tested against
 * three or four antimicrobials, resistant at rates of the order national surveillance
 * reports [inf] — so that carbapenem-resistant Acinetobacter passes the 75 % line,
 * third-generation-cephalosporin-resistant E. coli the 50 % line and MRSA the 30 % line.
 * Each specimen names its patient; patients with carbapenem-resistant Acinetobacter or
 * Klebsiella are cultured once or twice again within the month (the same strain), which
 * the first-isolate rates (CLSI M39) count once and the raw isolate counts do not.
 * Deterministic (a fixed seed).
 */
@Component
@Order(355)
class DemoResistance implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoResistance.class);

	private record Test(String code, String name, double resistant) {
	}

	private record Organism(String code, String name, int perMonth, List<Test> tests) {
	}

	private static final List<Organism> ORGANISMS = List.of(
			new Organism("eco", "大肠埃希菌", 9,
					List.of(new Test("CRO", "头孢曲松", 0.56), new Test("LVX", "左氧氟沙星", 0.52),
							new Test("TZP", "哌拉西林/他唑巴坦", 0.05), new Test("IPM", "亚胺培南", 0.02))),
			new Organism("kpn", "肺炎克雷伯菌", 6,
					List.of(new Test("CRO", "头孢曲松", 0.36), new Test("LVX", "左氧氟沙星", 0.27),
							new Test("IPM", "亚胺培南", 0.12))),
			new Organism("sau", "金黄色葡萄球菌", 5,
					List.of(new Test("OXA", "苯唑西林", 0.33), new Test("ERY", "红霉素", 0.55), new Test("VAN", "万古霉素", 0.0))),
			new Organism("pae", "铜绿假单胞菌", 4,
					List.of(new Test("CAZ", "头孢他啶", 0.16), new Test("IPM", "亚胺培南", 0.22),
							new Test("LVX", "左氧氟沙星", 0.18))),
			new Organism("aba", "鲍曼不动杆菌", 3, List.of(new Test("IPM", "亚胺培南", 0.78), new Test("MEM", "美罗培南", 0.86),
					new Test("LVX", "左氧氟沙星", 0.6))));

	private final PharmaAdmin pharma;

	DemoResistance(PharmaAdmin pharma) {
		this.pharma = pharma;
	}

	@Override
	public String name() {
		return "antimicrobial resistance";
	}

	@Override
	public boolean run() {
		if (pharma.hasSusceptibilityResults()) {
			return false;
		}
		int lines = laboratory(DemoIdentity.CITY_HOSPITAL, 2, 11) + laboratory(DemoIdentity.COUNTY_HOSPITAL, 1, 23);
		log.info("Demo 细菌耐药: {} susceptibility results", lines);
		return true;
	}

	private int laboratory(String hospital, int size, long seed) {
		Random random = new Random(seed);
		int count = 0;
		int patients = 0;
		for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
			List<SusceptibilityResult> month = new ArrayList<>();
			int n = 0;
			for (Organism o : ORGANISMS) {
				for (int i = 0; i < o.perMonth() * size; i++) {
					n++;
					String specimen = "S" + m.toString().replace("-", "") + "%04d".formatted(n);
					String patient = "ZY" + "%06d".formatted(++patients);
					LocalDate day = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
					List<SusceptibilityResult> isolate = new ArrayList<>();
					for (Test t : o.tests()) {
						double roll = random.nextDouble();
						String sir = roll < t.resistant() ? "R" : roll < t.resistant() + 0.04 ? "I" : "S";
						isolate.add(new SusceptibilityResult(specimen, day, o.code(), o.name(), t.code(), t.name(), sir,
								patient));
					}
					month.addAll(isolate);
					// a patient with a multidrug-resistant Acinetobacter or Klebsiella
					// (an ICU
					// patient's sputum) is cultured again a few days later: the same
					// strain,
					// which the first-isolate rates count once
					boolean carbapenemResistant = isolate.stream()
						.anyMatch(r -> r.antibioticCode().equals("IPM") && r.interpretation().equals("R"));
					if (carbapenemResistant && (o.code().equals("aba") || o.code().equals("kpn"))) {
						int repeats = 1 + random.nextInt(2);
						for (int k = 1; k <= repeats; k++) {
							LocalDate again = day.plusDays(3L * k);
							if (again.isAfter(m.atEndOfMonth())) {
								break;
							}
							n++;
							String repeat = "S" + m.toString().replace("-", "") + "%04d".formatted(n);
							for (SusceptibilityResult r : isolate) {
								month.add(new SusceptibilityResult(repeat, again, r.organismCode(), r.organismName(),
										r.antibioticCode(), r.antibioticName(), r.interpretation(), patient));
							}
						}
					}
				}
			}
			pharma.importSusceptibilityResults(hospital, month, "system");
			count += month.size();
		}
		return count;
	}

}
