package org.sanyi.insurance.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.Terminology;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the settlement-time catalogue ({@code ins_catalogue_item}) in step with its
 * owner, the terminology module: every drug, consumable and service item of the catalogue
 * versions in force today, with its class (甲/乙/丙), 先行自付 ratio and price cap, replaces the
 * copy of the same code; a code the terminology catalogue no longer carries is removed
 * (it becomes out of catalogue, 丙类, as the national platform treats unknown items). Items
 * the terminology module never carried stay as they are ({@code source LOCAL}). Runs at
 * demo load (through {@link InsuranceAdmin#synchroniseCatalogue()}) and every 15 minutes.
 * The copy exists so that classifying a fee line is a memory lookup on the gateway's hot
 * path, not a call per line into another module.
 */
@Component
public class TerminologyCatalogueSync {

	private static final Logger log = LoggerFactory.getLogger(TerminologyCatalogueSync.class);

	private final Terminology terminology;

	private final InsuranceCatalogueRepository catalogue;

	private final Clock clock;

	TerminologyCatalogueSync(Terminology terminology, InsuranceCatalogueRepository catalogue, Clock insuranceClock) {
		this.terminology = terminology;
		this.catalogue = catalogue;
		this.clock = insuranceClock;
	}

	/** What a synchronisation did. */
	public record SyncResult(int copied, int removed) {
	}

	@Scheduled(fixedDelay = 900_000, initialDelay = 900_000)
	@SchedulerLock(name = "insurance-catalogue-sync", lockAtMostFor = "PT14M", lockAtLeastFor = "PT10M")
	void scheduled() {
		synchronise(LocalDate.now(clock));
	}

	@Transactional
	public SyncResult synchronise(LocalDate on) {
		List<CatalogueItem> items = new ArrayList<>();
		for (int page = 1;; page++) {
			Page<CatalogueItem> p = terminology.searchCatalogue(new CatalogueQuery(null, null, "", on),
					new PageQuery(page, PageQuery.MAX_SIZE));
			items.addAll(p.rows());
			if (p.rows().size() < PageQuery.MAX_SIZE || items.size() >= p.total()) {
				break;
			}
		}
		items.removeIf(t -> {
			boolean fits = t.selfPayRatio() == null || t.selfPayRatio().stripTrailingZeros().scale() <= 4;
			if (!fits) {
				log.warn("Catalogue item {} not copied: self-pay ratio {} has more than 4 decimals", t.code(),
						t.selfPayRatio());
			}
			return !fits;
		});
		List<InsuranceAdmin.CatalogueItem> copies = items.stream().map(TerminologyCatalogueSync::copy).toList();
		catalogue.save(copies);
		String[] codes = copies.stream().map(InsuranceAdmin.CatalogueItem::code).toArray(String[]::new);
		catalogue.markFromTerminology(codes, items.stream().map(CatalogueItem::system).toArray(String[]::new),
				items.stream().map(CatalogueItem::version).toArray(String[]::new));
		int removed = catalogue.removeTerminologyItemsOtherThan(codes);
		catalogue.invalidate();
		log.info("Insurance catalogue synchronised from terminology for {}: {} items copied, {} removed", on,
				copies.size(), removed);
		return new SyncResult(copies.size(), removed);
	}

	/**
	 * The terminology item as the settlement engine reads it; ratios keep 4 decimals
	 * (numeric(5,4)).
	 */
	static InsuranceAdmin.CatalogueItem copy(CatalogueItem t) {
		BigDecimal ratio = t.selfPayRatio() != null ? t.selfPayRatio()
				: t.insuranceClass().impliedSelfPayRatio().orElse(BigDecimal.ZERO);
		return new InsuranceAdmin.CatalogueItem(t.code(), t.name(), ChargeTypes.of(t.kind(), t.category(), t.name()),
				t.insuranceClass().code(),
				ratio.setScale(4, RoundingMode.UNNECESSARY) /* checked above */, t.priceCap(),
				t.restriction() != null && !t.restriction().isBlank(), t.price() == null ? BigDecimal.ZERO : t.price());
	}

}
