package org.sanyi.pharma.rational;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.engine.DrugUse;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxReview;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reports each uploaded prescription to monitoring, in the upload's transaction: the
 * outpatient or emergency prescription, whether it has an antimicrobial (antibiotic
 * prescription share: outpatient ≤ 20 %, emergency ≤ 40 %), whether it has a 基本药物 (基本药物
 * share), and the DDDs of its antimicrobials (the numerator of AUD; the patient-days come
 * from the stays' reporters).
 */
@Component
public class DrugUseFacts {

	public static final String OUTPATIENT = "pharma.rx.outpatient";

	public static final String OUTPATIENT_ANTIBIOTIC = "pharma.rx.outpatient.antibiotic";

	public static final String EMERGENCY = "pharma.rx.emergency";

	public static final String EMERGENCY_ANTIBIOTIC = "pharma.rx.emergency.antibiotic";

	public static final String ESSENTIAL = "pharma.rx.essential";

	public static final String ANTIMICROBIAL_DDD = "pharma.rx.antimicrobial.ddd";

	private final ApplicationEventPublisher events;

	DrugUseFacts(ApplicationEventPublisher events) {
		this.events = events;
	}

	public void issued(String hiRxno, String institution, LocalDate day, RxReview.Input rx, ReviewRules rules) {
		events.publishEvent(new FactsReported("pharma:rx:" + hiRxno, "pharma", facts(institution, day, rx, rules)));
	}

	static List<Fact> facts(String institution, LocalDate day, RxReview.Input rx, ReviewRules rules) {
		DrugUse use = DrugUse.of(rx, rules);
		boolean emergency = rx.type() == RxType.EMERGENCY;
		List<Fact> facts = new ArrayList<>();
		facts.add(fact(emergency ? EMERGENCY : OUTPATIENT, institution, day, BigDecimal.ONE));
		if (use.antibiotic()) {
			facts.add(fact(emergency ? EMERGENCY_ANTIBIOTIC : OUTPATIENT_ANTIBIOTIC, institution, day, BigDecimal.ONE));
		}
		if (use.essential()) {
			facts.add(fact(ESSENTIAL, institution, day, BigDecimal.ONE));
		}
		if (use.antimicrobialDdds().signum() > 0) {
			facts.add(fact(ANTIMICROBIAL_DDD, institution, day, use.antimicrobialDdds()));
		}
		return facts;
	}

	private static Fact fact(String element, String institution, LocalDate day, BigDecimal value) {
		return new Fact(element, institution, day, Map.of(), value);
	}

}
