package org.sanyi.pharma.procurement;

import org.sanyi.security.DataScope;
import org.sanyi.shared.RegionCode;

/**
 * A data scope as the pharma SQL applies it to institution rows:
 * {@code (:prefix = '' or institution_region like
 * :prefix || '%') and (:institution = '' or institution_code = :institution)}. A resident
 * sees no institution's rows.
 */
public record ScopeFilter(String prefix, String institution) {

	/**
	 * The SQL condition over a table (alias) with {@code institution_region} and
	 * {@code institution_code}.
	 */
	public static String condition(String alias) {
		return "(:prefix = '' or " + alias + ".institution_region like :prefix || '%') and (:institution = '' or "
				+ alias + ".institution_code = :institution)";
	}

	public static ScopeFilter of(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> new ScopeFilter("", "");
			case REGION -> new ScopeFilter(scope.regionPrefix(), "");
			case INSTITUTION -> new ScopeFilter("", scope.institutionCode());
			case SELF -> new ScopeFilter("~", "~");
		};
	}

	/**
	 * Whether a user of this scope sees a round carried out in {@code roundRegion}:
	 * above, at or below the scope.
	 */
	public static boolean seesRound(DataScope scope, String roundRegion) {
		RegionCode round = RegionCode.of(roundRegion);
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION ->
				round.contains(scope.regionCode()) || RegionCode.of(scope.regionCode()).contains(roundRegion);
			case INSTITUTION -> scope.regionCode() != null && round.contains(scope.regionCode());
			case SELF -> false;
		};
	}

	/** Whether the scope covers an institution's rows. */
	public static boolean covers(DataScope scope, String institutionCode, String institutionRegion) {
		return scope.coversInstitution(institutionCode, institutionRegion);
	}

}
