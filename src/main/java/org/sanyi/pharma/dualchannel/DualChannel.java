package org.sanyi.pharma.dualchannel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双通道 (2021 NHSA guidance): the region's list of negotiated drugs available at designated
 * hospitals and designated retail pharmacies under the same payment policy, the
 * pharmacies taking part (registry institutions of the 定点零售药店 kind) and their stock. A
 * drug is listed for a region and everything under it.
 */
@Service
public class DualChannel {

	/** A listed drug: the region managing the list, the catalogue code, the dates. */
	public record Drug(String regionCode, String itemCode, String name, LocalDate listedFrom, LocalDate listedTo) {

		boolean listedOn(LocalDate day) {
			return !day.isBefore(listedFrom) && (listedTo == null || !day.isAfter(listedTo));
		}

	}

	/** A designated 双通道 pharmacy. */
	public record Pharmacy(String code, String regionCode, String name, LocalDate designatedFrom) {
	}

	/** A pharmacy's stock of a listed drug, in the catalogue's pricing unit. */
	public record Stock(String pharmacyCode, String pharmacyName, String itemCode, BigDecimal quantity) {
	}

	private final DualChannelRepository repository;

	private final Registry registry;

	private final Terminology terminology;

	private final AuditLog audit;

	DualChannel(DualChannelRepository repository, Registry registry, Terminology terminology, AuditLog audit) {
		this.repository = repository;
		this.registry = registry;
		this.terminology = terminology;
		this.audit = audit;
	}

	/**
	 * Lists a negotiated drug for a region; PH-0006 when it is not in the catalogue in
	 * force, PH-0219 when it is not a negotiated (国谈) drug.
	 */
	@Transactional
	public Drug listDrug(String regionCode, String itemCode, LocalDate from, String by) {
		if (!RegionCode.isWellFormed(regionCode)) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, "region_code", regionCode);
		}
		CatalogueItem item = terminology.catalogueItem(itemCode, from)
			.orElseThrow(() -> new BusinessException(PharmaErrors.ITEM_NOT_IN_CATALOGUE, itemCode));
		if (!item.profile().negotiated()) {
			throw new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_DRUG, itemCode);
		}
		Drug drug = new Drug(regionCode, itemCode, item.name(), from, null);
		repository.listDrug(drug, by);
		audit.record(AuditAction.CREATE, "pharma.dualchannel", regionCode + ":" + itemCode, item.name());
		return drug;
	}

	/**
	 * Designates a registry pharmacy for 双通道; PH-0214 when the code is not an operating
	 * 定点零售药店.
	 */
	@Transactional
	public Pharmacy designate(String pharmacyCode, LocalDate from, String by) {
		Institution i = registry.institution(pharmacyCode)
			.filter(x -> x.kind() == Institution.Kind.PHARMACY && x.status() == Institution.Status.ACTIVE)
			.orElseThrow(() -> new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_PHARMACY, pharmacyCode));
		Pharmacy p = new Pharmacy(i.code(), i.regionCode(), i.name(), from);
		repository.designate(p, by);
		audit.record(AuditAction.CREATE, "pharma.dualchannel", pharmacyCode, i.name());
		return p;
	}

	/** Records a pharmacy's stock of a listed drug (what its system reports). */
	@Transactional
	public void setStock(String pharmacyCode, String itemCode, BigDecimal quantity) {
		Pharmacy p = pharmacy(pharmacyCode)
			.orElseThrow(() -> new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_PHARMACY, pharmacyCode));
		if (quantity == null || quantity.signum() < 0 || quantity.scale() > 2) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, "quantity", String.valueOf(quantity));
		}
		if (!listed(p.regionCode(), itemCode, LocalDate.now())) {
			throw new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_DRUG, itemCode);
		}
		repository.setStock(pharmacyCode, itemCode, quantity);
		audit.record(AuditAction.UPDATE, "pharma.dualchannel", pharmacyCode + ":" + itemCode, quantity.toPlainString());
	}

	/**
	 * Takes a sold quantity out of the pharmacy's stock; PH-0216 when there is not
	 * enough.
	 */
	public void take(String pharmacyCode, String itemCode, BigDecimal quantity) {
		if (!repository.take(pharmacyCode, itemCode, quantity)) {
			throw new BusinessException(PharmaErrors.RX_STOCK_SHORT, itemCode,
					repository.stockOf(pharmacyCode, itemCode).toPlainString());
		}
	}

	public Optional<Pharmacy> pharmacy(String code) {
		return repository.pharmacy(code);
	}

	/**
	 * Whether the drug is on the 双通道 list of a region above or at {@code region} on a
	 * day.
	 */
	public boolean listed(String region, String itemCode, LocalDate on) {
		return repository.drugs()
			.stream()
			.anyMatch(d -> d.itemCode().equals(itemCode) && d.listedOn(on)
					&& RegionCode.of(d.regionCode()).contains(region));
	}

	/** The drugs listed for regions above, at or below the scope. */
	public List<Drug> drugs(ScopeFilter scope) {
		return repository.drugs()
			.stream()
			.filter(d -> scope.prefix().isEmpty() || scope.prefix().startsWith(RegionCode.of(d.regionCode()).prefix())
					|| d.regionCode().startsWith(scope.prefix()) || !scope.institution().isEmpty())
			.toList();
	}

	public List<Pharmacy> pharmacies(ScopeFilter scope) {
		return repository.pharmacies(scope.prefix(), scope.institution());
	}

	/** Every designated pharmacy (what a resident may choose from). */
	public List<Pharmacy> allPharmacies() {
		return repository.pharmacies("", "");
	}

	public List<Stock> stock(ScopeFilter scope) {
		return repository.stock(scope.prefix(), scope.institution());
	}

}
