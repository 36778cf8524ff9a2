package org.sanyi.pharma.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.pharma.PharmaAdmin.PurchaseLine;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ProcurementRules;
import org.sanyi.pharma.procurement.PurchaseRepository.StoredLine;
import org.sanyi.pharma.procurement.RoundRepository.RoundItem;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase lines of a round's products (阳光采购 orders as received): each line must name an
 * item of the round (a winning product or the same generic's other products), an
 * institution of the round's region in the caller's scope, a day on or after the round's
 * start, a positive quantity in minimum units and a unit price. Stored all or nothing,
 * and reported to monitoring in the same transaction as facts: winning and non-winning
 * volumes and the savings of winning purchases against the pre-round price, per
 * institution, day and item.
 */
@Service
public class Purchases {

	/** Purchased minimum units of winning products. */
	public static final String WINNING_VOLUME = "pharma.purchase.winning";

	/** Purchased minimum units of non-winning products of the same generics. */
	public static final String NON_WINNING_VOLUME = "pharma.purchase.nonwinning";

	/** (pre-round − paid unit price) × quantity of winning purchases, yuan. */
	public static final String SAVINGS = "pharma.savings";

	private final Rounds rounds;

	private final PurchaseRepository purchases;

	private final Registry registry;

	private final ApplicationEventPublisher events;

	Purchases(Rounds rounds, PurchaseRepository purchases, Registry registry, ApplicationEventPublisher events) {
		this.rounds = rounds;
		this.purchases = purchases;
		this.registry = registry;
		this.events = events;
	}

	@Transactional
	public int store(RoundRow round, List<PurchaseLine> lines, DataScope scope) {
		Map<String, RoundItem> items = rounds.items(round.id())
			.stream()
			.collect(Collectors.toMap(RoundItem::itemCode, Function.identity()));
		Map<Long, ProductRow> products = rounds.products(round.id())
			.stream()
			.collect(Collectors.toMap(ProductRow::id, Function.identity()));
		Map<String, Institution> institutions = new HashMap<>();
		List<StoredLine> stored = new ArrayList<>(lines.size());
		for (PurchaseLine l : lines) {
			RoundItem item = items.get(l.itemCode());
			if (item == null) {
				throw new BusinessException(PharmaErrors.ITEM_NOT_IN_ROUND, l.itemCode());
			}
			Institution institution = institutions.computeIfAbsent(String.valueOf(l.institutionCode()),
					code -> registry.institution(code)
						.filter(i -> RegionCode.of(round.regionCode()).contains(i.regionCode()))
						.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
						.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, code)));
			Rounds.require(l.date() != null, "date", null);
			if (l.date().isBefore(round.startDate())) {
				throw new BusinessException(PharmaErrors.PURCHASE_BEFORE_ROUND, l.date(), round.startDate());
			}
			Rounds.require(l.quantity() > 0, "quantity", l.quantity());
			Rounds.require(
					l.unitPrice() != null && l.unitPrice().signum() >= 0
							&& l.unitPrice().stripTrailingZeros().scale() <= ProcurementRules.UNIT_PRICE_SCALE,
					"unitPrice", l.unitPrice());
			BigDecimal amount = l.unitPrice()
				.multiply(BigDecimal.valueOf(l.quantity()))
				.setScale(2, RoundingMode.HALF_UP);
			stored.add(new StoredLine(round.id(), item.productId(), institution.code(), institution.regionCode(),
					l.itemCode(), item.winning(), l.date(), l.quantity(), l.unitPrice(), amount));
		}
		purchases.insertAll(stored);
		events.publishEvent(new FactsReported("pharma:purchase:" + round.id() + ":" + UUID.randomUUID(), "pharma",
				facts(stored, products)));
		return stored.size();
	}

	/**
	 * Per institution, day, item and element: the volumes, and the savings of winning
	 * lines.
	 */
	static List<Fact> facts(List<StoredLine> lines, Map<Long, ProductRow> products) {
		Map<FactKey, BigDecimal> sums = new LinkedHashMap<>();
		for (StoredLine l : lines) {
			String element = l.winning() ? WINNING_VOLUME : NON_WINNING_VOLUME;
			sums.merge(new FactKey(element, l.institutionCode(), l.date(), l.itemCode()),
					BigDecimal.valueOf(l.quantity()), BigDecimal::add);
			if (l.winning()) {
				BigDecimal saved = ProcurementRules.savings(products.get(l.productId()).preRoundPrice(), l.unitPrice(),
						l.quantity());
				sums.merge(new FactKey(SAVINGS, l.institutionCode(), l.date(), l.itemCode()), saved, BigDecimal::add);
			}
		}
		List<Fact> facts = new ArrayList<>(sums.size());
		sums.forEach((k, v) -> facts
			.add(new Fact(k.element(), k.institution(), k.day(), Map.of(Dimensions.ITEM, k.item()), v)));
		return facts;
	}

	private record FactKey(String element, String institution, LocalDate day, String item) {
	}

}
