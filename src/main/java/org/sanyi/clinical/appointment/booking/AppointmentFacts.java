package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The numbers appointments and surveys report to monitoring, each in the transaction of
 * what it counts (the event leaves through the outbox only if that commits): bookings,
 * cancellations, no-shows, visits and the minutes their patients waited after check-in
 * (预约后等待时间, 国考 #23), survey responses and satisfied ones (the satisfaction rate is
 * satisfied / responses, summed over institutions and days before dividing).
 */
@Component
public class AppointmentFacts {

	public static final String SOURCE = "clinical.appointment";

	public static final String BOOKED = "clinical.appointment.booked";

	public static final String CANCELLED = "clinical.appointment.cancelled";

	public static final String NOSHOW = "clinical.appointment.noshow";

	public static final String VISITS = "clinical.appointment.visits";

	public static final String WAIT_MINUTES = "clinical.appointment.wait_minutes";

	public static final String SURVEY_RESPONSES = "clinical.survey.responses";

	public static final String SURVEY_SATISFIED = "clinical.survey.satisfied";

	/** What this module reports, for monitoring's catalogue. */
	public static final List<DataElement> ELEMENTS = List.of(
			DataElement.of(BOOKED, "apt.fact.booked", Unit.COUNT, Dimensions.DEPARTMENT),
			DataElement.of(CANCELLED, "apt.fact.cancelled", Unit.COUNT, Dimensions.DEPARTMENT),
			DataElement.of(NOSHOW, "apt.fact.noshow", Unit.COUNT, Dimensions.DEPARTMENT),
			DataElement.of(VISITS, "apt.fact.visits", Unit.COUNT, Dimensions.DEPARTMENT),
			DataElement.of(WAIT_MINUTES, "apt.fact.waitMinutes", Unit.MINUTE, Dimensions.DEPARTMENT),
			DataElement.of(SURVEY_RESPONSES, "apt.fact.surveyResponses", Unit.COUNT),
			DataElement.of(SURVEY_SATISFIED, "apt.fact.surveySatisfied", Unit.COUNT));

	private final ApplicationEventPublisher events;

	public AppointmentFacts(ApplicationEventPublisher events) {
		this.events = events;
	}

	public void booked(long appointmentId, String institution, String department, LocalDate day) {
		one("booked", appointmentId, BOOKED, institution, department, day);
	}

	public void cancelled(long appointmentId, String institution, String department, LocalDate day) {
		one("cancelled", appointmentId, CANCELLED, institution, department, day);
	}

	public void noShow(long appointmentId, String institution, String department, LocalDate day) {
		one("noshow", appointmentId, NOSHOW, institution, department, day);
	}

	/**
	 * A patient called in: one visit, and the whole minutes from check-in to the call.
	 */
	public void called(long appointmentId, String institution, String department, LocalDate day, Instant checkedIn,
			Instant called) {
		long minutes = Math.max(0, Duration.between(checkedIn, called).toMinutes());
		Map<String, String> dims = Map.of(Dimensions.DEPARTMENT, department);
		events.publishEvent(new FactsReported("apt:called:" + appointmentId, SOURCE,
				List.of(new Fact(VISITS, institution, day, dims, BigDecimal.ONE),
						new Fact(WAIT_MINUTES, institution, day, dims, BigDecimal.valueOf(minutes)))));
	}

	public void surveyed(long responseId, String institution, LocalDate day, boolean satisfied) {
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of(SURVEY_RESPONSES, institution, day, BigDecimal.ONE));
		if (satisfied) {
			facts.add(Fact.of(SURVEY_SATISFIED, institution, day, BigDecimal.ONE));
		}
		events.publishEvent(new FactsReported("apt:survey:" + responseId, SOURCE, facts));
	}

	private void one(String what, long id, String element, String institution, String department, LocalDate day) {
		events.publishEvent(new FactsReported("apt:" + what + ":" + id, SOURCE, List
			.of(new Fact(element, institution, day, Map.of(Dimensions.DEPARTMENT, department), BigDecimal.ONE))));
	}

}
