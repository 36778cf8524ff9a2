package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.util.Set;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Institution.Kind;

/**
 * What a real institution of a kind, level and size does in a month, as the statistics
 * history draws it: visits, discharges, stays, costs per visit and stay, the employees'
 * share of patients and the funds' share of fees. Figures are plausible national orders
 * of magnitude for a prefecture-level city, not any real hospital's.
 */
record Profile(Kind kind, int level, int beds, boolean primary) {

	static Profile of(Institution institution) {
		Kind kind = institution.kind();
		boolean primary = kind == Kind.TOWNSHIP_HEALTH_CENTRE || kind == Kind.COMMUNITY_HEALTH_CENTRE
				|| kind == Kind.VILLAGE_CLINIC;
		return new Profile(kind, institution.grade().level(), institution.beds(), primary);
	}

	boolean village() {
		return kind == Kind.VILLAGE_CLINIC;
	}

	boolean tcm() {
		return kind == Kind.TCM_HOSPITAL;
	}

	/**
	 * Real outpatient visits a month (the city: about 6.5 a person and year, half of them
	 * in primary care); primary care gains share over the period (分级诊疗), hospitals lose a
	 * little.
	 */
	double outpatientVisits(Institution institution, double progress) {
		double base = switch (kind) {
			case GENERAL_HOSPITAL -> beds * (level >= 3 ? 60 : level == 2 ? 40 : 30);
			case TCM_HOSPITAL -> beds * 40;
			case MATERNAL_CHILD -> beds * 30;
			case TOWNSHIP_HEALTH_CENTRE -> 1500 + beds * 25;
			case COMMUNITY_HEALTH_CENTRE -> 2500 + beds * 20;
			case VILLAGE_CLINIC -> 280;
			default -> 0;
		};
		return base * (primary ? 1 + 0.12 * progress : 1 - 0.04 * progress);
	}

	/**
	 * Real discharges a month on average: the beds' yearly turnover the demo's sample is
	 * drawn from, at full volume.
	 */
	double discharges(Institution institution) {
		Facility facility = new Facility(institution.code(), kind, level, beds, institution.regionCode(), Set.of());
		return InsuredActivity.expectedDischarges(facility, 1.0) / 12;
	}

	/** Average length of stay, shortening over the period. */
	double stay(double progress) {
		return switch (kind) {
			case GENERAL_HOSPITAL -> level >= 3 ? 9.2 - 0.9 * progress : 8.2 - 0.7 * progress;
			case TCM_HOSPITAL -> 9.5 - 0.7 * progress;
			case MATERNAL_CHILD -> 5.5 - 0.3 * progress;
			case COMMUNITY_HEALTH_CENTRE -> 8.0 - 0.5 * progress;
			default -> 6.5 - 0.5 * progress;
		};
	}

	/** Fees of an average stay at the start of the period, yuan. */
	BigDecimal inpatientCost() {
		return BigDecimal.valueOf(switch (kind) {
			case GENERAL_HOSPITAL -> level >= 3 ? 16500 : level == 2 ? 8200 : 4500;
			case TCM_HOSPITAL -> 9000;
			case MATERNAL_CHILD -> 6500;
			case COMMUNITY_HEALTH_CENTRE -> 3600;
			default -> 3200;
		});
	}

	/** Fees of an average outpatient visit at the start of the period, yuan. */
	BigDecimal outpatientCost() {
		return BigDecimal.valueOf(switch (kind) {
			case GENERAL_HOSPITAL -> level >= 3 ? 360 : level == 2 ? 230 : 160;
			case TCM_HOSPITAL -> 240;
			case MATERNAL_CHILD -> 210;
			case TOWNSHIP_HEALTH_CENTRE -> 95;
			case COMMUNITY_HEALTH_CENTRE -> 110;
			default -> 48;
		});
	}

	/** Employees (310) among the patients; residents (390) are the rest. */
	double employeeShare() {
		return primary ? 0.22 : level >= 3 ? 0.38 : 0.32;
	}

	/**
	 * The funds' share of fees: higher inpatient, for employees and in primary care
	 * (lower deductible, higher ratio).
	 */
	double fundShare(String insutype, boolean inpatient) {
		boolean employee = "310".equals(insutype);
		if (inpatient) {
			double share = employee ? 0.80 : 0.64;
			return share + (primary ? 0.10 : level >= 3 ? -0.05 : 0);
		}
		return employee ? 0.45 : primary ? 0.42 : 0.30;
	}

}
