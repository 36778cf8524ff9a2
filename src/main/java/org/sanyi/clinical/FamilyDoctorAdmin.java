package org.sanyi.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bulk writes of family-doctor teams, packages, contracts, registers and follow-ups at a
 * given moment, for the demo generator and a region's onboarding; follow-ups are tiered
 * by the same rules as on the team's page. Implemented by the nested module
 * {@code clinical.familydoctor}.
 */
public interface FamilyDoctorAdmin {

	boolean hasTeams();

	/** Creates (or finds) a team of a primary-care centre; returns its id. */
	long createTeam(String institutionCode, String name, String leaderName, String members, String specialist);

	/**
	 * Adds a service package.
	 * @param kind {@code BASIC} or {@code PERSONALISED}
	 */
	void createPackage(String code, String name, String kind, BigDecimal price, String services);

	/**
	 * Adds a service package with what the insurance fund and the basic public-health
	 * fund pay for it on top of the resident's part ({@code price}).
	 */
	void createPackage(String code, String name, String kind, BigDecimal price, BigDecimal insurancePays,
			BigDecimal publicHealthPays, String services);

	/**
	 * Ends a contract early, by its team.
	 * @param reason a termination reason code ({@code MOVED}, {@code CHANGE_TEAM},
	 * {@code RESIDENT_REQUEST}, {@code DECEASED}, {@code OTHER} with a note)
	 * @return the contract's id
	 */
	long terminate(long contractId, String reason, String note, String by, Instant at);

	/**
	 * Signs a one-year contract; the fee is the sum of the packages' prices.
	 * @param crowds crowd category codes (see {@code fd.crowd.*})
	 * @param via {@code PORTAL} or {@code TEAM}
	 * @return the contract's id
	 */
	long sign(String residentId, long teamId, List<String> crowds, List<String> packages, LocalDate startsOn,
			String via, Instant at);

	/**
	 * Sets the population a centre serves in a year (服务人口 and, of it, the key
	 * populations): the denominators of 签约率 and 重点人群签约率.
	 */
	void servicePopulation(String institutionCode, int year, int residents, int keyResidents);

	/**
	 * Puts a resident on a register of the team.
	 * @param condition {@code HTN} or {@code DM}
	 */
	void register(String residentId, String condition, long teamId, LocalDate on);

	/**
	 * Records a follow-up of a registered patient at the team's centre; returns its tier.
	 */
	String followUp(String residentId, String institutionCode, Integer sbp, Integer dbp, BigDecimal fastingGlucose,
			String medication, String recordedBy, Instant at);

	/**
	 * Records the county's payments (拨付) of what the public-health fund still owed each
	 * team for the months before {@code beforePeriod} ({@code yyyy-MM}): each in full,
	 * paid on the 15th of the following month (today at the latest), one voucher per team
	 * and month; returns how many were recorded.
	 */
	int disburseDueBefore(String beforePeriod, String recordedBy, Instant at);

}
