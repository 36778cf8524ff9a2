package org.sanyi.pharma.rational;

import java.util.List;

import org.sanyi.shared.facts.DataElement;
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
		return DataElementCatalogue
			.of("pharma", List.of(DataElement.of(DrugUseFacts.OUTPATIENT, "fact.pharma.rx.outpatient", Unit.COUNT),
					DataElement
						.of(DrugUseFacts.OUTPATIENT_ANTIBIOTIC, "fact.pharma.rx.outpatient.antibiotic", Unit.COUNT),
					DataElement.of(DrugUseFacts.EMERGENCY, "fact.pharma.rx.emergency", Unit.COUNT),
					DataElement.of(DrugUseFacts.EMERGENCY_ANTIBIOTIC, "fact.pharma.rx.emergency.antibiotic",
							Unit.COUNT),
					DataElement.of(DrugUseFacts.ESSENTIAL, "fact.pharma.rx.essential", Unit.COUNT),
					DataElement.of(DrugUseFacts.ANTIMICROBIAL_DDD, "fact.pharma.rx.antimicrobial.ddd", Unit.QUANTITY)));
	}

}
