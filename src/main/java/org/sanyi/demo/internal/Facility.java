package org.sanyi.demo.internal;

import java.util.Set;

import org.sanyi.registry.Institution.Kind;

/**
 * A treating institution of the demo city as the activity generator needs it.
 *
 * @param code institution code
 * @param kind its kind
 * @param level hospital level 1–3 (0 ungraded)
 * @param beds approved beds
 * @param region the region it is registered in ({@code 359900} for the city's own
 * hospitals)
 * @param departments codes of its departments (诊疗科目, {@code 03.04} …)
 */
public record Facility(String code, Kind kind, int level, int beds, String region, Set<String> departments) {

	public Facility {
		departments = Set.copyOf(departments);
	}

	/** The county (6 digits) it serves; the city's own hospitals serve the whole city. */
	public String county() {
		return region.length() > 6 ? region.substring(0, 6) : region;
	}

	public boolean cityLevel() {
		return region.equals(DemoRegionGenerator.CITY_CODE);
	}

	/**
	 * Whether its inpatient stays are paid by DRG (and so get a settlement list):
	 * hospitals of level 2 and above. Primary care stays are paid by item (as many
	 * regions pay health centres per bed-day or by 基层病种 outside DRG).
	 */
	public static boolean paidByDrg(Kind kind, int level) {
		return kind.isHospital() && level >= 2;
	}

	/**
	 * Township and community health centres, and small general hospitals, admit like
	 * primary care.
	 */
	public boolean primaryCare() {
		return kind == Kind.TOWNSHIP_HEALTH_CENTRE || kind == Kind.COMMUNITY_HEALTH_CENTRE
				|| (kind == Kind.GENERAL_HOSPITAL && level <= 1);
	}

	/**
	 * The department (national code, {@code A03.04}) a case of {@code wanted} is treated
	 * in here, or null when this institution has no fitting one: the department itself,
	 * else its parent (a secondary hospital's 内科 for cardiology), else in a TCM hospital
	 * its TCM counterpart, else in primary care general practice. With {@code exact} only
	 * the department itself will do (a coronary stent needs a cardiology department).
	 */
	public String department(String wanted, boolean exact) {
		String code = wanted.substring(1);
		if (departments.contains(code)) {
			return wanted;
		}
		if (exact) {
			return null;
		}
		String parent = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
		if (departments.contains(parent)) {
			return "A" + parent;
		}
		if (kind == Kind.TCM_HOSPITAL) {
			String tcm = switch (parent) {
				case "03" -> "50.01";
				case "04" -> code.equals("04.03") ? "50.10" : "50.02";
				case "05" -> "50.03";
				case "07" -> "50.04";
				default -> null;
			};
			return tcm != null && departments.contains(tcm) ? "A" + tcm : null;
		}
		if (primaryCare() && departments.contains("02") && !parent.equals("05")) {
			return "A02";
		}
		return null;
	}

}
