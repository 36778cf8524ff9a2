package org.sanyi.identity.healthcode;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sanyi.identity.HealthCodeReader;
import org.sanyi.identity.card.QrVerification;
import org.springframework.stereotype.Component;

/**
 * {@link HealthCodeReader} over the card service: a dynamic code is verified online (its
 * signature, lifetime and the replay cache), a typed card number must name the card in
 * force.
 */
@Component
class CounterCodeReader implements HealthCodeReader {

	private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{16}");

	private final CardService cards;

	CounterCodeReader(CardService cards) {
		this.cards = cards;
	}

	@Override
	public Optional<String> residentAt(String scanned, String institutionCode, String username, String purpose) {
		String typed = scanned == null ? "" : scanned.replace(" ", "").strip();
		if (CARD_NUMBER.matcher(typed).matches()) {
			var result = cards.verifyCardNumber(typed, institutionCode, username, purpose);
			return "STATIC_CARD".equals(result.outcome()) ? Optional.ofNullable(result.residentId()) : Optional.empty();
		}
		var result = cards.verify(scanned, Instant.now(), institutionCode, username, purpose);
		return result.verification() instanceof QrVerification.Accepted ? Optional.ofNullable(result.residentId())
				: Optional.empty();
	}

}
