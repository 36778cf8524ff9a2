package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sanyi.insurance.ExternalPrescriptions;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Insurance's question before a pharmacy settles drugs on an external prescription
 * (2206/2207 with {@code rx_circ_flag} 1): the prescription ({@code hi_rxno}) exists, is
 * the person's, may be sold by this pharmacy now — the same state machine as the sale
 * (7206): held by it after review, not expired, revoked or used up, the repeat interval
 * kept — prescribes every drug in at least the quantity settled, and has a use left that
 * no settlement in force not yet written off by a sale holds. The reason is pharma's own
 * error text.
 */
@Component
class SettledOnPrescription implements ExternalPrescriptions {

	private final PrescriptionRepository prescriptions;

	SettledOnPrescription(PrescriptionRepository prescriptions) {
		this.prescriptions = prescriptions;
	}

	@Override
	public Optional<Refusal> refusal(Dispensing d) {
		Optional<PrescriptionRow> found = prescriptions.find(d.rxno());
		if (found.isEmpty()) {
			return reason(PharmaErrors.RX_NOT_FOUND, d.rxno());
		}
		PrescriptionRow rx = found.get();
		if (!rx.psnNo().equals(d.psnNo())) {
			return reason(PharmaErrors.RX_NOT_THE_PERSONS, d.rxno(), d.psnNo());
		}
		var refused = PrescriptionRules.sell(rx.rules(), d.pharmacy(), d.at());
		if (refused.isPresent()) {
			BusinessException e = RxRefusals.exception(refused.get());
			return reason(e.error(), e.args());
		}
		// a settlement in force not yet written off by a sale holds a use
		Set<String> pending = new TreeSet<>();
		for (String setlId : d.settled()) {
			if (!prescriptions.settlementUsed(setlId)) {
				pending.add(setlId);
			}
		}
		if (pending.size() >= rx.remaining()) {
			return reason(PharmaErrors.RX_SETTLED_NOT_SOLD, d.rxno(), String.join(",", pending));
		}
		// one use's quantity of each drug, in the catalogue's unit like the fee lines
		// (the
		// sale at 7206 holds to the same)
		Map<String, BigDecimal> prescribed = new HashMap<>();
		prescriptions.lines(rx.hiRxno()).forEach(l -> prescribed.merge(l.code(), l.quantity(), BigDecimal::add));
		for (Map.Entry<String, BigDecimal> settled : new TreeMap<>(d.quantities()).entrySet()) {
			BigDecimal max = prescribed.get(settled.getKey());
			if (max == null) {
				return reason(PharmaErrors.RX_LINE_NOT_PRESCRIBED, settled.getKey());
			}
			if (settled.getValue().compareTo(max) > 0) {
				return reason(PharmaErrors.RX_SETTLED_OVER_PRESCRIBED, d.rxno(), settled.getKey(),
						settled.getValue().stripTrailingZeros().toPlainString(),
						max.stripTrailingZeros().toPlainString());
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> reason(ErrorCode error, Object... args) {
		return Optional.of(new Refusal(error.code(),
				new DefaultMessageSourceResolvable(new String[] { error.messageKey() }, args, error.code())));
	}

}
