package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.insurance.settlement.Visits.VisitRow;

import org.springframework.stereotype.Component;

/**
 * The gateway's steps of a visit, taken in one go for a visit another part of the
 * platform completes (an online visit, the demo's referred stays): outpatient 2201
 * register, 2203 med_type and diagnosis, 2204 fee lines, 2207 settle; inpatient 2401
 * admit, 2301 fee lines, 2402 discharge, 2304 settle. The same services, locks, policy,
 * guards ({@code SettlementGuard}, told the settlement is live) and events as at the
 * gateway; the caller's transaction holds them, so a refusal at any step leaves nothing.
 * {@link LiveSettlementService} and {@link LiveStays} both settle through here.
 */
@Component
class LiveVisits {

	private final VisitService visits;

	private final SettlementService settlements;

	LiveVisits(VisitService visits, SettlementService settlements) {
		this.visits = visits;
		this.settlements = settlements;
	}

	/**
	 * A visit to settle live, by the person's ID card ({@code mdtrt_cert_type 02}).
	 *
	 * @param end the discharge of a stay; {@code null} for an outpatient visit
	 * @param diagnoses the visit's diagnoses, the main one first
	 * @param lines the fee lines, none a refund
	 */
	record LiveVisit(InstitutionInfo at, Person person, String insutype, String medType, String hospitalNo,
			LocalDateTime begin, LocalDateTime end, String doctorCode, String doctorName, String deptName,
			List<Diagnosis> diagnoses, List<VisitService.UploadedLine> lines, boolean useAccount) {

		boolean inpatient() {
			return end != null;
		}

	}

	SettlementRow settle(LiveVisit v) {
		String institution = v.at().code();
		String psnNo = v.person().psnNo();
		Diagnosis main = v.diagnoses().getFirst();
		VisitRow visit = visits.open(
				new VisitService.NewVisit(v.at(), psnNo, v.insutype(), v.begin(), "02", v.person().certNo(),
						v.hospitalNo(), v.medType(), v.doctorCode(), v.doctorName(), null, v.deptName(), null, null,
						main.code(), main.name(), v.inpatient() ? v.diagnoses() : List.of(), null, null),
				v.inpatient());
		if (v.inpatient()) {
			visits.upload(institution, visit.visitId(), psnNo, v.lines(), true, null, "2301");
			visits.discharge(institution, visit.visitId(), psnNo, v.end(), main.code(), main.name(), "1",
					v.diagnoses());
		}
		else {
			visits.describe(institution, visit.visitId(), psnNo, v.medType(), main.code(), main.name(), v.diagnoses());
			visits.upload(institution, visit.visitId(), psnNo, v.lines(), false, null, "2204");
		}
		BigDecimal total = v.lines()
			.stream()
			.map(VisitService.UploadedLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return settlements
			.settleLive(
					new SettlementService.SettleRequest(institution, visit.visitId(), psnNo, v.insutype(), "02",
							v.person().certNo(), v.medType(), total, null, v.useAccount(), null, null),
					v.inpatient() ? "2304" : "2207")
			.row();
	}

}
