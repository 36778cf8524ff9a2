package org.sanyi.insurance.person;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.identity.InsuranceStatus;

import org.springframework.stereotype.Component;

/**
 * Answers the identity module's health-code scans with the holder's enrolments of the
 * scan's year.
 */
@Component
class IdentityInsuranceStatus implements InsuranceStatus {

	/** 居民身份证 (psn_cert_type 01): the ID number the identity module hands over. */
	private static final String ID_CARD = "01";

	private final PersonRepository persons;

	IdentityInsuranceStatus(PersonRepository persons) {
		this.persons = persons;
	}

	@Override
	public List<Standing> standings(String idNumber, LocalDate date) {
		return persons.findByCertificate(ID_CARD, idNumber)
			.map(person -> persons.enrolments(person.psnNo())
				.stream()
				.filter(e -> e.year() == date.getYear())
				.map(e -> new Standing(e.insutype(), person.insuredRegion(), e.active()))
				.toList())
			.orElse(List.of());
	}

}
