package org.sanyi.registry.internal;

import java.util.List;

import org.sanyi.security.DataScope;
import org.sanyi.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A user's data scope as the registry's SQL applies it. Regulators and insurance officers
 * ({@code REGION}) see the regions and institutions whose region code starts with their
 * region's prefix; doctors and insurance clerks ({@code INSTITUTION}) see their own
 * institution; both also see the lineage of their region or institution (the province,
 * city ... above it) so that the tree and breadcrumbs have a root. {@code ALL} sees
 * everything, {@code SELF} nothing. Rows outside the scope are filtered in SQL and so
 * answer "not found".
 *
 * @param all everything is visible
 * @param prefix the region-code prefix of visible regions and institutions, {@code ""}
 * for none
 * @param institution the one visible institution of an {@code INSTITUTION} scope,
 * {@code "~"} (matches none) otherwise
 * @param lineage region codes visible besides the prefix: the scope region's or
 * institution's ancestors
 */
record Visibility(boolean all, String prefix, String institution, List<String> lineage) {

	private static final List<String> NONE = List.of("~");

	/**
	 * Visible institutions, for a query that calls the institution table {@code alias}.
	 */
	static String institutions(String alias) {
		return "(:vAll or (:vPrefix <> '' and " + alias + ".region_code like :vPrefix || '%') or " + alias
				+ ".code = :vInstitution)";
	}

	/** Visible regions, for a query that calls the region table {@code alias}. */
	static String regions(String alias) {
		return "(:vAll or (:vPrefix <> '' and " + alias + ".code like :vPrefix || '%') or " + alias
				+ ".code in (:vLineage))";
	}

	/**
	 * Visible alliances, those with a visible member (current or past), for the alliance
	 * table {@code alias}.
	 */
	static String alliances(String alias) {
		return "(:vAll or exists (select 1 from reg_alliance_member vm join reg_institution vi "
				+ "on vi.code = vm.institution_code where vm.alliance_id = " + alias + ".id and " + institutions("vi")
				+ "))";
	}

	Visibility {
		lineage = lineage.isEmpty() ? NONE : List.copyOf(lineage);
	}

	/**
	 * @param institutionRegion the region of the scope's institution as the registry has
	 * it ({@code null} when it is not registered or the scope is not an institution's)
	 */
	static Visibility of(DataScope scope, String institutionRegion) {
		return switch (scope.kind()) {
			case ALL -> new Visibility(true, "", "~", NONE);
			case REGION -> new Visibility(false, scope.regionPrefix(), "~", lineageOf(scope.regionCode()));
			case INSTITUTION -> new Visibility(false, "", scope.institutionCode(),
					institutionRegion == null ? NONE : lineageOf(institutionRegion));
			case SELF -> new Visibility(false, "", "~", NONE);
		};
	}

	private static List<String> lineageOf(String regionCode) {
		return RegionCode.of(regionCode).lineage().stream().map(RegionCode::value).toList();
	}

	StatementSpec bind(StatementSpec spec) {
		return spec.param("vAll", all)
			.param("vPrefix", prefix)
			.param("vInstitution", institution)
			.param("vLineage", lineage);
	}

	boolean sees(String regionCode) {
		return all || (!prefix.isEmpty() && regionCode.startsWith(prefix)) || lineage.contains(regionCode);
	}

}
