package org.sanyi.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Death registration of the master patient index (死亡登记). The system's view: no user scope
 * (the REST API and the pages apply it). Insurance reads it for fund supervision's 死亡后就医
 * by insurance person number.
 */
public interface ResidentDeaths {

	/**
	 * Records a death, or corrects a recorded one (then {@code reason} is required):
	 * validated (IDN-0022…0029, nothing is saved on error), kept with its trail, audited
	 * by the caller. Reporting the values already in force changes nothing. Publishes
	 * {@link ResidentDied} when something changed.
	 * @param report what was reported
	 * @param reportedBy the institution that issued the certificate, or the feed's region
	 * code
	 * @param recordedBy the user recording it
	 * @return the death in force afterwards
	 */
	Death record(DeathReport report, String reportedBy, String recordedBy);

	/**
	 * The death in force of a resident: its own, or else one recorded on a resident
	 * merged into it (a merge carries it to the survivor, an unmerge takes it back);
	 * empty when none is.
	 */
	Optional<Death> of(String residentId);

	/**
	 * The dates of death of insured persons by insurance person number ({@code psn_no});
	 * persons without a registered death are not in the map.
	 */
	Map<String, LocalDate> datesOfDeathByPsnNo(Collection<String> psnNos);

}
