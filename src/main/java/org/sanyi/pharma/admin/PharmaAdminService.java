package org.sanyi.pharma.admin;

import java.util.List;

import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.procurement.Demands;
import org.sanyi.pharma.procurement.Purchases;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.retention.Retentions;
import org.sanyi.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PharmaAdmin} over the same services as the pages, with the whole platform as
 * scope.
 */
@Service
class PharmaAdminService implements PharmaAdmin {

	private final Rounds rounds;

	private final Demands demands;

	private final Purchases purchases;

	private final Retentions retentions;

	PharmaAdminService(Rounds rounds, Demands demands, Purchases purchases, Retentions retentions) {
		this.rounds = rounds;
		this.demands = demands;
		this.purchases = purchases;
		this.retentions = retentions;
	}

	@Override
	public boolean hasRounds() {
		return rounds.any();
	}

	@Override
	@Transactional
	public long createRound(NewRound round, String by) {
		return rounds.create(round, DataScope.all(), by);
	}

	@Override
	@Transactional
	public long addProduct(long roundId, NewProduct product) {
		return rounds.addProduct(round(roundId), product);
	}

	@Override
	@Transactional
	public long addBid(NewBid bid, String by) {
		long roundId = roundOfProduct(bid.productId());
		return rounds.addBid(round(roundId), bid, by);
	}

	@Override
	@Transactional
	public void reportDemand(long roundId, List<DemandReport> reports, String by) {
		demands.report(round(roundId), reports, DataScope.all(), by);
	}

	@Override
	@Transactional
	public int importPurchases(long roundId, List<PurchaseLine> lines) {
		return purchases.store(round(roundId), lines, DataScope.all());
	}

	@Override
	@Transactional
	public long proposeRetention(long roundId, int cycle, String by) {
		return retentions.propose(round(roundId), cycle, by);
	}

	@Override
	@Transactional
	public void approveRetention(long retentionId, String by, String note) {
		for (RoundRow r : rounds.visible(DataScope.all())) {
			if (retentions.ofRound(r.id()).stream().anyMatch(v -> v.id() == retentionId)) {
				retentions.approve(r, retentionId, by, note);
				return;
			}
		}
		throw org.sanyi.shared.BusinessException.notFound("retention", retentionId);
	}

	private RoundRow round(long id) {
		return rounds.get(id, DataScope.all());
	}

	private long roundOfProduct(long productId) {
		for (RoundRow r : rounds.visible(DataScope.all())) {
			if (rounds.products(r.id()).stream().anyMatch(p -> p.id() == productId)) {
				return r.id();
			}
		}
		throw new org.sanyi.shared.BusinessException(org.sanyi.pharma.PharmaErrors.PRODUCT_NOT_FOUND, productId);
	}

}
