package org.sanyi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.PharmaAdmin.SampledPrescription;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.PlatformTime;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 处方点评 of this month's e-prescriptions at the two demo hospitals, by their pharmacists
 * (审方药师, as 医院处方点评管理规范 has it): 云岫县总医院's sample is reviewed by {@code yaoshi} except the
 * last two prescriptions (the rules' hints confirmed; every third prescription also lacks
 * a complete diagnosis, 1-10; every fifth is a duplicate therapy, 2-7); 青溪市第一医院's by its
 * pharmacist {@code yaoshi_city}, half of it.
 */
@Component
@Order(350)
class DemoRxReview implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoRxReview.class);

	static final String CITY_PHARMACIST = "yaoshi_city";

	private final PharmaAdmin pharma;

	private final UserAccounts accounts;

	DemoRxReview(PharmaAdmin pharma, UserAccounts accounts) {
		this.pharma = pharma;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "prescription review";
	}

	@Override
	public boolean run() {
		if (accounts.findByUsername(CITY_PHARMACIST).isEmpty()) {
			accounts.ensure(new NewAccount(CITY_PHARMACIST, DemoAccounts.PASSWORD, "周婧（青溪市第一医院药学部）", "PHARMACIST",
					DemoAccounts.CITY, DemoIdentity.CITY_HOSPITAL, null, "13859000023"));
		}
		int county = review(DemoIdentity.COUNTY_HOSPITAL, DemoAccounts.PHARMACIST, 2);
		int city = review(DemoIdentity.CITY_HOSPITAL, CITY_PHARMACIST, -1);
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
