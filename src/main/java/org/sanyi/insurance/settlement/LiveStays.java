package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finished stay settled live, the way a hospital's HIS does it at the gateway (2401
 * admit, 2301 fee lines, 2402 discharge, 2304 settle), in one transaction
 * ({@link LiveVisits}): the same services, locks, policy (with its referral rules),
 * guards and events. For the demo's referred stays, and its retail pharmacies' sales on
 * e-prescriptions (2201, 2203, 2204, 2207); history is {@code RecordedActivity}'s.
 */
@Component
public class LiveStays {

	private final InstitutionDirectory institutions;

	private final PersonRepository persons;

	private final LiveVisits live;

	LiveStays(InstitutionDirectory institutions, PersonRepository persons, LiveVisits live) {
		this.institutions = institutions;
		this.persons = persons;
		this.live = live;
	}

	/** Settles the stay; returns its {@code setl_id}. */
	@Transactional
	public String settle(RecordedVisit stay) {
		return settle(stay, "ZY", stay.end(), null);
	}

	/**
	 * Settles a pharmacy's sale (med_type 41) of lines all dispensed on {@code rxno}, or
	 * bought without a prescription when it is {@code null}; returns its {@code setl_id}.
	 */
	@Transactional
	public String settleSale(RecordedVisit sale, String rxno) {
		return settle(sale, "LS", null, rxno);
	}

	private String settle(RecordedVisit stay, String prefix, java.time.LocalDateTime end, String rxno) {
		InstitutionInfo at = institutions.find(stay.institutionCode())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.LIVE_INSTITUTION_UNKNOWN, stay.institutionCode()));
		Person person = persons.find(stay.psnNo())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_PERSON, stay.psnNo()));
		List<Diagnosis> diagnoses = new ArrayList<>();
		for (int i = 0; i < stay.diagnoses().size(); i++) {
			var d = stay.diagnoses().get(i);
			diagnoses.add(
					new Diagnosis(i + 1, "1", i == 0, d.code(), d.name(), null, stay.doctorCode(), null, stay.begin()));
		}
		// named from the catalogue, as the HIS's own names would be
		List<VisitService.UploadedLine> lines = new ArrayList<>();
		for (int i = 0; i < stay.lines().size(); i++) {
			RecordedLine l = stay.lines().get(i);
			BigDecimal amount = l.unitPrice().multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
			lines.add(new VisitService.UploadedLine(String.valueOf(i + 1), end == null ? "B1" : null, l.code(),
					l.code(), null, l.unitPrice(), l.quantity(), amount, l.chargedAt(stay.begin()), null,
					stay.doctorCode(), null, l.prdDays(), rxno));
		}
		return live
			.settle(new LiveVisits.LiveVisit(at, person, stay.insutype(), stay.medType(),
					prefix + System.nanoTime() % 1_000_000_000L, stay.begin(), end, stay.doctorCode(), null, null,
					diagnoses, lines, stay.useAccount()))
			.setlId();
	}

}
