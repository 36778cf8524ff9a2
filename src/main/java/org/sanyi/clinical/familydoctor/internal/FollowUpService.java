package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.engine.FollowUpReading;
import org.sanyi.clinical.familydoctor.engine.TierRules;
import org.sanyi.clinical.familydoctor.engine.Tiering;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.FollowUp;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Registration;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A follow-up visit of a registered hypertension or diabetes patient: the readings are
 * checked and tiered by the rules in force on the day (the previous visit decides "two
 * uncontrolled in a row"), stored with the rules' version, the next due date and the
 * facts, in one transaction. An impossible reading is refused and nothing is saved.
 */
@Service
public class FollowUpService {

	private final FamilyDoctorRepository repository;

	private final ResidentIndex residents;

	private final FamilyDoctorFacts facts;

	private final TransactionTemplate transaction;

	FollowUpService(FamilyDoctorRepository repository, ResidentIndex residents, FamilyDoctorFacts facts,
			TransactionTemplate transaction) {
		this.repository = repository;
		this.residents = residents;
		this.facts = facts;
		this.transaction = transaction;
	}

	/**
	 * What the team recorded.
	 *
	 * @param comorbid chronic kidney or coronary heart disease (stricter BP target)
	 */
	public record NewFollowUp(String residentId, Integer sbp, Integer dbp, BigDecimal fastingGlucose, String medication,
			String lifestyle, boolean comorbid, boolean adverseReaction, boolean dangerSigns) {
	}

	public FollowUp record(NewFollowUp n, String institution, String recordedBy, Instant at) {
		if (length(n.medication()) > 500 || length(n.lifestyle()) > 500) {
			throw new BusinessException(FamilyDoctorErrors.INVALID, "medication");
		}
		List<Registration> registrations = repository.registrations(n.residentId(), institution);
		if (registrations.isEmpty()) {
			throw new BusinessException(FamilyDoctorErrors.NOT_REGISTERED, n.residentId());
		}
		boolean hypertension = registrations.stream().anyMatch(r -> r.condition().equals("HTN"));
		boolean diabetes = registrations.stream().anyMatch(r -> r.condition().equals("DM"));
		ZoneId zone = PlatformTime.zone();
		LocalDate day = LocalDate.ofInstant(at, zone);
		TierRules rules = repository.rulesOn(day)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NO_RULES, day));
		Optional<FollowUp> previous = repository.followUps(n.residentId(), 1).stream().findFirst();
		int age = residents.find(n.residentId())
			.map(Resident::birthDate)
			.map(b -> Period.between(b, day).getYears())
			.orElse(0);
		Tiering.Result result = Tiering
			.tier(new FollowUpReading(hypertension, diabetes, age, n.comorbid(), n.sbp(), n.dbp(), n.fastingGlucose(),
					n.adverseReaction(), n.dangerSigns(), previous.map(p -> !p.controlled()).orElse(false)), rules);
		if (result.refused()) {
			throw new BusinessException(FamilyDoctorErrors.valueOf(result.refusal().name()), n.sbp() + "/" + n.dbp());
		}
		long teamId = registrations.getFirst().teamId();
		FollowUp draft = new FollowUp(0, n.residentId(), teamId, at.atZone(zone).toOffsetDateTime(), hypertension,
				diabetes, n.sbp(), n.dbp(), n.fastingGlucose(), blankToNull(n.medication()), blankToNull(n.lifestyle()),
				result.tier(), result.controlled(), String.join(",", result.reasons()), rules.version(),
				day.plusDays(result.nextInDays()), recordedBy);
		Instant yearStart = day.withDayOfYear(1).atStartOfDay(zone).toInstant();
		long id = transaction.execute(status -> {
			boolean fourth = repository.followUpsSince(n.residentId(),
					yearStart) == FamilyDoctorFacts.STANDARD_FOLLOW_UPS - 1;
			long newId = repository.insertFollowUp(draft, institution);
			facts.followedUp(newId, institution, at, result.tier().name(), result.bpControlled(),
					result.glucoseControlled(), fourth);
			return newId;
		});
		return new FollowUp(id, draft.residentId(), teamId, draft.visitedAt(), hypertension, diabetes, draft.sbp(),
				draft.dbp(), draft.fpg(), draft.medication(), draft.lifestyle(), draft.tier(), draft.controlled(),
				draft.reasons(), draft.rulesVersion(), draft.nextDue(), recordedBy);
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
