package org.sanyi.insurance.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.sanyi.identity.ResidentDeaths;
import org.sanyi.insurance.InsuredDeaths;

import org.springframework.stereotype.Component;

/** {@link InsuredDeaths} from identity's death registration. */
@Component
class IdentityInsuredDeaths implements InsuredDeaths {

	private final ResidentDeaths deaths;

	IdentityInsuredDeaths(ResidentDeaths deaths) {
		this.deaths = deaths;
	}

	@Override
	public Map<String, LocalDate> datesOfDeath(Collection<String> personIds) {
		return deaths.datesOfDeathByPsnNo(personIds);
	}

}
