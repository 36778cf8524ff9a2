package org.sanyi.insurance.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which visits a policy rule applies to: a conjunction of optional conditions on the
 * benefit kind, hospital tier, person group, age, chronic disease and locality. An empty
 * or "any" condition matches everything. Rules are tried in the order the policy lists
 * them and the first match wins (a decision table with hit policy FIRST), so specific
 * rows go before general ones.
 *
 * @param kinds benefit kinds; empty = all
 * @param hospitalTier 1, 2 or 3; 0 = any tier
 * @param group person group; {@link PersonGroup#ANY} = everyone
 * @param minAge lowest age included (years at settlement)
 * @param maxAge highest age included
 * @param diseaseCode chronic/special disease code ({@code dise_codg}); {@code null} = any
 * @param locality local or cross-region treatment; {@link Locality#ANY} = both
 */
public record Selector(Set<BenefitKind> kinds, int hospitalTier, PersonGroup group, int minAge, int maxAge,
		String diseaseCode, Locality locality) {

	/** Matches every visit. */
	public static final Selector ANY = new Selector(Set.of(), 0, PersonGroup.ANY, 0, 200, null, Locality.ANY);

	public Selector {
		kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
		group = group == null ? PersonGroup.ANY : group;
		locality = locality == null ? Locality.ANY : locality;
	}

	/** Whether the selector names this benefit kind explicitly. */
	public boolean names(BenefitKind kind) {
		return kinds.contains(kind);
	}

	/** Visits of these benefit kinds. */
	public static Selector of(BenefitKind first, BenefitKind... more) {
		return new Selector(EnumSet.of(first, more), 0, PersonGroup.ANY, 0, 200, null, Locality.ANY);
	}

	public Selector atTier(int tier) {
		return new Selector(kinds, tier, group, minAge, maxAge, diseaseCode, locality);
	}

	public Selector forGroup(PersonGroup personGroup) {
		return new Selector(kinds, hospitalTier, personGroup, minAge, maxAge, diseaseCode, locality);
	}

	public Selector aged(int min, int max) {
		return new Selector(kinds, hospitalTier, group, min, max, diseaseCode, locality);
	}

	public Selector forDisease(String code) {
		return new Selector(kinds, hospitalTier, group, minAge, maxAge, code, locality);
	}

	public Selector in(Locality where) {
		return new Selector(kinds, hospitalTier, group, minAge, maxAge, diseaseCode, where);
	}

	/** Whether the visit meets every condition. */
	public boolean matches(Visit visit) {
		return matches(visit, visit.benefitKind());
	}

	/**
	 * Whether the visit, taken as one of benefit kind {@code kind}, meets every
	 * condition: an online follow-up taken as general outpatient when the policy names no
	 * rule for it ({@link BenefitKind#fallback()}).
	 */
	public boolean matches(Visit visit, BenefitKind kind) {
		return (kinds.isEmpty() || kinds.contains(kind))
				&& (hospitalTier == 0 || hospitalTier == visit.hospitalLevel().tier())
				&& group.admits(visit.personGroup()) && visit.age() >= minAge && visit.age() <= maxAge
				&& (diseaseCode == null || diseaseCode.equals(visit.diseaseCode()))
				&& locality.admits(visit.locality());
	}

	/**
	 * A short description for error messages and traces, e.g.
	 * {@code INPATIENT tier 3 RETIRED}.
	 */
	public String describe() {
		var text = new StringBuilder(
				kinds.isEmpty() ? "ALL" : String.join("+", kinds.stream().map(Enum::name).sorted().toList()));
		if (hospitalTier != 0) {
			text.append(" tier ").append(hospitalTier);
		}
		if (group != PersonGroup.ANY) {
			text.append(' ').append(group);
		}
		if (minAge != 0 || maxAge != 200) {
			text.append(" age ").append(minAge).append('-').append(maxAge);
		}
		if (diseaseCode != null) {
			text.append(" disease ").append(diseaseCode);
		}
		if (locality != Locality.ANY) {
			text.append(' ').append(locality);
		}
		return text.toString();
	}

}
