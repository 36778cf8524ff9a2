package org.sanyi.clinical.recognition.internal;

import java.util.List;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Dimensions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What recognition reports to monitoring, per ordering institution and day: orders for
 * which a recognisable result was offered (the denominator of 互认率), accepted ones
 * (avoided repeats, the numerator), declines by reason, and the money accepted results
 * saved (the item's catalogue price).
 */
@Configuration(proxyBeanMethods = false)
class RecognitionFacts {

	static final String OFFERED = "recognition.offered";

	static final String ACCEPTED = "recognition.accepted";

	static final String DECLINED = "recognition.declined";

	static final String SAVED = "recognition.saved";

	@Bean
	DataElementCatalogue recognitionDataElements() {
		return DataElementCatalogue.of("recognition",
				List.of(DataElement.of(OFFERED, "recognition.fact.offered", Unit.COUNT, Dimensions.ITEM),
						DataElement.of(ACCEPTED, "recognition.fact.accepted", Unit.COUNT, Dimensions.ITEM),
						DataElement.of(DECLINED, "recognition.fact.declined", Unit.COUNT, Dimensions.ITEM,
								Dimensions.REASON),
						DataElement.of(SAVED, "recognition.fact.saved", Unit.YUAN, Dimensions.ITEM)));
	}

}
