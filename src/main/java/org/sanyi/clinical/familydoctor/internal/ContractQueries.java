package org.sanyi.clinical.familydoctor.internal;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;

/**
 * Contracts as staff see them, within the data scope: a team (a doctor of a centre) its
 * institution's, a county or city bureau the teams of its region, the platform
 * administrator all. A resident's scope sees none here (they use the portal).
 */
@Service
public class ContractQueries {

	private final ContractRepository contracts;

	ContractQueries(ContractRepository contracts) {
		this.contracts = contracts;
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
