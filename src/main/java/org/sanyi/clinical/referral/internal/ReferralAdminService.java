package org.sanyi.clinical.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.ReferralAdmin;
import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.internal.ReferralService.Actor;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;

/** {@link ReferralAdmin} over the referral service. */
@Service
class ReferralAdminService implements ReferralAdmin {

	private final ReferralService referrals;

	private final ReferralRepository repository;

	ReferralAdminService(ReferralService referrals, ReferralRepository repository) {
		this.referrals = referrals;
		this.repository = repository;
	}

	@Override
	public boolean hasReferrals() {
		return repository.any();
	}

	@Override
	public long request(NewReferral r, Instant at) {
		String day = PlatformTime.date(LocalDate.ofInstant(at, PlatformTime.zone()));
		List<SummaryLine> summary = r.diagnosisCode() == null ? List.of()
				: List.of(new SummaryLine("Condition", r.diagnosisCode(), r.diagnosisName(), day, ""));
		return referrals
			.request(
					new ReferralService.NewReferral(Direction.valueOf(r.direction()), r.residentId(), r.toInstitution(),
							r.toDepartment(), r.kind(), r.urgent(), r.diagnosisCode(), r.diagnosisName(), r.reason(),
							r.followUpPlan(), r.basedOn(), r.wantedFrom(), summary),
					new Actor(r.fromInstitution(), r.requestedBy()), at)
			.id();
	}

	@Override
	public void accept(long id, String actor, String bedNote, Instant at) {
		referrals.accept(id, actorOf(id, true, actor), bedNote, at);
	}

	@Override
	public void reject(long id, String actor, String reason, Instant at) {
		referrals.reject(id, actorOf(id, true, actor), reason, at);
	}

	@Override
	public void arrive(long id, String actor, Instant at) {
		referrals.arrive(id, actorOf(id, true, actor), at);
	}

	@Override
	public void complete(long id, String actor, String result, Instant at) {
		referrals.complete(id, actorOf(id, true, actor), result, at);
	}

	private Actor actorOf(long id, boolean receiver, String name) {
		Referral r = repository.find(id).orElseThrow();
		return new Actor(receiver ? r.toInstitution() : r.fromInstitution(), name);
	}

}
