package org.sanyi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the registry for other modules (identity, insurance, drg, monitoring
 * ...). This is the system's view: it applies no user's data scope, because callers such
 * as the settlement gateway act for the platform. Modules that show registry data to a
 * user must narrow it by that user's {@link org.sanyi.security.DataScope} themselves.
 */
public interface Registry {

	Optional<Region> region(String code);

	/**
	 * The lineage of a region: the province first, then each level down, the region
	 * itself last. Empty when the code is unknown.
	 */
	List<Region> ancestors(String regionCode);

	/** The regions directly below one, ordered by code. */
	List<Region> children(String regionCode);

	Optional<Institution> institution(String code);

	/**
	 * The institutions registered in the region or anywhere below it, ordered by code.
	 */
	List<Institution> institutionsUnderRegion(String regionCode);

	List<Department> departments(String institutionCode);

	Optional<Alliance> alliance(long id);

	Optional<Alliance> allianceByCode(String code);

	/** The alliances the institution is a member of on that day (as lead or member). */
	List<Alliance> alliancesOf(String institutionCode, LocalDate on);

	/** The institutions that are members of the alliance on that day, the lead first. */
	List<Institution> institutionsInAlliance(long allianceId, LocalDate on);

	/** Every membership the alliance has had, current and past. */
	List<Membership> memberships(long allianceId);

}
