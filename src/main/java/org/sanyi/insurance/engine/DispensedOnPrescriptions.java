package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a settlement's charge lines dispense on external prescriptions (外配处方): per
 * prescription ({@code rxno}) the net quantity of each drug, refund lines netted against
 * their originals. A drug refunded in full is not dispensed on its prescription, and a
 * prescription left with nothing is not one the purchase was dispensed on.
 *
 * <p>
 * One computation for the two places that need it, so that they cannot disagree: the
 * gateway, which checks the quantities against the prescription and passes
 * {@link #prescription()} to the engine at 2206/2207, and the policy replay, which
 * rebuilds the same {@link Visit} from the recorded lines. Feed every line of the
 * settlement, originals and refunds, in any order.
 */
public final class DispensedOnPrescriptions {

	private final SortedMap<String, Map<String, BigDecimal>> byPrescription = new TreeMap<>();

	private final Map<String, BigDecimal> unprescribed = new LinkedHashMap<>();

	/**
	 * Adds one line of the settlement.
	 * @param rxno the external prescription the line names, or null for a line bought
	 * without one
	 * @param code the drug's national code ({@code med_list_codg})
	 * @param quantity the line's quantity, negative for a refund line (which keeps its
	 * original's prescription, or its lack of one)
	 * @return this
	 */
	public DispensedOnPrescriptions add(String rxno, String code, BigDecimal quantity) {
		Map<String, BigDecimal> drugs = rxno == null ? unprescribed
				: byPrescription.computeIfAbsent(rxno, rx -> new LinkedHashMap<>());
		drugs.merge(code, quantity, BigDecimal::add);
		return this;
	}

	/**
	 * The net quantity of each drug per prescription, drugs refunded in full and
	 * prescriptions left empty taken out; sorted by {@code rxno}.
	 */
	public SortedMap<String, Map<String, BigDecimal>> quantities() {
		SortedMap<String, Map<String, BigDecimal>> out = new TreeMap<>();
		byPrescription.forEach((rx, drugs) -> {
			Map<String, BigDecimal> left = new LinkedHashMap<>();
			drugs.forEach((code, q) -> {
				if (q.signum() > 0) {
					left.put(code, q);
				}
			});
			if (!left.isEmpty()) {
				out.put(rx, Collections.unmodifiableMap(left));
			}
		});
		return Collections.unmodifiableSortedMap(out);
	}

	/**
	 * Whether a drug bought without a prescription is left once refunds are netted (a
	 * purchase that also has {@link #quantities()} mixes the two).
	 */
	public boolean unprescribed() {
		return unprescribed.values().stream().anyMatch(q -> q.signum() > 0);
	}

	/**
	 * The prescriptions the purchase was dispensed on, comma-separated in order, for
	 * {@link Visit#prescription()}; null when none is left.
	 */
	public String prescription() {
		var rxnos = quantities().keySet();
		return rxnos.isEmpty() ? null : String.join(",", rxnos);
	}

}
