package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

/**
 * The electronic prescriptions a pharmacy settles drugs on (外配处方: 2204 lines with
 * {@code rx_circ_flag} 1 and the prescription's {@code rxno}). A designated retail
 * pharmacy's purchase (med_type 41) is pooled only on such a prescription, so at
 * 2206/2207 the platform asks the owner of prescriptions whether this one may be settled
 * here. Insurance owns the port because pharma, which keeps the prescriptions, depends on
 * insurance and not the other way round (DESIGN.md §3). With no implementation every
 * prescription number is taken as given.
 */
public interface ExternalPrescriptions {

	/**
	 * Why the pharmacy may not settle these drugs on the prescription; empty when it may.
	 * The prescription must exist, be the person's, be held by this pharmacy in a state
	 * that can be sold (reviewed, not expired, revoked or used up, its interval kept),
	 * prescribe every drug in at least the quantity settled, and have a use left that no
	 * settlement in force has taken yet (a settlement not yet written off by a sale holds
	 * a use: one use, one settlement).
	 */
	Optional<Refusal> refusal(Dispensing dispensing);

	/**
	 * Why not.
	 *
	 * @param code the owner's error code, e.g. {@code PH-0204}, for the HIS to search
	 * @param reason its text with the arguments
	 */
	record Refusal(String code, MessageSourceResolvable reason) {
	}

	/**
	 * Drugs about to be settled on a prescription.
	 *
	 * @param pharmacy the settling institution ({@code fixmedins_code})
	 * @param psnNo the insured person
	 * @param rxno the prescription as the lines name it (the platform's {@code hi_rxno})
	 * @param quantities the quantity of each drug settled on it by national code, in the
	 * catalogue's unit as the fee lines bill it (refund lines netted)
	 * @param at now
	 * @param settled the settlements in force whose lines already name the prescription
	 */
	record Dispensing(String pharmacy, String psnNo, String rxno, Map<String, BigDecimal> quantities, OffsetDateTime at,
			Set<String> settled) {

		public Dispensing {
			quantities = Map.copyOf(quantities);
			settled = Set.copyOf(settled);
		}

		/** The national codes of the drugs settled on it. */
		public Set<String> codes() {
			return quantities.keySet();
		}

	}

}
