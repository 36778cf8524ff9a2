package org.sanyi.pharma.druguse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.events.EventBatchConsumer;
import org.sanyi.shared.events.EventQueue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 门诊患者抗菌药物使用率 from the platform's own settlements: each live outpatient settlement (2207,
 * kept in the {@link EventQueue} by its transaction and counted with the others that
 * wait, a batch per transaction) is one visit, outpatient or emergency (med_type 13), and
 * counts as a visit with an antibiotic when its drug lines, as carried by the event (its
 * {@code drugs}: quantity per national code), include a systemic antibacterial (ATC J01
 * of the catalogue, kept in memory for a minute). A settlement without western-drug fees
 * (its {@code fees} by charge type have no 09) is counted without looking at drugs; an
 * event published before events carried drugs has its lines read back through insurance's
 * {@link SettledClaims}. Reported to monitoring per settlement (key
 * {@code pharma:outpatient:<setl_id>}) and added to the institution's day for the 合理用药
 * page; a reversal takes back exactly what was counted. Retail pharmacies' settlements
 * are not visits.
 */
@Component
class OutpatientVisitListener implements EventBatchConsumer {

	/** Pharma's outpatient settlements in the event queue. */
	static final String VISITS = "pharma.outpatient-visits";

	private static final String LIVE_OUTPATIENT = "#root.args[0].live() && !#root.args[0].inpatient()";

	private final SettledClaims claims;

	private final SettledDrugUse drugUse;

	private final DrugUseRepository counted;

	private final Registry registry;

	private final DrugUseReports reports;

	private final EventQueue queue;

	/** Whether an institution is a retail pharmacy, by code. */
	private final Map<String, Boolean> pharmacies = new ConcurrentHashMap<>();

	OutpatientVisitListener(SettledClaims claims, SettledDrugUse drugUse, DrugUseRepository counted, Registry registry,
			DrugUseReports reports, EventQueue queue) {
		this.claims = claims;
		this.drugUse = drugUse;
		this.counted = counted;
		this.registry = registry;
		this.reports = reports;
		this.queue = queue;
	}

	@EventListener(condition = LIVE_OUTPATIENT)
	void on(SettlementCompleted e) {
		queue.append(VISITS, e);
	}

	@EventListener(condition = LIVE_OUTPATIENT)
	void on(SettlementReversed e) {
		queue.append(VISITS, e);
	}

	@Override
	public String name() {
		return VISITS;
	}

	@Override
	public void consume(List<Object> events) {
		for (Object event : events) {
			switch (event) {
				case SettlementCompleted e -> count(e);
				case SettlementReversed e -> reverse(e);
				default -> throw new IllegalArgumentException("not a settlement: " + event.getClass().getName());
			}
		}
	}

	private void count(SettlementCompleted e) {
		if (!SettledDrugUse.outpatient(e.medType()) || pharmacy(e.institutionCode())) {
			return;
		}
		LocalDate day = e.settledAt().toLocalDate();
		boolean antibacterial = e.fees().containsKey(SettledDrugUse.WESTERN_DRUGS) && (e.drugs().isEmpty()
				? claims.find(e.settlementId()).map(c -> drugUse.lookup().antibacterial(c)).orElse(false)
				: drugUse.antibacterial(e.drugs(), day));
		boolean emergency = SettledDrugUse.emergency(e.medType());
		if (counted.insert(DrugUseRepository.Counted.visit(e.settlementId(), e.institutionCode(), day, emergency,
				antibacterial))) {
			counted.addVisits(e.institutionCode(), e.institutionRegion(), day, emergency, 1, antibacterial ? 1 : 0);
			reports.report("pharma:outpatient:" + e.settlementId(),
					SettledDrugUse.visitFacts(e.institutionCode(), day, emergency, antibacterial, 1));
		}
	}

	private void reverse(SettlementReversed e) {
		counted.reverse(e.settlementId(), e.reversalId())
			.filter(row -> !DrugUseRepository.INPATIENT.equals(row.kind()))
			.ifPresent(row -> {
				boolean emergency = DrugUseRepository.EMERGENCY.equals(row.kind());
				boolean antibacterial = row.antibiotic() == 1;
				counted.addVisits(row.institutionCode(), e.institutionRegion(), row.day(), emergency, -1,
						antibacterial ? -1 : 0);
				reports.report("pharma:outpatient:" + e.reversalId(),
						SettledDrugUse.visitFacts(row.institutionCode(), row.day(), emergency, antibacterial, -1));
			});
	}

	private boolean pharmacy(String code) {
		return pharmacies.computeIfAbsent(code,
				c -> registry.institution(c).map(i -> i.kind() == Institution.Kind.PHARMACY).orElse(false));
	}

}
