package org.sanyi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.PharmaAdmin.SampledPrescription;
import org.sanyi.shared.PlatformTime;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 处方点评 of this month's e-prescriptions at the two demo hospitals: 云岫县总医院's sample is
 * reviewed by {@code doctor} except the last two prescriptions (the rules' hints
 * confirmed; every third prescription also lacks a complete diagnosis, 1-10; every fifth
 * is a duplicate therapy, 2-7); 青溪市第一医院's by {@code consultant}, half of it.
 */
@Component
@Order(350)
class DemoRxReview implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoRxReview.class);

	private final PharmaAdmin pharma;

	DemoRxReview(PharmaAdmin pharma) {
		this.pharma = pharma;
	}

	@Override
	public String name() {
		return "prescription review";
	}

	@Override
	public boolean run() {
		int county = review(DemoIdentity.COUNTY_HOSPITAL, "doctor", 2);
		int city = review(DemoIdentity.CITY_HOSPITAL, "consultant", -1);
		if (county < 0 && city < 0) {
			return false;
		}
		log.info("Demo 处方点评: {} prescriptions reviewed", Math.max(0, county) + Math.max(0, city));
		return true;
	}

	/**
	 * Reviews a hospital's sample but the last {@code leave} (-1: half); -1 when there is
	 * none to draw.
	 */
	private int review(String hospital, String reviewer, int leave) {
		Optional<Long> sample = pharma.drawReviewSample(hospital, java.time.YearMonth.from(PlatformTime.today()),
				reviewer);
		if (sample.isEmpty()) {
			return -1;
		}
		List<SampledPrescription> rows = pharma.sampledPrescriptions(sample.get());
		int toReview = leave < 0 ? rows.size() / 2 : Math.max(0, rows.size() - leave);
		for (int i = 0; i < toReview; i++) {
			SampledPrescription rx = rows.get(i);
			List<String> items = new ArrayList<>(rx.hintedItems());
			if (i % 3 == 2 && !items.contains("1-10")) {
				items.add("1-10");
			}
			if (i % 5 == 4 && !items.contains("2-7")) {
				items.add("2-7");
			}
			pharma.reviewPrescription(sample.get(), rx.hiRxno(), items, items.isEmpty() ? "" : "请医师核对后整改", reviewer);
		}
		return toReview;
	}

}
