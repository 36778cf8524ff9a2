package org.sanyi.pharma.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ProcurementRules;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.RegionCode;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.Terminology;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds, their products and winning bids: checked before anything is written (a bad
 * field names itself, a winning price above the pre-round price needs the price-rise
 * flag), each write one transaction.
 */
@Service
public class Rounds {

	private final RoundRepository rounds;

	private final Terminology terminology;

	Rounds(RoundRepository rounds, Terminology terminology) {
		this.rounds = rounds;
		this.terminology = terminology;
	}

	public boolean any() {
		return rounds.any();
	}

	public List<RoundRow> visible(DataScope scope) {
		return rounds.all().stream().filter(r -> ScopeFilter.seesRound(scope, r.regionCode())).toList();
	}

	/** The round, or PH-0001 when it does not exist or lies outside the scope. */
	public RoundRow get(long id, DataScope scope) {
		return rounds.find(id)
			.filter(r -> ScopeFilter.seesRound(scope, r.regionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.ROUND_NOT_FOUND, id));
	}

	public List<ProductRow> products(long roundId) {
		return rounds.products(roundId);
	}

	public ProductRow product(long roundId, long productId) {
		return rounds.product(roundId, productId)
			.orElseThrow(() -> new BusinessException(PharmaErrors.PRODUCT_NOT_FOUND, productId));
	}

	public List<BidRow> bids(long roundId) {
		return rounds.bids(roundId);
	}

	public List<RoundRepository.RoundItem> items(long roundId) {
		return rounds.items(roundId);
	}

	@Transactional
	public long create(NewRound r, DataScope scope, String by) {
		require(r.code() != null && r.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}"), "code", r.code());
		require(text(r.name(), 200), "name", r.name());
		require(r.level() != null, "level", null);
		require(r.kind() != null, "kind", null);
		require(text(r.batchNo(), 40), "batchNo", r.batchNo());
		require(RegionCode.isWellFormed(r.regionCode()) && scope.coversRegion(r.regionCode()), "regionCode",
				r.regionCode());
		require(r.startDate() != null, "startDate", null);
		require(r.cycleMonths() >= 1 && r.cycleMonths() <= 36, "cycleMonths", r.cycleMonths());
		share(r.agreedRatio(), "agreedRatio", false);
		share(r.fewWinnersRatio(), "fewWinnersRatio", false);
		share(r.demandFloor(), "demandFloor", true);
		share(r.alertGap(), "alertGap", true);
		share(r.insuranceShare(), "insuranceShare", true);
		share(r.retentionRatio(), "retentionRatio", true);
		if (rounds.codeExists(r.code())) {
			throw new BusinessException(PharmaErrors.ROUND_EXISTS, r.code());
		}
		return rounds.insert(r, by);
	}

	@Transactional
	public long addProduct(RoundRow round, NewProduct p) {
		require(text(p.genericName(), 200), "genericName", p.genericName());
		require(text(p.dosageForm(), 100), "dosageForm", p.dosageForm());
		require(text(p.specification(), 200), "specification", p.specification());
		require(text(p.comparableUnit(), 20), "comparableUnit", p.comparableUnit());
		unitPrice(p.preRoundPrice(), "preRoundPrice");
		if (rounds.productExists(round.id(), p)) {
			throw new BusinessException(PharmaErrors.PRODUCT_EXISTS, p.genericName(), p.dosageForm(),
					p.specification());
		}
		long id = rounds.insertProduct(round.id(), p);
		for (String code : p.otherItems()) {
			catalogueItem(round, code);
			freeItem(round.id(), code, id);
			rounds.insertItem(round.id(), code, id, null);
		}
		return id;
	}

	@Transactional
	public long addBid(RoundRow round, NewBid b, String by) {
		ProductRow product = product(round.id(), b.productId());
		require(text(b.enterprise(), 200), "enterprise", b.enterprise());
		unitPrice(b.winningPrice(), "winningPrice");
		String reason = b.riseReason() == null || b.riseReason().isBlank() ? null : b.riseReason().strip();
		if (!ProcurementRules.winningPriceAllowed(product.preRoundPrice(), b.winningPrice(),
				b.riseFlagged() && reason != null)) {
			throw new BusinessException(PharmaErrors.PRICE_RISE_NOT_FLAGGED, b.itemCode(),
					b.winningPrice().toPlainString(), product.preRoundPrice().toPlainString());
		}
		require(reason == null || reason.length() <= 500, "riseReason", reason);
		require(b.supplyRegions() == null || b.supplyRegions().length() <= 500, "supplyRegions", b.supplyRegions());
		catalogueItem(round, b.itemCode());
		freeItem(round.id(), b.itemCode(), product.id());
		long id = rounds.insertBid(new NewBid(b.productId(), b.enterprise().strip(), b.itemCode(), b.winningPrice(),
				b.riseFlagged() && reason != null, reason, b.supplyRegions()), by);
		rounds.insertItem(round.id(), b.itemCode(), product.id(), id);
		return id;
	}

	/**
	 * The item must be a drug (drug round) or consumable (consumable round) of the
	 * catalogue at the round's start.
	 */
	private CatalogueItem catalogueItem(RoundRow round, String code) {
		SystemKind kind = round.kind() == org.sanyi.pharma.PharmaAdmin.Kind.DRUG ? SystemKind.DRUG
				: SystemKind.CONSUMABLE;
		LocalDate on = round.startDate().isAfter(PlatformTime.today()) ? PlatformTime.today() : round.startDate();
		return terminology.catalogueItem(code == null ? "" : code, on)
			.filter(i -> i.kind() == kind)
			.orElseThrow(() -> new BusinessException(PharmaErrors.ITEM_NOT_IN_CATALOGUE, code));
	}

	private void freeItem(long roundId, String code, long productId) {
		rounds.productOfItem(roundId, code).filter(p -> p != productId).ifPresent(p -> {
			throw new BusinessException(PharmaErrors.ITEM_IN_ANOTHER_PRODUCT, code);
		});
	}

	static void require(boolean ok, String field, Object value) {
		if (!ok) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, field, value == null ? "" : value.toString());
		}
	}

	private static boolean text(String v, int max) {
		return v != null && !v.isBlank() && v.length() <= max;
	}

	private static void share(BigDecimal v, String field, boolean zeroAllowed) {
		require(v != null && v.compareTo(BigDecimal.ONE) <= 0 && (zeroAllowed ? v.signum() >= 0 : v.signum() > 0)
				&& v.stripTrailingZeros().scale() <= 3, field, v);
	}

	private static void unitPrice(BigDecimal v, String field) {
		require(v != null && v.signum() > 0 && v.stripTrailingZeros().scale() <= ProcurementRules.UNIT_PRICE_SCALE
				&& v.compareTo(new BigDecimal("99999999999999")) < 0, field, v);
	}

}
