package org.sanyi.clinical.referral.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.sanyi.clinical.referral.engine.CareLevel;
import org.sanyi.clinical.referral.engine.ReferralScope.Site;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Institutions as the referral scope sees them, read from the registry: care level, city,
 * alliances on the day and the highest level within the county medical communities and
 * city groups they belong to (specialty alliances connect, but do not oblige a referral
 * to stay inside).
 */
@Component
class Sites {

	private final Registry registry;

	Sites(Registry registry) {
		this.registry = registry;
	}

	Optional<Institution> institution(String code) {
		return code == null ? Optional.empty() : registry.institution(code);
	}

	Site site(Institution institution, LocalDate day) {
		return site(institution, day, true);
	}

	/**
	 * As {@link #site(Institution, LocalDate)}; without {@code top} the alliance's
	 * highest level is not looked up (a receiver needs only its alliances).
	 */
	Site site(Institution institution, LocalDate day, boolean top) {
		CareLevel level = CareLevel.of(institution.kind(), institution.grade());
		Set<String> codes = new HashSet<>();
		CareLevel highest = level;
		for (Alliance alliance : registry.alliancesOf(institution.code(), day)) {
			codes.add(alliance.code());
			if (!top || alliance.kind() == Alliance.Kind.SPECIALTY || level == null) {
				continue;
			}
			for (Institution member : registry.institutionsInAlliance(alliance.id(), day)) {
				CareLevel l = CareLevel.of(member.kind(), member.grade());
				if (l != null && l.above(highest)) {
					highest = l;
				}
			}
		}
		return new Site(institution.code(), level, cityOf(institution.regionCode()), codes, highest);
	}

	static String cityOf(String regionCode) {
		return regionCode.substring(0, 4) + "00";
	}

}
