package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.FamilyDoctorAdmin;
import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.ServicePackage;
import org.sanyi.clinical.familydoctor.internal.FollowUpService.NewFollowUp;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;

/** {@link FamilyDoctorAdmin} over the repository and the follow-up service. */
@Service
class FamilyDoctorAdminService implements FamilyDoctorAdmin {

	private final FamilyDoctorRepository repository;

	private final ContractService contracts;

	private final FollowUpService followUps;

	private final Registry registry;

	private final ServicePopulations populations;

	private final PublicHealthPayables payables;

	FamilyDoctorAdminService(FamilyDoctorRepository repository, ContractService contracts, FollowUpService followUps,
			Registry registry, ServicePopulations populations, PublicHealthPayables payables) {
		this.repository = repository;
		this.contracts = contracts;
		this.followUps = followUps;
		this.registry = registry;
		this.populations = populations;
		this.payables = payables;
	}

	@Override
	public int disburseDueBefore(String beforePeriod, String recordedBy, Instant at) {
		LocalDate today = org.sanyi.shared.PlatformTime.today();
		int n = 0;
		for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
			for (PublicHealthPayables.Due d : payables.dues(org.sanyi.security.DataScope.all(), year)) {
				if (d.period().compareTo(beforePeriod) >= 0 || d.outstanding().signum() <= 0) {
					continue;
				}
				LocalDate paidOn = LocalDate.parse(d.period() + "-15").plusMonths(1);
				payables.disburse(org.sanyi.security.DataScope.all(), d.teamId(), d.period(), d.outstanding(),
						paidOn.isAfter(today) ? today : paidOn, "GW" + d.period().replace("-", "") + "-" + d.teamId(),
						recordedBy, at);
				n++;
			}
		}
		return n;
	}

	@Override
	public void servicePopulation(String institutionCode, int year, int residents, int keyResidents) {
		populations.set(institutionCode, year, residents, keyResidents, "", "system");
	}

	@Override
	public boolean hasTeams() {
		return repository.any();
	}

	@Override
	public long createTeam(String institutionCode, String name, String leaderName, String members, String specialist) {
		Institution i = registry.institution(institutionCode)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NO_INSTITUTION));
		return repository.insertTeam(i.code(), i.name(), i.regionCode(), name, leaderName, members, specialist);
	}

	@Override
	public void createPackage(String code, String name, String kind, BigDecimal price, String services) {
		repository.insertPackage(new ServicePackage(code, name, kind, price, services));
	}

	@Override
	public void createPackage(String code, String name, String kind, BigDecimal price, BigDecimal insurancePays,
			BigDecimal publicHealthPays, String services) {
		repository.insertPackage(
				new ServicePackage(code, name, kind, price, services, insurancePays, publicHealthPays, true));
	}

	@Override
	public long terminate(long contractId, String reason, String note, String by, Instant at) {
		var team = repository.contractInstitution(contractId)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NO_CONTRACT, String.valueOf(contractId)));
		return contracts
			.terminate(contractId, org.sanyi.clinical.familydoctor.engine.TerminationReason.valueOf(reason), note,
					ContractService.Actor.team(team, by), at)
			.id();
	}

	@Override
	public long sign(String residentId, long teamId, List<String> crowds, List<String> packages, LocalDate startsOn,
			String via, Instant at) {
		return contracts.signRecorded(new ContractService.SignRequest(residentId, teamId, packages, crowds, startsOn),
				ContractService.Via.valueOf(via), at);
	}

	@Override
	public void register(String residentId, String condition, long teamId, LocalDate on) {
		contracts.register(residentId, condition, teamId, on);
	}

	@Override
	public String followUp(String residentId, String institutionCode, Integer sbp, Integer dbp,
			BigDecimal fastingGlucose, String medication, String recordedBy, Instant at) {
		return followUps
			.record(new NewFollowUp(residentId, sbp, dbp, fastingGlucose, medication, null, false, false, false),
					institutionCode, recordedBy, at)
			.tier()
			.name();
	}

}
