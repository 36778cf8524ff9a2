package org.sanyi.clinical.familydoctor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.engine.ContractRules;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.ServicePackage;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Team;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;

/**
 * Contracts as the resident sees their own, and as staff see them within the data scope:
 * a team (a doctor of a centre) its institution's, a county or city bureau the teams of
 * its region, the platform administrator all. A resident's scope sees none here (they use
 * the portal).
 */
@Service
public class ContractQueries {

	private final ContractRepository contracts;

	private final FamilyDoctorRepository repository;

	ContractQueries(ContractRepository contracts, FamilyDoctorRepository repository) {
		this.contracts = contracts;
		this.repository = repository;
	}

	/** The resident's contract in force today, with its team. */
	public Optional<Contract> contractOf(String residentId) {
		LocalDate today = PlatformTime.today();
		return contracts.currentOf(residentId, today).stream().filter(c -> !c.startsOn().isAfter(today)).findFirst();
	}

	/**
	 * The resident's active contracts in force or starting later (a renewal), earliest
	 * first.
	 */
	public List<Contract> currentOf(String residentId) {
		return contracts.currentOf(residentId, PlatformTime.today());
	}

	/** The resident's contracts, newest first. */
	public List<Contract> historyOf(String residentId) {
		return contracts.historyOf(residentId);
	}

	public Optional<Team> team(long id) {
		return repository.team(id);
	}

	public List<Team> teams() {
		return contracts.teams();
	}

	public List<ServicePackage> packages() {
		return repository.packages();
	}

	/** The packages a contract can take today. */
	public List<ServicePackage> offeredPackages() {
		return repository.packages().stream().filter(ServicePackage::offered).toList();
	}

	/**
	 * Whether the contract can be renewed today (active, in the window, not renewed yet).
	 */
	public boolean renewable(Contract c) {
		return c.active() && ContractRules.renewalStart(c.endsOn(), PlatformTime.today()).isPresent()
				&& !contracts.renewed(c.id());
	}

	public Page<Contract> list(DataScope scope, String status, boolean pendingOnly, PageQuery query) {
		return contracts.list(institution(scope), prefix(scope), status, pendingOnly, query);
	}

	/** The contract if it is in the scope, otherwise "no such contract". */
	public Contract visible(long id, DataScope scope) {
		return contracts.find(id)
			.filter(c -> scope.coversInstitution(c.institutionCode(), c.regionCode()))
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NO_CONTRACT, String.valueOf(id)));
	}

	/**
	 * Active contracts in force today, those with a key-population category, those
	 * waiting for the team to confirm declared categories, those ending within the
	 * renewal window, and those terminated this year.
	 */
	public ContractRepository.Summary summary(DataScope scope) {
		return contracts.summary(institution(scope), prefix(scope), PlatformTime.today());
	}

	private static String institution(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : null;
	}

	private static String prefix(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? "" : scope.regionPrefix();
	}

}
