package org.sanyi.clinical.imaging.reading;

import java.util.List;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What imaging reading reports to monitoring, per imaging centre and day: readings
 * requested of it, reports signed, the minutes from request to signature summed over the
 * signed ones (the mean turnaround is their ratio), and signatures after the deadline
 * (the share of overdue reports).
 */
@Configuration(proxyBeanMethods = false)
class ImagingFacts {

	static final String REQUESTED = "imaging.requested";

	static final String SIGNED = "imaging.signed";

	static final String TURNAROUND = "imaging.turnaround";

	static final String OVERDUE = "imaging.overdue";

	@Bean
	DataElementCatalogue imagingDataElements() {
		return DataElementCatalogue.of("imaging",
				List.of(DataElement.of(REQUESTED, "imaging.fact.requested", Unit.COUNT),
						DataElement.of(SIGNED, "imaging.fact.signed", Unit.COUNT),
						DataElement.of(TURNAROUND, "imaging.fact.turnaround", Unit.MINUTE),
						DataElement.of(OVERDUE, "imaging.fact.overdue", Unit.COUNT)));
	}

}
