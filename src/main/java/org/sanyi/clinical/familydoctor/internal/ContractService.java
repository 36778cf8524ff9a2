package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Contract;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.ServicePackage;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Team;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts (签约) and registers: a one-year contract with a team for the crowd categories
 * and packages chosen, its fee the sum of the packages' prices (the basic package is free
 * to the resident); a patient put on the hypertension or diabetes register of the team.
 */
@Service
public class ContractService {

	/** The 15 crowd categories of next-wave.md §4, as codes. */
	public static final List<String> CROWDS = List.of("GENERAL", "CHILD", "ELDERLY", "PREGNANT", "HTN", "DM", "TB",
			"SMI", "DISABLED", "POOR", "WUBAO", "DIBAO", "YOUFU", "FAMILY_PLANNING", "SANWU");

	private final FamilyDoctorRepository repository;

	private final FamilyDoctorFacts facts;

	private final TransactionTemplate transaction;

	ContractService(FamilyDoctorRepository repository, FamilyDoctorFacts facts, TransactionTemplate transaction) {
		this.repository = repository;
		this.facts = facts;
		this.transaction = transaction;
	}

	long sign(String residentId, long teamId, List<String> crowds, List<String> packages, LocalDate startsOn,
			String via, Instant at) {
		Team team = repository.team(teamId)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.INVALID, "team"));
		if (crowds.isEmpty() || !CROWDS.containsAll(crowds)) {
			throw new BusinessException(FamilyDoctorErrors.INVALID, "crowds");
		}
		Map<String, ServicePackage> known = repository.packages()
			.stream()
			.collect(Collectors.toMap(ServicePackage::code, p -> p));
		if (packages.isEmpty() || !known.keySet().containsAll(packages)) {
			throw new BusinessException(FamilyDoctorErrors.INVALID, "packages");
		}
		BigDecimal fee = packages.stream()
			.map(known::get)
			.map(ServicePackage::price)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, java.math.RoundingMode.HALF_UP);
		return transaction.execute(status -> {
			long id = repository.insertContract(residentId, teamId, team.institutionCode(), String.join(",", crowds),
					String.join(",", packages), fee, startsOn, via, at);
			facts.contracted(id, team.institutionCode(), LocalDate.ofInstant(at, PlatformTime.zone()));
			return id;
		});
	}

	void register(String residentId, String condition, long teamId, LocalDate on) {
		Team team = repository.team(teamId)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.INVALID, "team"));
		transaction.executeWithoutResult(status -> {
			repository.register(residentId, condition, teamId, team.institutionCode(), on);
			facts.registered(residentId, condition, team.institutionCode(), on);
		});
	}

	/** The resident's contract in force today, with its team. */
	public Optional<Contract> contractOf(String residentId) {
		return repository.contractOn(residentId, PlatformTime.today());
	}

	public Optional<Team> team(long id) {
		return repository.team(id);
	}

	public List<ServicePackage> packages() {
		return repository.packages();
	}

}
