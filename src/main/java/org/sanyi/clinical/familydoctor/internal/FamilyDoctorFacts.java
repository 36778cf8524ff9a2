package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The national chronic-care KPIs as facts, at the team's centre, sliced by condition
 * ({@code HTN}, {@code DM}): patients registered (the numerator of 健康管理率, whose
 * denominator is the region's estimated patients), patients whose fourth follow-up of the
 * year was recorded (规范管理率 = standard / registered), follow-ups and those on target
 * (血压/血糖控制率 = controlled / follow-ups, per visit), follow-ups by tier, and contracts
 * signed.
 */
@Component
public class FamilyDoctorFacts {

	public static final String SOURCE = "clinical.familydoctor";

	public static final String REGISTERED = "clinical.familydoctor.registered";

	public static final String STANDARD = "clinical.familydoctor.standard";

	public static final String FOLLOW_UPS = "clinical.familydoctor.followups";

	public static final String CONTROLLED = "clinical.familydoctor.controlled";

	public static final String CONTRACTS = "clinical.familydoctor.contracts";

	/** {@code HTN} or {@code DM}. */
	public static final String CONDITION = "condition";

	/** {@code GREEN}, {@code YELLOW}, {@code RED}. */
	public static final String TIER = "tier";

	/** Follow-ups a year make management 规范 (national basic public-health standard). */
	public static final int STANDARD_FOLLOW_UPS = 4;

	public static final List<DataElement> ELEMENTS = List.of(
			DataElement.of(REGISTERED, "fd.fact.registered", Unit.PERSON, CONDITION),
			DataElement.of(STANDARD, "fd.fact.standard", Unit.PERSON, CONDITION),
			DataElement.of(FOLLOW_UPS, "fd.fact.followups", Unit.COUNT, CONDITION, TIER),
			DataElement.of(CONTROLLED, "fd.fact.controlled", Unit.COUNT, CONDITION),
			DataElement.of(CONTRACTS, "fd.fact.contracts", Unit.PERSON));

	private final ApplicationEventPublisher events;

	FamilyDoctorFacts(ApplicationEventPublisher events) {
		this.events = events;
	}

	void registered(String resident, String condition, String institution, LocalDate day) {
		events.publishEvent(new FactsReported("fd:registered:" + resident + ":" + condition, SOURCE,
				List.of(new Fact(REGISTERED, institution, day, Map.of(CONDITION, condition), BigDecimal.ONE))));
	}

	void contracted(long contractId, String institution, LocalDate day) {
		events.publishEvent(new FactsReported("fd:contract:" + contractId, SOURCE,
				List.of(Fact.of(CONTRACTS, institution, day, BigDecimal.ONE))));
	}

	/**
	 * One follow-up: per condition it covers, a visit by tier, whether on target, and the
	 * standard-management mark when it is the year's fourth.
	 */
	void followedUp(long id, String institution, Instant at, String tier, Boolean bpControlled,
			Boolean glucoseControlled, boolean fourthOfYear) {
		LocalDate day = LocalDate.ofInstant(at, PlatformTime.zone());
		List<Fact> facts = new ArrayList<>();
		add(facts, "HTN", bpControlled, institution, day, tier, fourthOfYear);
		add(facts, "DM", glucoseControlled, institution, day, tier, fourthOfYear);
		events.publishEvent(new FactsReported("fd:followup:" + id, SOURCE, facts));
	}

	private static void add(List<Fact> facts, String condition, Boolean controlled, String institution, LocalDate day,
			String tier, boolean fourthOfYear) {
		if (controlled == null) {
			return;
		}
		facts.add(new Fact(FOLLOW_UPS, institution, day, Map.of(CONDITION, condition, TIER, tier), BigDecimal.ONE));
		if (controlled) {
			facts.add(new Fact(CONTROLLED, institution, day, Map.of(CONDITION, condition), BigDecimal.ONE));
		}
		if (fourthOfYear) {
			facts.add(new Fact(STANDARD, institution, day, Map.of(CONDITION, condition), BigDecimal.ONE));
		}
	}

}
