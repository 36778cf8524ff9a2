package org.sanyi.insurance.policy.replay.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.shared.Money;

/**
 * A person's year "recorded" the way the gateway records it: each visit settled in turn
 * by the engine with the totals the earlier ones left, the outcome kept as recorded.
 */
final class ReplayFixtures {

	private final SettlementEngine engine = new SettlementEngine();

	private final PolicyVersion pricedWith;

	private Accumulators totals = Accumulators.empty(2026);

	final List<RecordedSettlement> events = new ArrayList<>();

	ReplayFixtures(PolicyVersion pricedWith) {
		this.pricedWith = pricedWith;
	}

	static Visit inpatient(String visitId, String person, HospitalLevel level, LocalDate day, Money borne) {
		Visit.Builder b = Visit.builder()
			.visitId(visitId)
			.personId(person)
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(level)
			.insuredRegion(IllustrativePolicies.HOME)
			.personType("1501")
			.age(62)
			.admissionDate(day.minusDays(5))
			.settlementDate(day);
		if (borne != null) {
			b.continuingAdmission(borne);
		}
		return b.build();
	}

	static List<FeeLine> ward(String amount) {
		return List.of(FeeLine.of("1", "A-WARD", "01", null, "1", amount, amount + ".00", null));
	}

	/** Settles a visit as the gateway would and records it. */
	Settlement settle(String setlId, Visit visit, List<FeeLine> lines, String county) {
		Settlement s = engine.settle(pricedWith, totals, visit, lines);
		totals = s.accumulatorsAfter();
		events.add(RecordedSettlement.settled(setlId, visit(visit), true, lines, Outcome.of(s),
				new RecordedSettlement.Where("390", visit.hospitalLevel().code(), county)));
		return s;
	}

	/** Reverses a recorded settlement as the gateway would (its totals taken back). */
	void reverse(String setlId, String original, Accumulators before) {
		totals = before;
		events.add(RecordedSettlement.reversal(setlId, original));
	}

	Accumulators totals() {
		return totals;
	}

	/**
	 * The visit as stored: a later part of an admission is recorded without the borne
	 * deductible (the replay works it out from the earlier parts).
	 */
	private static Visit visit(Visit v) {
		return new Visit(v.visitId(), v.personId(), v.insutype(), v.medType(), v.hospitalLevel(), v.insuredRegion(),
				v.treatmentRegion(), v.personType(), v.age(), v.civilServant(), v.identities(), v.diseaseCode(),
				v.admissionDate(), v.settlementDate(), v.useAccount(), v.accountBalance(), null);
	}

}
