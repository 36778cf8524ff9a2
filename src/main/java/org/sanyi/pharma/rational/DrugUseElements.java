package org.sanyi.pharma.rational;

import java.util.List;

import org.sanyi.pharma.druguse.SettledDrugUse;
import org.sanyi.pharma.resistance.Resistances;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rational-drug-use facts pharma reports to monitoring (see {@link DrugUseFacts}).
 */
@Configuration(proxyBeanMethods = false)
class DrugUseElements {

	@Bean
	DataElementCatalogue pharmaDrugUseElements() {
		return DataElementCatalogue.of("pharma", List.of(
				DataElement.of(DrugUseFacts.OUTPATIENT, "fact.pharma.rx.outpatient", Unit.COUNT),
				DataElement.of(DrugUseFacts.OUTPATIENT_ANTIBIOTIC, "fact.pharma.rx.outpatient.antibiotic", Unit.COUNT),
				DataElement.of(DrugUseFacts.EMERGENCY, "fact.pharma.rx.emergency", Unit.COUNT),
				DataElement.of(DrugUseFacts.EMERGENCY_ANTIBIOTIC, "fact.pharma.rx.emergency.antibiotic", Unit.COUNT),
				DataElement.of(DrugUseFacts.ESSENTIAL, "fact.pharma.rx.essential", Unit.COUNT),
				DataElement.of(DrugUseFacts.ANTIMICROBIAL_DDD, "fact.pharma.rx.antimicrobial.ddd", Unit.QUANTITY),
				DataElement.of(SettledDrugUse.DISCHARGES, "fact.pharma.inpatient.discharges", Unit.COUNT),
				DataElement.of(SettledDrugUse.PATIENT_DAYS, "fact.pharma.inpatient.days", Unit.DAY),
				DataElement.of(SettledDrugUse.INPATIENT_ANTIBIOTIC, "fact.pharma.inpatient.antibiotic", Unit.COUNT),
				DataElement.of(SettledDrugUse.INPATIENT_DDD, "fact.pharma.inpatient.antimicrobial.ddd", Unit.QUANTITY),
				DataElement.of(SettledDrugUse.UNMEASURED, "fact.pharma.inpatient.antimicrobial.unmeasured", Unit.COUNT),
				DataElement.of(SettledDrugUse.VISITS_OUTPATIENT, "fact.pharma.visit.outpatient", Unit.COUNT),
				DataElement.of(SettledDrugUse.VISITS_OUTPATIENT_ANTIBACTERIAL,
						"fact.pharma.visit.outpatient.antibacterial", Unit.COUNT),
				DataElement.of(SettledDrugUse.VISITS_EMERGENCY, "fact.pharma.visit.emergency", Unit.COUNT),
				DataElement.of(SettledDrugUse.VISITS_EMERGENCY_ANTIBACTERIAL,
						"fact.pharma.visit.emergency.antibacterial", Unit.COUNT),
				DataElement.of(Resistances.TESTED, "fact.pharma.ast.tested", Unit.COUNT, Dimensions.ORGANISM,
						Dimensions.ANTIBIOTIC),
				DataElement.of(Resistances.RESISTANT, "fact.pharma.ast.resistant", Unit.COUNT, Dimensions.ORGANISM,
						Dimensions.ANTIBIOTIC)));
	}

}
