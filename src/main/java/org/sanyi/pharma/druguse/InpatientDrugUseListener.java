package org.sanyi.pharma.druguse;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.pharma.engine.Antimicrobials.VisitUse;
import org.sanyi.shared.facts.Fact;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts each live inpatient settlement's drug use (its lines read through insurance's
 * {@link SettledClaims}) and takes it back when the settlement is reversed. Outpatient
 * settlements have their own listener ({@link OutpatientVisitListener}).
 */
@Component
class InpatientDrugUseListener {

	private static final String LIVE_INPATIENT = "#root.args[0].inpatient() && #root.args[0].live()";

	private final SettledClaims claims;

	private final SettledDrugUse drugUse;

	private final DrugUseRepository counted;

	private final DrugUseReports reports;

	InpatientDrugUseListener(SettledClaims claims, SettledDrugUse drugUse, DrugUseRepository counted,
			DrugUseReports reports) {
		this.claims = claims;
		this.drugUse = drugUse;
		this.counted = counted;
		this.reports = reports;
	}

	@ApplicationModuleListener(condition = LIVE_INPATIENT)
	void on(SettlementCompleted e) {
		claims.find(e.settlementId()).ifPresent(claim -> {
			VisitUse use = drugUse.lookup().use(claim);
			LocalDate day = e.settledAt().toLocalDate();
			long days = SettledDrugUse.patientDays(e.admissionDate(), e.dischargeDate());
			var row = new DrugUseRepository.Counted(e.settlementId(), e.institutionCode(), day, e.closesVisit() ? 1 : 0,
					e.closesVisit() ? (int) days : 0, e.closesVisit() && use.antibiotic() ? 1 : 0, use.ddds(),
					use.unmeasured(), null, DrugUseRepository.INPATIENT);
			if (counted.insert(row)) {
				reports.report("pharma:inpatient:" + e.settlementId(), facts(row));
			}
		});
	}

	@ApplicationModuleListener(condition = LIVE_INPATIENT)
	void on(SettlementReversed e) {
		counted.reverse(e.settlementId(), e.reversalId())
			.ifPresent(row -> reports.report("pharma:inpatient:" + e.reversalId(),
					facts(row).stream().map(Fact::negated).toList()));
	}

	static List<Fact> facts(DrugUseRepository.Counted row) {
		VisitUse use = new VisitUse(true, row.antibiotic() == 1, false, row.ddds(), row.unmeasured());
		return SettledDrugUse.inpatientFacts(row.institutionCode(), row.day(), row.discharges() == 1, row.patientDays(),
				use);
	}

}
