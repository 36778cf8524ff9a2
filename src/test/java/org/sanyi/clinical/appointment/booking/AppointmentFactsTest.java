package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentFactsTest {

	final List<Object> published = new ArrayList<>();

	final AppointmentFacts facts = new AppointmentFacts(published::add);

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	@Test
	void aCallReportsOneVisitAndTheWholeMinutesWaitedSinceCheckIn() {
		Instant in = Instant.parse("2026-12-04T00:10:00Z");

		facts.called(7, "H35990000001", "03.01", DAY, in, in.plusSeconds(17 * 60 + 59));

		FactsReported report = (FactsReported) published.getFirst();
		assertThat(report.key()).isEqualTo("apt:called:7");
		assertThat(report.facts()).containsExactly(
				new Fact(AppointmentFacts.VISITS, "H35990000001", DAY, Map.of("dept", "03.01"), BigDecimal.ONE),
				new Fact(AppointmentFacts.WAIT_MINUTES, "H35990000001", DAY, Map.of("dept", "03.01"),
						BigDecimal.valueOf(17)));
	}

	@Test
	void aSatisfiedResponseCountsInBothComponentsOfTheRateAndAnUnsatisfiedOneOnlyInTheDenominator() {
		facts.surveyed(1, "H35990000001", DAY, true);
		facts.surveyed(2, "H35990000001", DAY, false);

		assertThat(((FactsReported) published.get(0)).facts()).extracting(Fact::element)
			.containsExactly(AppointmentFacts.SURVEY_RESPONSES, AppointmentFacts.SURVEY_SATISFIED);
		assertThat(((FactsReported) published.get(1)).facts()).extracting(Fact::element)
			.containsExactly(AppointmentFacts.SURVEY_RESPONSES);
	}

	@Test
	void everyReportedElementIsDeclaredInTheCatalogue() {
		facts.booked(1, "H", "03", DAY);
		facts.cancelled(1, "H", "03", DAY);
		facts.noShow(2, "H", "03", DAY);
		facts.called(3, "H", "03", DAY, Instant.EPOCH, Instant.EPOCH);
		facts.surveyed(4, "H", DAY, true);

		List<String> declared = AppointmentFacts.ELEMENTS.stream().map(DataElement::code).toList();
		assertThat(published).allSatisfy(e -> assertThat(((FactsReported) e).facts())
			.allSatisfy(f -> assertThat(declared).contains(f.element())));
	}

}
