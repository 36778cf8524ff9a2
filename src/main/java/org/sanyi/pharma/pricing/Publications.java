package org.sanyi.pharma.pricing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.ImportRequest;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.Terminology;
import org.sanyi.terminology.TerminologyImport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a scenario as the region's service price catalogue from a date: one officer
 * proposes it (only a scenario within 总量控制, only from a day after today), a second
 * approves or rejects it through the shared maker–checker; the approval imports the new
 * prices into terminology as a new version of the region's own service catalogue
 * ({@code SERVICE-<region>}, starting from the items of the version in force: the
 * region's own, else the national {@code SERVICE}), in the approval's transaction. An
 * item's new price is its own new price of the draft, else its price raised by its charge
 * type's raise when the baseline billed it (its charge type is known from the fee lines),
 * else unchanged.
 */
@Service
public class Publications {

	static final String NATIONAL_SERVICES = "SERVICE";

	private final PublicationRepository repository;

	private final ScenarioRepository scenarios;

	private final Terminology terminology;

	private final TerminologyImport imports;

	private final MakerChecker<Publication, String> review;

	Publications(PublicationRepository repository, ScenarioRepository scenarios, Terminology terminology,
			TerminologyImport imports) {
		this.repository = repository;
		this.scenarios = scenarios;
		this.terminology = terminology;
		this.imports = imports;
		this.review = new MakerChecker<>(repository, Publications::refusal);
	}

	public List<Publication> ofScenario(long scenarioId) {
		return repository.ofScenario(scenarioId);
	}

	/** Proposes a scenario's prices from a day; returns the publication's id. */
	@Transactional
	public long propose(long scenarioId, String effectiveFrom, String by, DataScope scope) {
		Scenario scenario = scenarios.find(scenarioId)
			.filter(s -> scope.coversRegion(s.region()))
			.orElseThrow(() -> BusinessException.notFound("scenario", scenarioId));
		PriceReform.Outcome region = scenario.result().region();
		if (!scenario.result().withinRoom()) {
			throw new BusinessException(PharmaErrors.PRICING_OVER_ROOM, region.serviceIncrease(), region.room());
		}
		LocalDate from = futureDay(effectiveFrom);
		review.requireNoPending(scenario.region());
		return repository.insert(scenarioId, scenario.region(), from, by);
	}

	/** A second officer approves: the prices become the catalogue's new version. */
	@Transactional
	public void approve(long id, String by, String note, DataScope scope) {
		Publication publication = pending(id, by, scope);
		futureDay(publication.effectiveFrom().toString());
		review.approve(publication, by, note);
		Scenario scenario = scenarios.find(publication.scenarioId()).orElseThrow();
		String version = "PR-" + id;
		importPrices(scenario, publication.effectiveFrom(), version);
		repository.catalogueVersion(id, version);
	}

	@Transactional
	public void reject(long id, String by, String note, DataScope scope) {
		review.reject(pending(id, by, scope), by, note);
	}

	/** The catalogue system a region's prices are published in. */
	static String system(String region) {
		return NATIONAL_SERVICES + "-" + region;
	}

	private Publication pending(long id, String by, DataScope scope) {
		Publication publication = repository.findForUpdate(id)
			.filter(p -> scope.coversRegion(p.region()))
			.orElseThrow(() -> BusinessException.notFound("publication", id));
		review.requireDecidable(publication, by);
		return publication;
	}

	private static LocalDate futureDay(String text) {
		LocalDate day;
		try {
			day = LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(PharmaErrors.PRICING_FIELD, "effectiveFrom", text == null ? "" : text);
		}
		if (!day.isAfter(PlatformTime.today())) {
			throw new BusinessException(PharmaErrors.PUBLICATION_DATE, day, PlatformTime.today());
		}
		return day;
	}

	private void importPrices(Scenario scenario, LocalDate from, String version) {
		String own = system(scenario.region());
		Map<String, List<CatalogueItem>> bySystem = new HashMap<>();
		for (int page = 1;; page++) {
			Page<CatalogueItem> items = terminology.searchCatalogue(
					new CatalogueQuery(SystemKind.SERVICE, null, "", from), new PageQuery(page, PageQuery.MAX_SIZE));
			items.rows().forEach(i -> bySystem.computeIfAbsent(i.system(), s -> new ArrayList<>()).add(i));
			if (items.rows().size() < PageQuery.MAX_SIZE) {
				break;
			}
		}
		List<CatalogueItem> base = bySystem.getOrDefault(own, bySystem.getOrDefault(NATIONAL_SERVICES, List.of()));
		Map<String, String> chargeTypes = new HashMap<>();
		scenario.result().items().forEach(i -> chargeTypes.put(i.code(), i.chargeType()));
		StringBuilder csv = new StringBuilder(
				"code,name,category,specification,unit,price,price_cap,insurance_class,self_pay_ratio,restriction\n");
		for (CatalogueItem item : base) {
			csv.append(String.join(",", quote(item.code()), quote(item.name()), quote(item.category()),
					quote(item.specification()), quote(item.unit()), plain(newPrice(item, scenario, chargeTypes)),
					plain(item.priceCap()), item.insuranceClass().code(), plain(item.selfPayRatio()),
					quote(item.restriction())))
				.append('\n');
		}
		imports.importFile(
				new ImportRequest(own, version, "医疗服务价格（" + scenario.region() + "）", SystemKind.SERVICE, from, null,
						"pricing-scenario-" + scenario.id() + ".csv"),
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static BigDecimal newPrice(CatalogueItem item, Scenario scenario, Map<String, String> chargeTypes) {
		BigDecimal own = scenario.draft().newPrices().get(item.code());
		if (own != null) {
			return own.setScale(2, RoundingMode.HALF_UP);
		}
		String type = chargeTypes.get(item.code());
		BigDecimal raise = type == null ? null : scenario.draft().serviceRaises().get(type);
		if (raise == null || item.price() == null) {
			return item.price();
		}
		return item.price().multiply(BigDecimal.ONE.add(raise)).setScale(2, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String quote(String value) {
		if (value == null) {
			return "";
		}
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static RuntimeException refusal(Refusal<Publication> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<Publication> n -> new BusinessException(PharmaErrors.PUBLICATION_NOT_PENDING);
			case Refusal.OwnProposal<Publication> own -> new BusinessException(PharmaErrors.PUBLICATION_OWN_PROPOSAL);
			case Refusal.PendingExists<Publication>(Publication pending) ->
				new BusinessException(PharmaErrors.PUBLICATION_PENDING_EXISTS, pending.id());
			case Refusal.LaterVersion<Publication>(Publication row, Publication later) ->
				new BusinessException(PharmaErrors.PUBLICATION_DATE, row.effectiveFrom(), later.effectiveFrom());
		};
	}

}
