package org.sanyi.insurance.engine;

import java.util.Set;

/**
 * Who may draw on a supplementary layer: everyone, civil servants ({@code cvlserv_flag}),
 * or holders of one of the listed special identities ({@code idetinfo.psn_idet_type} from
 * 1101, e.g. 低保, 特困). Identity codes are local (loaded with 1901), so they are opaque
 * strings here.
 *
 * @param identities any one of these identities qualifies; empty = no identity needed
 * @param civilServantsOnly only persons with {@code cvlserv_flag = 1}
 */
public record Eligibility(Set<String> identities, boolean civilServantsOnly) {

	public static final Eligibility EVERYONE = new Eligibility(Set.of(), false);

	public static final Eligibility CIVIL_SERVANTS = new Eligibility(Set.of(), true);

	public Eligibility {
		identities = identities == null ? Set.of() : Set.copyOf(identities);
	}

	/** Holders of any of these identities. */
	public static Eligibility identities(String... codes) {
		return new Eligibility(Set.of(codes), false);
	}

	boolean admits(Visit visit) {
		if (civilServantsOnly && !visit.civilServant()) {
			return false;
		}
		return identities.isEmpty() || identities.stream().anyMatch(visit.identities()::contains);
	}

}
