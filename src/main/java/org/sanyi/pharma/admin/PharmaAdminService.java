package org.sanyi.pharma.admin;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.rational.ReviewRuleBook;
import org.sanyi.pharma.rational.ReviewRuleImport;
import org.sanyi.pharma.rational.ReviewRuleRows;
import org.sanyi.pharma.resistance.AstLine;
import org.sanyi.pharma.resistance.Resistances;
import org.sanyi.pharma.rxreview.ReviewHint;
import org.sanyi.pharma.rxreview.ReviewRow;
import org.sanyi.pharma.rxreview.RxReviews;
import org.sanyi.pharma.rxreview.SampleRow;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.pharma.druguse.DrugUseHistory;
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

	private final DrugUseHistory drugUse;

	private final RxReviews rxReviews;

	private final Registry registry;

	private final Resistances resistances;

	private final ReviewRuleImport reviewRules;

	private final ReviewRuleBook reviewRuleBook;

	PharmaAdminService(Rounds rounds, Demands demands, Purchases purchases, Retentions retentions,
			DrugUseHistory drugUse, RxReviews rxReviews, Registry registry, Resistances resistances,
			ReviewRuleImport reviewRules, ReviewRuleBook reviewRuleBook) {
		this.reviewRules = reviewRules;
		this.reviewRuleBook = reviewRuleBook;
		this.resistances = resistances;
		this.drugUse = drugUse;
		this.rxReviews = rxReviews;
		this.registry = registry;
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
	public int reportDrugUseHistory(String regionPrefix, YearMonth from, YearMonth to) {
		int months = 0;
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months += drugUse.report(regionPrefix, m) >= 0 ? 1 : 0;
		}
		return months;
	}

	@Override
	public Optional<Long> drawReviewSample(String institution, YearMonth month, String by) {
		try {
			return Optional
				.of(rxReviews.draw(institution, month.toString(), null, null, staffOf(institution), by).id());
		}
		catch (BusinessException ex) {
			if (ex.error() == PharmaErrors.RX_SAMPLE_EXISTS || ex.error() == PharmaErrors.RX_SAMPLE_EMPTY) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public List<SampledPrescription> sampledPrescriptions(long sampleId) {
		SampleRow sample = rxReviews.sample(sampleId, DataScope.all());
		List<ReviewRow> rows = rxReviews.reviews(sample);
		Map<String, List<ReviewHint>> hints = rxReviews.hints(rows);
		return rows.stream()
			.map(r -> new SampledPrescription(r.hiRxno(), r.doctorCode(),
					hints.getOrDefault(r.hiRxno(), List.of()).stream().map(ReviewHint::reviewItem).distinct().toList()))
			.toList();
	}

	@Override
	public void reviewPrescription(long sampleId, String hiRxno, List<String> items, String note, String by) {
		SampleRow sample = rxReviews.sample(sampleId, DataScope.all());
		rxReviews.review(sampleId, hiRxno, items, note, staffOf(sample.institutionCode()), by);
	}

	@Override
	public boolean hasOwnReviewRules(String region) {
		ReviewRuleBook.InForce in = reviewRuleBook.inForce(region);
		return java.util.stream.Stream
			.of(in.limits().stream().map(ReviewRuleRows.LimitRow::regionCode),
					in.drugs().stream().map(ReviewRuleRows.DrugRow::regionCode),
					in.interactions().stream().map(ReviewRuleRows.InteractionRow::regionCode),
					in.contraindications().stream().map(ReviewRuleRows.ContraindicationRow::regionCode))
			.flatMap(s -> s)
			.anyMatch(region::equals);
	}

	@Override
	public long proposeReviewRules(String table, String region, String fileName, String csv, String by) {
		ReviewRuleImport.Result result = reviewRules.propose(ReviewRuleImport.Table.named(table), region, fileName,
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), DataScope.all(), by);
		if (!result.problems().isEmpty()) {
			ImportProblem first = result.problems().getFirst();
			throw new BusinessException(PharmaErrors.IMPORT_FILE,
					"line " + first.line() + " " + first.column() + ": " + first.error().getMessage());
		}
		return result.proposal();
	}

	@Override
	public void approveReviewRules(long proposal, String by, String note) {
		reviewRules.approve(proposal, by, note, DataScope.all());
	}

	@Override
	public boolean hasSusceptibilityResults() {
		return resistances.any();
	}

	@Override
	public void importSusceptibilityResults(String institution, List<SusceptibilityResult> results, String by) {
		resistances.store(institution,
				results.stream()
					.map(r -> new AstLine(r.specimenId(), r.specimenDate(), r.organismCode(), r.organismName(),
							r.antibioticCode(), r.antibioticName(), r.interpretation(),
							AstLine.patientKey(institution, r.patientId())))
					.toList(),
				DataScope.all(), by);
	}

	private DataScope staffOf(String institution) {
		String region = registry.institution(institution)
			.map(i -> i.regionCode())
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, institution));
		return DataScope.institution(institution, region);
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
