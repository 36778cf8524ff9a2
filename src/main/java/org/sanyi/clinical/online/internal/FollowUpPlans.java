package org.sanyi.clinical.online.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.engine.CheckInSchedule;
import org.sanyi.clinical.online.engine.FollowUpRule;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-discharge follow-up plans: made by the ward's doctor when an inpatient is
 * discharged (diagnosis, interval, number of check-ins, instructions), the check-ins
 * scheduled from the discharge day; the institution's doctors see what is due and overdue
 * and record each check-in's outcome (online or by phone).
 */
@Service
public class FollowUpPlans {

	private final PlanRepository plans;

	private final ResidentIndex residents;

	private final Eligibility eligibility;

	FollowUpPlans(PlanRepository plans, ResidentIndex residents, Eligibility eligibility) {
		this.plans = plans;
		this.residents = residents;
		this.eligibility = eligibility;
	}

	/** A plan to make at discharge. */
	public record NewPlan(String residentId, String diagnosisCode, LocalDate dischargedOn, int intervalDays,
			int checkIns, String instructions) {
	}

	@Transactional
	public FollowUpPlan create(NewPlan plan, OnlineVisits.Doctor doctor, String institutionName, Instant at) {
		if (plan.residentId() == null || residents.find(plan.residentId()).isEmpty()) {
			throw new BusinessException(OnlineErrors.UNKNOWN_RESIDENT, String.valueOf(plan.residentId()));
		}
		if (!FollowUpRule.isIcd10(plan.diagnosisCode())) {
			throw new BusinessException(OnlineErrors.BAD_CONDITION, String.valueOf(plan.diagnosisCode()));
		}
		if (plan.dischargedOn() == null || plan.dischargedOn().isAfter(Texts.day(at))
				|| !CheckInSchedule.valid(plan.intervalDays(), plan.checkIns())) {
			throw new BusinessException(OnlineErrors.BAD_PLAN, CheckInSchedule.MAX_INTERVAL_DAYS,
					CheckInSchedule.MAX_CHECK_INS);
		}
		String code = plan.diagnosisCode().strip();
		FollowUpPlan draft = new FollowUpPlan(0, plan.residentId(), doctor.institution(), institutionName, code,
				eligibility.name(code, plan.dischargedOn()), plan.dischargedOn(), plan.intervalDays(), plan.checkIns(),
				Texts.optional(plan.instructions(), 1000, "instructions"), doctor.name(), at, List.of());
		long id = plans.insert(draft, CheckInSchedule.dates(plan.dischargedOn(), plan.intervalDays(), plan.checkIns()));
		return plans.find(id).orElseThrow();
	}

	/**
	 * Records a check-in of one of the institution's plans; OL-0012 when already done.
	 */
	@Transactional
	public void checkIn(long checkInId, OnlineVisits.Doctor doctor, String outcome, Instant at) {
		FollowUpPlan.CheckIn c = plans.checkIn(checkInId)
			.filter(x -> plans.find(x.planId())
				.map(p -> p.institutionCode().equals(doctor.institution()))
				.orElse(false))
			.orElseThrow(() -> BusinessException.notFound("check-in", checkInId));
		String text = Texts.required(outcome, 1000, "outcome");
		if (!plans.checkIn(c.id(), doctor.name(), at, text)) {
			throw new BusinessException(OnlineErrors.CHECK_IN_DONE, c.seq());
		}
	}

	/** The institution's check-ins due or overdue on a day (the doctor's work list). */
	public List<FollowUpPlan.Due> due(String institution, LocalDate today) {
		return plans.openUpTo(institution, today, 200);
	}

	public List<FollowUpPlan> ofInstitution(String institution) {
		return plans.ofInstitution(institution, 100);
	}

	public List<FollowUpPlan> ofResident(String residentId) {
		return plans.ofResident(residentId);
	}

	/** The institution of a plan (the system's view, for the demo). */
	String institutionOf(long planId) {
		return plans.find(planId).map(FollowUpPlan::institutionCode).orElseThrow();
	}

	public FollowUpPlan ofInstitution(long id, String institution) {
		return plans.find(id)
			.filter(p -> p.institutionCode().equals(institution))
			.orElseThrow(() -> BusinessException.notFound("follow-up plan", id));
	}

}
