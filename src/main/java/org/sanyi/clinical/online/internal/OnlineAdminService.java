package org.sanyi.clinical.online.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.OnlineAdmin;
import org.sanyi.clinical.online.engine.FollowUpRule;
import org.sanyi.pharma.PrescriptionRenewals.PastPrescription;
import org.springframework.stereotype.Service;

/** {@link OnlineAdmin} over the services the pages use. */
@Service
class OnlineAdminService implements OnlineAdmin {

	private final OnlineVisits visits;

	private final Renewals renewals;

	private final FollowUpPlans plans;

	private final Eligibility eligibility;

	private final OnlineVisitRepository visitRows;

	private final OnlineSurveys surveys;

	OnlineAdminService(OnlineVisits visits, Renewals renewals, FollowUpPlans plans, Eligibility eligibility,
			OnlineVisitRepository visitRows, OnlineSurveys surveys) {
		this.surveys = surveys;
		this.visits = visits;
		this.renewals = renewals;
		this.plans = plans;
		this.eligibility = eligibility;
		this.visitRows = visitRows;
	}

	@Override
	public boolean hasVisits() {
		return visitRows.any();
	}

	@Override
	public List<String> diagnosedConditions(String residentId) {
		return eligibility.diagnoses(residentId).stream().map(FollowUpRule.Diagnosis::code).distinct().toList();
	}

	@Override
	public String diagnosingInstitution(String residentId, String condition) {
		return eligibility.evidence(residentId, condition, LocalDate.MAX)
			.map(FollowUpRule.Diagnosis::institutionCode)
			.orElse(null);
	}

	@Override
	public long requestVisit(String residentId, String institutionCode, String condition, String complaint,
			Instant at) {
		return visits.request(residentId, institutionCode, condition, complaint, at).id();
	}

	@Override
	public void accept(long visitId, String doctorUsername, String doctorName, Instant at) {
		visits.accept(visitId, doctor(visitId, doctorUsername, doctorName), at);
	}

	@Override
	public void start(long visitId, String doctorUsername, String doctorName, String videoLink, Instant at) {
		visits.start(visitId, doctor(visitId, doctorUsername, doctorName), videoLink, at);
	}

	@Override
	public void message(long visitId, boolean fromDoctor, String senderName, String text, Instant at) {
		visits.message(visitRows.find(visitId).orElseThrow(), fromDoctor, senderName, text, null, at);
	}

	@Override
	public void complete(long visitId, String doctorUsername, String doctorName, String conclusion, Instant at) {
		visits.complete(visitId, doctor(visitId, doctorUsername, doctorName), conclusion, at);
	}

	@Override
	public void survey(long visitId, String residentId, java.util.Map<String, Integer> scores, String comment,
			Instant at) {
		surveys.submit(residentId, visitId, scores, comment, at);
	}

	@Override
	public void cancel(long visitId, String doctorUsername, String doctorName, String reason, Instant at) {
		visits.cancelByDoctor(visitId, doctor(visitId, doctorUsername, doctorName), reason, at);
	}

	@Override
	public List<String> renewable(String residentId) {
		return renewals.renewable(residentId).stream().map(PastPrescription::hiRxno).toList();
	}

	@Override
	public long requestRenewal(String residentId, String hiRxno, String note, Instant at) {
		return renewals.request(residentId, hiRxno, note, at).id();
	}

	@Override
	public void issueRenewal(long renewalId, String institutionCode, String doctorUsername, String doctorName,
			Instant at) {
		renewals.issue(renewalId, new OnlineVisits.Doctor(institutionCode, doctorUsername, doctorName), at);
	}

	@Override
	public long createPlan(String residentId, String institutionCode, String doctorName, String diagnosisCode,
			LocalDate dischargedOn, int intervalDays, int checkIns, String instructions, Instant at) {
		return plans
			.create(new FollowUpPlans.NewPlan(residentId, diagnosisCode, dischargedOn, intervalDays, checkIns,
					instructions), new OnlineVisits.Doctor(institutionCode, "system", doctorName),
					visits.institutionName(institutionCode), at)
			.id();
	}

	@Override
	public void checkIn(long planId, int seq, String doctorName, String outcome, Instant at) {
		FollowUpPlan plan = plans.ofInstitution(planId, planInstitution(planId));
		FollowUpPlan.CheckIn c = plan.schedule().get(seq - 1);
		plans.checkIn(c.id(), new OnlineVisits.Doctor(plan.institutionCode(), "system", doctorName), outcome, at);
	}

	private String planInstitution(long planId) {
		return plans.institutionOf(planId);
	}

	private OnlineVisits.Doctor doctor(long visitId, String username, String name) {
		return new OnlineVisits.Doctor(visitRows.find(visitId).orElseThrow().institutionCode(), username, name);
	}

}
