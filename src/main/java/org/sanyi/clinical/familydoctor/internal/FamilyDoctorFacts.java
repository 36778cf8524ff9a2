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

	/** The residents a centre serves (服务人口), on the year's first day. */
	public static final String POPULATION = "clinical.familydoctor.population";

	/** {@code HTN} or {@code DM}. */
	public static final String CONDITION = "condition";

	/** {@code GREEN}, {@code YELLOW}, {@code RED}. */
	public static final String TIER = "tier";

	/**
	 * {@code Y} when the contract holds a key-population category (重点人群), else {@code N}.
	 */
	public static final String KEY_POPULATION = "key_population";

	/** {@code Y} for a renewal (续约), {@code N} for a first signing. */
	public static final String RENEWAL = "renewal";

	/** Follow-ups a year make management 规范 (national basic public-health standard). */
	public static final int STANDARD_FOLLOW_UPS = 4;

	public static final List<DataElement> ELEMENTS = List.of(
			DataElement.of(REGISTERED, "fd.fact.registered", Unit.PERSON, CONDITION),
			DataElement.of(STANDARD, "fd.fact.standard", Unit.PERSON, CONDITION),
			DataElement.of(FOLLOW_UPS, "fd.fact.followups", Unit.COUNT, CONDITION, TIER),
			DataElement.of(CONTROLLED, "fd.fact.controlled", Unit.COUNT, CONDITION),
			DataElement.of(CONTRACTS, "fd.fact.contracts", Unit.PERSON, KEY_POPULATION, RENEWAL),
			DataElement.of(POPULATION, "fd.fact.population", Unit.PERSON, KEY_POPULATION));

	private final ApplicationEventPublisher events;

	FamilyDoctorFacts(ApplicationEventPublisher events) {
		this.events = events;
	}

	void registered(String resident, String condition, String institution, LocalDate day) {
		events.publishEvent(new FactsReported("fd:registered:" + resident + ":" + condition, SOURCE,
				List.of(new Fact(REGISTERED, institution, day, Map.of(CONDITION, condition), BigDecimal.ONE))));
	}

	/**
	 * A contract signed or renewed: one person contracted, on the signing day, sliced by
	 * key population and renewal (签约率 = contracts / residents served; 重点人群签约率 the same
	 * over {@code key_population=Y}).
	 */
	void contracted(long contractId, String institution, LocalDate day, boolean keyPopulation, boolean renewal) {
		events.publishEvent(new FactsReported("fd:contract:" + contractId, SOURCE, List.of(new Fact(CONTRACTS,
				institution, day, Map.of(KEY_POPULATION, yn(keyPopulation), RENEWAL, yn(renewal)), BigDecimal.ONE))));
	}

	/** A contract ended early: the person no longer counts as contracted. */
	void terminated(long contractId, String institution, LocalDate day, boolean keyPopulation, boolean renewal) {
		events.publishEvent(new FactsReported("fd:contract-terminated:" + contractId, SOURCE,
				List.of(new Fact(CONTRACTS, institution, day,
						Map.of(KEY_POPULATION, yn(keyPopulation), RENEWAL, yn(renewal)), BigDecimal.ONE.negate()))));
	}

	/**
	 * The team confirmed declared categories that make a general contract a
	 * key-population one: the person moves from one slice to the other.
	 */
	void becameKeyPopulation(long contractId, String institution, LocalDate day, boolean renewal) {
		Map<String, String> general = Map.of(KEY_POPULATION, "N", RENEWAL, yn(renewal));
		Map<String, String> key = Map.of(KEY_POPULATION, "Y", RENEWAL, yn(renewal));
		events.publishEvent(new FactsReported("fd:contract-key:" + contractId, SOURCE,
				List.of(new Fact(CONTRACTS, institution, day, general, BigDecimal.ONE.negate()),
						new Fact(CONTRACTS, institution, day, key, BigDecimal.ONE))));
	}

	/**
	 * A change of a centre's population of a year: the difference in key and other
	 * residents, on the year's first day (a zero is not reported).
	 */
	void population(String institution, LocalDate yearStart, int version, int keyDelta, int othersDelta) {
		List<Fact> changes = new ArrayList<>();
		if (keyDelta != 0) {
			changes.add(new Fact(POPULATION, institution, yearStart, Map.of(KEY_POPULATION, "Y"),
					BigDecimal.valueOf(keyDelta)));
		}
		if (othersDelta != 0) {
			changes.add(new Fact(POPULATION, institution, yearStart, Map.of(KEY_POPULATION, "N"),
					BigDecimal.valueOf(othersDelta)));
		}
		if (!changes.isEmpty()) {
			events.publishEvent(new FactsReported(
					"fd:population:" + institution + ":" + yearStart.getYear() + ":" + version, SOURCE, changes));
		}
	}

	private static String yn(boolean b) {
		return b ? "Y" : "N";
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
