package org.sanyi.security;

import java.io.Serializable;

import org.sanyi.shared.RegionCode;

/**
 * What part of the region's data a user may see. Region codes are hierarchical by prefix,
 * so a county bureau's scope is every region code that starts with its county code.
 * Modules apply it in their queries: {@link #regionPrefix()} for region-keyed rows,
 * {@link #institutionCode()} for institution-keyed rows.
 */
public record DataScope(Kind kind, String regionCode, String institutionCode,
		String residentRef) implements Serializable {

	public enum Kind {

		/** The whole platform (platform administrators). */
		ALL,
		/**
		 * A region and everything under it (health commission, insurance bureau of a city
		 * or county).
		 */
		REGION,
		/** One institution (its doctors and insurance clerks). */
		INSTITUTION,
		/** Only the resident's own records. */
		SELF

	}

	public static DataScope all() {
		return new DataScope(Kind.ALL, null, null, null);
	}

	public static DataScope region(String regionCode) {
		return new DataScope(Kind.REGION, RegionCode.of(regionCode).value(), null, null);
	}

	public static DataScope institution(String institutionCode, String regionCode) {
		return new DataScope(Kind.INSTITUTION, regionCode, institutionCode, null);
	}

	public static DataScope self(String residentRef) {
		return new DataScope(Kind.SELF, null, null, residentRef);
	}

	/**
	 * The prefix every visible region-keyed row starts with: empty for {@link Kind#ALL},
	 * the region's prefix for {@link Kind#REGION}, and a prefix no code matches for
	 * {@link Kind#INSTITUTION} and {@link Kind#SELF}: hospital staff see rows of their
	 * own institution ({@link #institutionCode()}), never their whole county's.
	 */
	public String regionPrefix() {
		return switch (kind) {
			case ALL -> "";
			case REGION -> RegionCode.of(regionCode).prefix();
			case INSTITUTION, SELF -> "~";
		};
	}

	public boolean coversRegion(String code) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> code != null && code.startsWith(regionPrefix());
			case INSTITUTION, SELF -> false;
		};
	}

	/**
	 * Whether rows of this institution (located in {@code institutionRegion}) are
	 * visible.
	 */
	public boolean coversInstitution(String code, String institutionRegion) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> institutionRegion != null && institutionRegion.startsWith(regionPrefix());
			case INSTITUTION -> institutionCode.equals(code);
			case SELF -> false;
		};
	}

}
