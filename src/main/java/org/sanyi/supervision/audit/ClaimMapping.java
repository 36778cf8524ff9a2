package org.sanyi.supervision.audit;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.HospitalLevels;
import org.sanyi.supervision.engine.InstitutionType;
import org.sanyi.supervision.engine.ItemKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Sex;

/** Insurance's settled claims as the engine's claims. */
public final class ClaimMapping {

	private ClaimMapping() {
	}

	/**
	 * The engine's claim of a settled one, at an institution of this type ({@code null}:
	 * not known).
	 */
	public static Claim claim(SettledClaims.Claim c, InstitutionType type) {
		List<ClaimLine> lines = new ArrayList<>(c.lines().size());
		for (SettledClaims.Line l : c.lines()) {
			lines.add(new ClaimLine(l.lineId(), l.code(), l.name(), l.name(), ItemKind.ofCode(l.chargeType()),
					l.date() == null ? c.admission() : l.date(), l.quantity(), l.price(), l.amount(), l.daysSupplied(),
					l.doctor().isEmpty() ? c.doctor() : l.doctor(), l.department()));
		}
		return new Claim(c.visitId(), c.settlementId(), c.personId(), Sex.ofCode(c.sex()), c.birthDate(),
				c.institutionCode(), Math.max(0, HospitalLevels.of(c.hospitalLevel())), Scene.ofMedType(c.medType()),
				c.admission(), c.discharge(), c.diagnoses(), lines)
			.withChronic(Claim.chronicMedType(c.medType()))
			.withInsutype(c.insutype())
			.withInstitutionType(type);
	}

}
