package org.sanyi.clinical.familydoctor.internal;

import java.time.LocalDate;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The population a centre serves in a year (服务人口, the denominators of 签约率 and 重点人群签约率),
 * entered by the health commission for the centres of its region. Each change publishes
 * the difference to what was counted as facts on the year's first day, so monitoring's
 * yearly rate divides the contracts of the year by the population of the year.
 */
@Service
public class ServicePopulations {

	/**
	 * At most this many residents for one centre (a large urban community centre serves
	 * ~100,000).
	 */
	static final int MAX_RESIDENTS = 10_000_000;

	private final PopulationRepository populations;

	private final FamilyDoctorFacts facts;

	private final TransactionTemplate transaction;

	ServicePopulations(PopulationRepository populations, FamilyDoctorFacts facts, TransactionTemplate transaction) {
		this.populations = populations;
		this.facts = facts;
		this.transaction = transaction;
	}

	/**
	 * Sets the centre's population of the year; the year is this year, the next or the
	 * previous one.
	 */
	public void set(String institution, int year, Integer residents, Integer keyResidents, String regionPrefix,
			String by) {
		int thisYear = PlatformTime.today().getYear();
		if (year < thisYear - 1 || year > thisYear + 1) {
			throw new BusinessException(FamilyDoctorErrors.POPULATION_INVALID, "year", String.valueOf(year));
		}
		if (residents == null || residents < 0 || residents > MAX_RESIDENTS) {
			throw new BusinessException(FamilyDoctorErrors.POPULATION_INVALID, "residents", String.valueOf(residents));
		}
		if (keyResidents == null || keyResidents < 0 || keyResidents > residents) {
			throw new BusinessException(FamilyDoctorErrors.POPULATION_INVALID, "keyResidents",
					String.valueOf(keyResidents));
		}
		if (!populations.centreIn(institution, regionPrefix)) {
			throw new BusinessException(FamilyDoctorErrors.UNKNOWN_TEAM, institution);
		}
		transaction.executeWithoutResult(status -> {
			var before = populations.lock(institution, year);
			int version = before.map(b -> b.version() + 1).orElse(1);
			int keyBefore = before.map(PopulationRepository.Stored::keyResidents).orElse(0);
			int othersBefore = before.map(b -> b.residents() - b.keyResidents()).orElse(0);
			populations.save(institution, year, residents, keyResidents, version, by);
			facts.population(institution, LocalDate.of(year, 1, 1), version, keyResidents - keyBefore,
					residents - keyResidents - othersBefore);
		});
	}

}
