package org.sanyi.demo;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.shared.RegionCode;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The drug use of the demo city's recorded year (November 2025 – October 2026) reported
 * to monitoring: outpatient visits with drugs as prescriptions and every outpatient visit
 * for the antibacterial use rate (some J06/J20 visits carry amoxicillin–clavulanate),
 * inpatient stays with their antimicrobials, DDDs and patient-days. The 合理用药 indicators
 * read them.
 */
@Component
@Order(345)
class DemoDrugUse implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDrugUse.class);

	private final PharmaAdmin pharma;

	DemoDrugUse(PharmaAdmin pharma) {
		this.pharma = pharma;
	}

	@Override
	public String name() {
		return "drug-use history";
	}

	@Override
	public boolean run() {
		long start = System.nanoTime();
		int months = pharma.reportDrugUseHistory(RegionCode.of(DemoRegionGenerator.CITY_CODE).prefix(),
				YearMonth.of(2025, 11), YearMonth.of(2026, 10));
		if (months > 0) {
			log.info("Demo drug use: {} months reported in {} ms", months, (System.nanoTime() - start) / 1_000_000);
		}
		return months > 0;
	}

}
