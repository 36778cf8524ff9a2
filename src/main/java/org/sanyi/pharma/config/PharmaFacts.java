package org.sanyi.pharma.config;

import java.util.List;

import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.pharma.procurement.Purchases;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Dimensions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What pharma reports to monitoring: purchased minimum units of winning and non-winning
 * products (中选药品使用比例 = winning / (winning + non-winning) of the same generics) and the
 * savings of winning purchases, per item; what the fund owes and paid enterprises under
 * 阳光采购's direct settlement, and how much of it was paid on time; and, per enterprise, the
 * amount of orders that ended, what of it was delivered and what arrived on time (配送率,
 * 按时到货率).
 */
@Configuration(proxyBeanMethods = false)
class PharmaFacts {

	@Bean
	DataElementCatalogue pharmaDataElements() {
		return DataElementCatalogue.of("pharma",
				List.of(DataElement.of(Purchases.WINNING_VOLUME, "fact.pharma.purchase.winning", Unit.QUANTITY,
						Dimensions.ITEM),
						DataElement.of(Purchases.NON_WINNING_VOLUME, "fact.pharma.purchase.nonwinning", Unit.QUANTITY,
								Dimensions.ITEM),
						DataElement.of(Purchases.SAVINGS, "fact.pharma.savings", Unit.YUAN, Dimensions.ITEM),
						DataElement.of(PurchaseOrders.PAYABLE_FACT, "fact.pharma.direct.payable", Unit.YUAN),
						DataElement.of(PurchaseOrders.PAID_FACT, "fact.pharma.direct.paid", Unit.YUAN),
						DataElement.of(PurchaseOrders.PAID_ON_TIME_FACT, "fact.pharma.direct.paid.ontime", Unit.YUAN),
						DataElement.of(PurchaseOrders.DELIVERY_DUE_FACT, "fact.pharma.delivery.due", Unit.YUAN,
								Dimensions.SUPPLIER),
						DataElement.of(PurchaseOrders.DELIVERED_FACT, "fact.pharma.delivery.delivered", Unit.YUAN,
								Dimensions.SUPPLIER),
						DataElement.of(PurchaseOrders.DELIVERED_ON_TIME_FACT, "fact.pharma.delivery.ontime", Unit.YUAN,
								Dimensions.SUPPLIER)));
	}

}
