package org.sanyi.pharma.procurement;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.pharma.PharmaAdmin.DemandReport;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ProcurementRules;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand reporting (报量): an institution of the round's region reports its annual demand
 * of a product against its prior usage; below the round's floor (80 % of prior usage) it
 * must give a reason. The agreed volume (约定采购量) is the round's ratio for the product's
 * number of winners × the reported demand, stored with the report.
 */
@Service
public class Demands {

	private final Rounds rounds;

	private final DemandRepository demands;

	private final Registry registry;

	Demands(Rounds rounds, DemandRepository demands, Registry registry) {
		this.rounds = rounds;
		this.demands = demands;
		this.registry = registry;
	}

	public Page<DemandRow> list(RoundRow round, DataScope scope, PageQuery page) {
		ScopeFilter filter = ScopeFilter.of(scope);
		return page.page(demands.list(round.id(), filter, page.size(), page.offset()),
				demands.count(round.id(), filter));
	}

	/** Checks and stores reports, all or nothing; the first problem is thrown. */
	@Transactional
	public void report(RoundRow round, List<DemandReport> reports, DataScope scope, String by) {
		List<DemandRow> rows = new ArrayList<>();
		for (DemandReport r : reports) {
			rows.add(check(round, r, scope));
		}
		rows.forEach(row -> demands.upsert(row, by));
	}

	/**
	 * The report as it would be stored, or the business error that refuses it (PH-0008
	 * below the floor, PH-0009 an institution outside the scope or the round's region,
	 * PH-0010, PH-0020, PH-0002 for a negative volume).
	 */
	public DemandRow check(RoundRow round, DemandReport r, DataScope scope) {
		ProductRow product = rounds.product(round.id(), r.productId());
		if (product.winners() == 0) {
			throw new BusinessException(PharmaErrors.NO_WINNER, product.label());
		}
		Institution institution = registry.institution(r.institutionCode() == null ? "" : r.institutionCode())
			.filter(i -> RegionCode.of(round.regionCode()).contains(i.regionCode()))
			.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, r.institutionCode()));
		Rounds.require(r.priorUsage() >= 0, "priorUsage", r.priorUsage());
		Rounds.require(r.reported() >= 0, "reported", r.reported());
		String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
		Rounds.require(reason == null || reason.length() <= 500, "reason", reason);
		if (!ProcurementRules.demandAccepted(r.reported(), r.priorUsage(), round.demandFloor(), reason)) {
			throw new BusinessException(PharmaErrors.DEMAND_BELOW_FLOOR, institution.code(), r.reported(),
					ProcurementRules.demandFloor(r.priorUsage(), round.demandFloor()));
		}
		long agreed = ProcurementRules.agreedVolume(r.reported(),
				ProcurementRules.agreedRatio(product.winners(), round.agreedRatio(), round.fewWinnersRatio()));
		return new DemandRow(product.id(), product.label(), institution.code(), institution.regionCode(),
				r.priorUsage(), r.reported(), reason, agreed, null);
	}

}
