package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.demo.internal.CaseTemplate.CaseProcedure;
import org.sanyi.demo.internal.CaseTemplate.Setting;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution.Kind;

/**
 * The year's inpatient stays, institution by institution: a sample of the discharges a
 * real institution of its kind, level and beds has (beds × discharges per bed and year ×
 * the sampling ratio, spread over the months), each drawn from the case templates its
 * kind and level treat and given a patient of the template's sex and age from its
 * catchment (its township, county or, for the city's hospitals, the whole city).
 * <p>
 * The draws are stratified rather than independent, because a sample of a few dozen cases
 * a month would otherwise swing the case mix (and with it CMI and 结算率) from month to
 * month far more than a real hospital's does: the institution's k-th case takes the
 * template at {@code frac(φ + k·α)} of the cumulative template shares (α the golden
 * ratio), and a template's j-th case is complicated when {@code frac(ψ + j·β)} falls
 * below its complication rates, so every run of consecutive cases holds each template and
 * complication in nearly its share.
 */
final class InpatientCases {

	private static final double GOLDEN = 0.6180339887498949;

	private static final double SILVER = 0.4142135623730951;

	/**
	 * Discharges a month relative to the year's average: more in winter, fewer around the
	 * Spring Festival.
	 */
	private static final double[] SEASON = { 1.0, 1.06, 1.08, 0.92, 1.02, 1.0, 1.0, 0.97, 0.98, 0.99, 1.0, 0.98 };

	private final Dice dice;

	private final List<CaseTemplate> templates;

	private final FeeProfiles fees;

	private final Map<String, BigDecimal> prices;

	private final Catchments catchments;

	InpatientCases(Dice dice, List<CaseTemplate> templates, FeeProfiles fees, Map<String, BigDecimal> prices,
			Catchments catchments) {
		this.dice = dice;
		this.templates = templates;
		this.fees = fees;
		this.prices = prices;
		this.catchments = catchments;
	}

	/**
	 * Real discharges per bed and year (bed turnover) by kind and level: a 1,800-bed 三甲
	 * has about 5,100 a month.
	 */
	static double dischargesPerBed(Facility f) {
		return switch (f.kind()) {
			case GENERAL_HOSPITAL -> f.level() >= 3 ? 34 : f.level() == 2 ? 30 : 22;
			case TCM_HOSPITAL -> 26;
			case MATERNAL_CHILD -> 30;
			case TOWNSHIP_HEALTH_CENTRE -> 18;
			case COMMUNITY_HEALTH_CENTRE -> 10;
			default -> 0;
		};
	}

	/** The sampled discharges of a facility in the demo year. */
	static double expectedPerYear(Facility f, double sample) {
		return f.beds() * dischargesPerBed(f) * sample;
	}

	/** The stays of one facility, discharged in the twelve months from {@code first}. */
	List<InpatientCase> at(Facility facility, YearMonth first, double sample) {
		List<Share> shares = shares(facility);
		List<InpatientCase> cases = new ArrayList<>();
		if (shares.isEmpty()) {
			return cases;
		}
		double perMonth = expectedPerYear(facility, sample) / 12;
		double phase = dice.uniform(0, 1);
		double mixPhase = dice.uniform(0, 1);
		Map<CaseTemplate, double[]> severity = new HashMap<>();
		double cumulative = phase;
		int k = 0;
		for (int m = 0; m < 12; m++) {
			YearMonth month = first.plusMonths(m);
			double next = cumulative + perMonth * SEASON[(month.getMonthValue() + 1) % 12];
			int count = (int) Math.floor(next) - (int) Math.floor(cumulative);
			cumulative = next;
			for (int i = 0; i < count; i++, k++) {
				CaseTemplate template = pick(shares, frac(mixPhase + k * GOLDEN));
				double[] s = severity.computeIfAbsent(template, t -> new double[] { dice.uniform(0, 1), 0 });
				double v = frac(s[0] + s[1]++ * SILVER);
				LocalDate discharge = month.atDay(dice.between(1, month.lengthOfMonth()));
				InpatientCase c = admit(template, facility, discharge, v);
				if (c != null) {
					cases.add(c);
				}
			}
		}
		return cases;
	}

	private record Share(CaseTemplate template, double upTo) {
	}

	/** The templates this facility treats, with their cumulative shares. */
	private List<Share> shares(Facility f) {
		Setting setting = Setting.of(f);
		List<CaseTemplate> eligible = templates.stream()
			.filter(t -> t.frequencyIn(setting) > 0 && f.level() >= t.minLevel()
					&& f.department(t.department(), t.exactDepartment()) != null)
			.toList();
		double total = eligible.stream().mapToDouble(t -> t.frequencyIn(setting)).sum();
		List<Share> shares = new ArrayList<>();
		double sum = 0;
		for (CaseTemplate t : eligible) {
			sum += t.frequencyIn(setting) / total;
			shares.add(new Share(t, sum));
		}
		return shares;
	}

	private static CaseTemplate pick(List<Share> shares, double u) {
		for (Share s : shares) {
			if (u < s.upTo()) {
				return s.template();
			}
		}
		return shares.getLast().template();
	}

	/**
	 * One stay of the template at the facility, discharged that day, with a patient from
	 * its catchment; {@code
	 * severity} in [0, 1) decides a major complication (below the MCC rate) or a
	 * complication (below MCC + CC rate). Null when no insured person of the template's
	 * sex and age is free then.
	 */
	InpatientCase admit(CaseTemplate template, Facility facility, LocalDate discharge, double severity) {
		boolean mcc = severity < template.mcc();
		boolean cc = !mcc && severity < template.mcc() + template.cc();
		int stay = dice.between(template.stayMin(), template.stayMax())
				+ (mcc ? dice.between(3, 6) : cc ? dice.between(0, 2) : 0);
		LocalDate admission = discharge.minusDays(stay);
		String sex = dice.chance(template.male()) ? "1" : "2";
		int age = dice.between(template.ageMin(), template.ageMax());
		NewPerson patient = catchments.patient(dice, facility, sex, age, template.ageMin(), template.ageMax(),
				admission, discharge);
		if (patient == null) {
			return null;
		}
		return stay(template, facility, patient, admission, discharge, mcc, cc);
	}

	/** The stay of this patient: diagnoses, procedures, department and fee lines. */
	InpatientCase stay(CaseTemplate template, Facility facility, NewPerson patient, LocalDate admission,
			LocalDate discharge, boolean mcc, boolean cc) {
		List<Diagnosis> diagnoses = new ArrayList<>();
		diagnoses.add(template.diagnosis());
		if (mcc && !template.mccDiagnoses().isEmpty()) {
			diagnoses.add(dice.pick(template.mccDiagnoses()));
		}
		if ((cc || mcc && dice.chance(0.5)) && !template.ccDiagnoses().isEmpty()) {
			Diagnosis d = dice.pick(template.ccDiagnoses());
			if (!diagnoses.contains(d)) {
				diagnoses.add(d);
			}
		}
		List<CaseProcedure> procedures = new ArrayList<>();
		if (template.procedure() != null) {
			procedures.add(template.procedure());
		}
		if (template.secondProcedure() != null) {
			procedures.add(template.secondProcedure());
		}
		int days = (int) ChronoUnit.DAYS.between(admission, discharge);
		List<String> profiles = new ArrayList<>(template.fees());
		if (mcc && facility.level() >= 2) {
			profiles.add("ICU");
		}
		if (facility.kind() == Kind.TCM_HOSPITAL) {
			profiles.add("TCM_WARD");
		}
		List<RecordedLine> lines = fees.lines(dice, profiles, Math.max(1, days), facility.level(), prices);
		String insutype = patient.enrolments().getFirst().insutype();
		LocalDateTime begin = admission.atTime(dice.between(8, 17), dice.between(0, 59));
		LocalDateTime end = discharge.atTime(dice.between(9, 11), dice.between(0, 59));
		RecordedVisit visit = new RecordedVisit(facility.code(), patient.psnNo(), insutype, "21", begin, end, diagnoses,
				lines, "310".equals(insutype) && dice.chance(0.4));
		return new InpatientCase(template, patient,
				facility.department(template.department(), template.exactDepartment()), procedures, visit);
	}

	private static double frac(double x) {
		return x - Math.floor(x);
	}

}
