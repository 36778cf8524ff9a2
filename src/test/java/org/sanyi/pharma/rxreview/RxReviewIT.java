package org.sanyi.pharma.rxreview;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ReviewSampling;
import org.sanyi.pharma.engine.ReviewState;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 处方点评 with the demo's samples: the draw is reproducible from its seed, refusals change
 * nothing, a hospital reviews only its own, the health commission reads its region.
 */
@IntegrationTest
class RxReviewIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String CITY_HOSPITAL = "H35990000001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RxReviews reviews;

	@Autowired
	Registry registry;

	@Test
	void theStoredSampleIsTheDrawOfItsSeedOverTheMonthsPrescriptions() {
		SampleRow sample = sampleOf(COUNTY_HOSPITAL);
		OffsetDateTime from = sample.month().atStartOfDay(PlatformTime.zone()).toOffsetDateTime();
		List<String> population = jdbc.sql("""
				select hi_rxno from ph_prescription where institution_code = :i and issued_at >= :from
				and issued_at < :to and issued_at < :drawn and state <> 'REVOKED'""")
			.param("i", COUNTY_HOSPITAL)
			.param("from", from)
			.param("to", from.plusMonths(1))
			.param("drawn", sample.createdAt())
			.query(String.class)
			.list();

		List<String> redrawn = ReviewSampling.draw(population, sample.seed(),
				ReviewSampling.size(population.size(), sample.share()));

		assertThat(sample.seed()).isEqualTo(COUNTY_HOSPITAL + ":" + YearMonth.from(sample.month()));
		assertThat(population).hasSize(sample.population());
		assertThat(reviews.reviews(sample)).extracting(ReviewRow::hiRxno).containsExactlyElementsOf(redrawn);
	}

	@Test
	void badDrawsAreRefusedWithTheFieldAndStoreNothing() {
		DataScope county = staff(COUNTY_HOSPITAL);
		String thisMonth = YearMonth.from(PlatformTime.today()).toString();
		long samples = count("ph_rx_review_sample");

		assertRefused(() -> reviews.draw(COUNTY_HOSPITAL, thisMonth, "", "", county, "yaoshi"),
				PharmaErrors.RX_SAMPLE_EXISTS);
		assertRefused(() -> reviews.draw(COUNTY_HOSPITAL, YearMonth.from(PlatformTime.today()).plusMonths(1).toString(),
				"", "", county, "yaoshi"), PharmaErrors.RX_SAMPLE_MONTH);
		assertRefused(() -> reviews.draw(COUNTY_HOSPITAL, "2020-01", "", "", county, "yaoshi"),
				PharmaErrors.RX_SAMPLE_EMPTY);
		assertRefused(() -> reviews.draw(COUNTY_HOSPITAL, "2026-13", "", "", county, "yaoshi"),
				PharmaErrors.RX_REVIEW_FIELD);
		assertRefused(() -> reviews.draw(COUNTY_HOSPITAL, "2020-01", "0", "", county, "yaoshi"),
				PharmaErrors.RX_REVIEW_FIELD);
		assertRefused(() -> reviews.draw(CITY_HOSPITAL, "2020-01", "", "", county, "yaoshi"),
				PharmaErrors.INSTITUTION_NOT_FOUND);

		assertThat(count("ph_rx_review_sample")).isEqualTo(samples);
	}

	@Test
	void aHospitalPharmacistReviewsItsOwnSampleWithTheItemsFound() {
		SampleRow sample = sampleOf(COUNTY_HOSPITAL);
		String rx = reviews.reviews(sample)
			.stream()
			.filter(r -> r.status() == ReviewState.PENDING)
			.map(ReviewRow::hiRxno)
			.findFirst()
			.orElseThrow();
		DataScope county = staff(COUNTY_HOSPITAL);

		assertRefused(() -> reviews.review(sample.id(), rx, List.of("2-8", "4-1"), "", county, "yaoshi"),
				PharmaErrors.RX_REVIEW_FIELD);
		assertRefused(() -> reviews.review(sample.id(), rx, List.of(), "", DataScope.region("359900"), "wjw"),
				PharmaErrors.RX_REVIEW_NOT_OWN);
		assertRefused(() -> reviews.review(sampleOf(CITY_HOSPITAL).id(), rx, List.of(), "", county, "yaoshi"),
				PharmaErrors.RX_REVIEW_NOT_FOUND);
		assertThat(row(sample.id(), rx).status()).isEqualTo(ReviewState.PENDING);

		reviews.review(sample.id(), rx, List.of("2-8", "1-11", "2-8"), "联用须调整", county, "yaoshi");

		ReviewRow reviewed = row(sample.id(), rx);
		assertThat(reviewed.status()).isEqualTo(ReviewState.REVIEWED);
		assertThat(reviewed.items()).isEqualTo("1-11,2-8");
		assertThat(reviewed.reviewer()).isEqualTo("yaoshi");
		assertThat(reviews.sample(sample.id(), county).irrational()).isEqualTo(
				count("ph_rx_review where sample_id = " + sample.id() + " and status = 'REVIEWED' and items <> ''"));
	}

	@Test
	void theHealthCommissionSeesEveryHospitalOfItsRegionAndAHospitalOnlyItself() {
		var byInstitution = reviews.byInstitution(DataScope.region("359900"), YearMonth.from(PlatformTime.today()),
				YearMonth.from(PlatformTime.today()));
		assertThat(byInstitution).extracting(RxReviews.Summary::key).contains(COUNTY_HOSPITAL, CITY_HOSPITAL);
		assertThat(reviews.samples(staff(COUNTY_HOSPITAL))).extracting(SampleRow::institutionCode)
			.containsOnly(COUNTY_HOSPITAL);

		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/pharma/rx-reviews").body()).contains(COUNTY_HOSPITAL).doesNotContain(CITY_HOSPITAL);
		assertThat(doctor.get("/pharma/rx-reviews/" + sampleOf(CITY_HOSPITAL).id()).statusCode()).isEqualTo(404);
		// 处方点评 is the pharmacists' (审方药师) work: a doctor reads the results but does not
		// review; the hospital's pharmacist sees only her own hospital
		SampleRow own = sampleOf(COUNTY_HOSPITAL);
		String ownRx = reviews.reviews(own).getFirst().hiRxno();
		assertThat(doctor.postForm("/pharma/rx-reviews/" + own.id() + "/rx/" + ownRx, Map.of("note", "x")).statusCode())
			.isEqualTo(403);
		HttpSession pharmacist = HttpSession.loggedIn(port, "yaoshi", "Sanyi@2026");
		assertThat(pharmacist.get("/pharma/rx-reviews").body()).contains(COUNTY_HOSPITAL).doesNotContain(CITY_HOSPITAL);
		assertThat(pharmacist.get("/pharma/rx-reviews/" + sampleOf(CITY_HOSPITAL).id()).statusCode()).isEqualTo(404);
		HttpSession commission = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		String page = commission.get("/pharma/rx-reviews").body();
		assertThat(page).contains(COUNTY_HOSPITAL, CITY_HOSPITAL);
		SampleRow county = sampleOf(COUNTY_HOSPITAL);
		String rx = reviews.reviews(county).getFirst().hiRxno();
		commission.get("/pharma/rx-reviews/" + county.id() + "/rx/" + rx);
		assertThat(commission.postForm("/pharma/rx-reviews/" + county.id() + "/rx/" + rx, Map.of("note", "x"))
			.statusCode()).isEqualTo(403);
	}

	private SampleRow sampleOf(String institution) {
		return reviews.samples(DataScope.all())
			.stream()
			.filter(s -> s.institutionCode().equals(institution))
			.findFirst()
			.orElseThrow();
	}

	private ReviewRow row(long sample, String rx) {
		return reviews.reviews(reviews.sample(sample, DataScope.all()))
			.stream()
			.filter(r -> r.hiRxno().equals(rx))
			.findFirst()
			.orElseThrow();
	}

	private DataScope staff(String institution) {
		return DataScope.institution(institution, registry.institution(institution).orElseThrow().regionCode());
	}

	private long count(String tableAndWhere) {
		return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
	}

	private static void assertRefused(Runnable call, ErrorCode code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error()).isEqualTo(code));
	}

}
