package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.ExternalPrescriptions;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.DispensedOnPrescriptions;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * What a settlement's lines say about external prescriptions (外配处方), checked before the
 * engine prices them (2206/2207):
 * <ul>
 * <li>med_type 41 (定点药店购药) is a designated retail pharmacy's; elsewhere it is refused
 * ({@code INS-0180}), also at 2203;</li>
 * <li>a pharmacy purchase is either dispensed on prescriptions (every charge line with
 * {@code rx_circ_flag} 1 and its {@code rxno}: pooled) or bought without one (no line:
 * account or cash); a mix is refused ({@code INS-0181}) — the pharmacy settles the two
 * apart, as the funds pay for one and not the other;</li>
 * <li>every prescription the lines name, at any medical type, must be one the settling
 * institution holds for the person with those drugs on it ({@link ExternalPrescriptions},
 * pharma's; {@code INS-0182} with its reason).</li>
 * </ul>
 * Refund lines carry their original's prescription and are settled with it: the lines are
 * netted per drug first ({@link DispensedOnPrescriptions}, which the policy replay uses
 * too), so a drug refunded in full is neither on its prescription nor part of a mix.
 */
@Component
class PharmacyPurchases {

	private final InstitutionDirectory institutions;

	private final List<ExternalPrescriptions> prescriptions;

	private final VisitRepository visits;

	PharmacyPurchases(InstitutionDirectory institutions, List<ExternalPrescriptions> prescriptions,
			VisitRepository visits) {
		this.institutions = institutions;
		this.visits = visits;
		this.prescriptions = List.copyOf(prescriptions);
	}

	/** Refuses med_type 41 at an institution that is not a designated retail pharmacy. */
	void requireSeller(String institution, String medType) {
		if (MedType.PHARMACY.code().equals(medType)
				&& !institutions.find(institution).map(InstitutionInfo::pharmacy).orElse(false)) {
			throw new BusinessException(InsuranceErrors.PHARMACY_MED_TYPE_ELSEWHERE, institution);
		}
	}

	/**
	 * Checks the lines about to be settled and returns the prescriptions a pharmacy
	 * purchase was dispensed on (comma-separated, for the engine's
	 * {@code Visit.prescription}); {@code null} for one bought without and for any other
	 * medical type.
	 */
	String prescription(VisitRow visit, String medType, List<FeeLineRow> lines, OffsetDateTime now) {
		requireSeller(visit.institution(), medType);
		var dispensed = new DispensedOnPrescriptions();
		lines.forEach(l -> dispensed.add(l.externalRx(), l.code(), l.quantity()));
		Map<String, Map<String, BigDecimal>> codesByRx = dispensed.quantities();
		boolean without = dispensed.unprescribed();
		boolean pharmacy = MedType.PHARMACY.code().equals(medType);
		if (pharmacy && without && !codesByRx.isEmpty()) {
			throw new BusinessException(InsuranceErrors.PHARMACY_MIXED_LINES, String.join(",", codesByRx.keySet()));
		}
		for (Map.Entry<String, Map<String, BigDecimal>> e : codesByRx.entrySet()) {
			var dispensing = new ExternalPrescriptions.Dispensing(visit.institution(), visit.psnNo(), e.getKey(),
					e.getValue(), now, prescriptions.isEmpty() ? Set.of() : visits.settlementsOn(e.getKey()));
			for (ExternalPrescriptions check : prescriptions) {
				Optional<ExternalPrescriptions.Refusal> refused = check.refusal(dispensing);
				if (refused.isPresent()) {
					throw new BusinessException(InsuranceErrors.EXTERNAL_RX_REFUSED, e.getKey(), refused.get().code(),
							refused.get().reason());
				}
			}
		}
		return pharmacy ? dispensed.prescription() : null;
	}

}
