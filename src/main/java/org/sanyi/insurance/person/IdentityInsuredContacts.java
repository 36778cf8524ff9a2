package org.sanyi.insurance.person;

import java.util.List;

import org.sanyi.identity.ResidentContacts;
import org.sanyi.insurance.InsuredContacts;

import org.springframework.stereotype.Component;

/** {@link InsuredContacts} from identity's master patient index. */
@Component
class IdentityInsuredContacts implements InsuredContacts {

	private final ResidentContacts residents;

	IdentityInsuredContacts(ResidentContacts residents) {
		this.residents = residents;
	}

	@Override
	public List<SharedPhone> sharedPhones(int minPersons) {
		return residents.sharedPhones(minPersons)
			.stream()
			.map(p -> new SharedPhone(p.phoneMasked(), p.psnNos()))
			.toList();
	}

}
