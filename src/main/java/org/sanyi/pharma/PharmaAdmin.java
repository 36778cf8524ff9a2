package org.sanyi.pharma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes of the 集采 side for the demo generator, data migrations and tests, through the
 * same services and checks as the pages (each call one transaction, all or nothing),
 * without a signed-in user: the scope is the whole platform and {@code by} names the
 * officer or institution account recorded as the author.
 */
public interface PharmaAdmin {

	/** Whether any round exists. */
	boolean hasRounds();

	/**
	 * Creates a round; returns its id. PH-0002 on a bad field, PH-0003 when the code
	 * exists.
	 */
	long createRound(NewRound round, String by);

	/**
	 * Adds a product with the same generic's non-winning items; returns its id. PH-0004,
	 * PH-0006, PH-0007.
	 */
	long addProduct(long roundId, NewProduct product);

	/**
	 * Adds a winning bid; returns its id. PH-0005 for an unflagged price rise, PH-0006,
	 * PH-0007.
	 */
	long addBid(NewBid bid, String by);

	/**
	 * Stores reported demand with its agreed volume (replacing an earlier report).
	 * PH-0008 below the floor.
	 */
	void reportDemand(long roundId, List<DemandReport> reports, String by);

	/**
	 * Stores purchase lines and reports their volumes and savings as facts; returns how
	 * many. PH-0011, PH-0012.
	 */
	int importPurchases(long roundId, List<PurchaseLine> lines);

	/**
	 * Computes the 结余留用 of an ended cycle and proposes it for review; returns its id.
	 * PH-0017, PH-0018.
	 */
	long proposeRetention(long roundId, int cycle, String by);

	/**
	 * Reports the drug use of a region's settlements recorded in bulk (outpatient
	 * prescriptions, inpatient antimicrobial use, patient-days) to monitoring, each month
	 * of the span once, in a transaction of its own.
	 * @return the months reported now (0 when all were reported before)
	 */
	int reportDrugUseHistory(String regionPrefix, java.time.YearMonth from, java.time.YearMonth to);

	/**
	 * Draws a hospital's 处方点评 sample of a month (default share and seed) as one of its
	 * staff; empty when the month is sampled already or had no prescription.
	 */
	java.util.Optional<Long> drawReviewSample(String institution, java.time.YearMonth month, String by);

	/** The prescriptions of a sample with the 处方点评 items the rules hinted at. */
	List<SampledPrescription> sampledPrescriptions(long sampleId);

	/** Records a review as one of the hospital's staff (PH-0313 for an unknown item). */
	void reviewPrescription(long sampleId, String hiRxno, List<String> items, String note, String by);

	/** Whether any susceptibility result was imported. */
	boolean hasSusceptibilityResults();

	/**
	 * Stores a hospital's susceptibility results as its laboratory's import does
	 * (PH-0320, PH-0321), reported to monitoring.
	 */
	void importSusceptibilityResults(String institution, List<SusceptibilityResult> results, String by);

	/** Whether the region has review rules of its own (审方规则 beyond the defaults). */
	boolean hasOwnReviewRules(String region);

	/**
	 * Proposes a CSV as the region's own rows of a review-rule table (LIMITS, DRUGS,
	 * INTERACTIONS, CONTRAINDICATIONS) as the 审方规则 page imports it; returns the proposal.
	 * PH-0330…0333, PH-0336, PH-0014 naming the first problem when a line is wrong.
	 */
	long proposeReviewRules(String table, String region, String fileName, String csv, String by);

	/**
	 * A second officer approves a proposal: its rows become the rules in force (PH-0334,
	 * PH-0335).
	 */
	void approveReviewRules(long proposal, String by, String note);

	/**
	 * A susceptibility result: an isolate of a specimen against one antimicrobial, S, I
	 * or R (WHONET-style codes), with the laboratory's patient id (empty when unknown),
	 * kept only as a key for the first-isolate count.
	 */
	record SusceptibilityResult(String specimenId, LocalDate specimenDate, String organismCode, String organismName,
			String antibioticCode, String antibioticName, String interpretation, String patientId) {

		/** A result without a patient. */
		public SusceptibilityResult(String specimenId, LocalDate specimenDate, String organismCode, String organismName,
				String antibioticCode, String antibioticName, String interpretation) {
			this(specimenId, specimenDate, organismCode, organismName, antibioticCode, antibioticName, interpretation,
					"");
		}

	}

	/**
	 * A sampled prescription: its number, its doctor and the items its upload's findings
	 * fall under.
	 */
	record SampledPrescription(String hiRxno, String doctorCode, List<String> hintedItems) {

		public SampledPrescription {
			hintedItems = List.copyOf(hintedItems);
		}

	}

	/** A second officer approves a proposed computation. PH-0015, PH-0016. */
	void approveRetention(long retentionId, String by, String note);

	/** Who carries out a round. */
	enum Level {

		NATIONAL, PROVINCIAL, ALLIANCE

	}

	/** What a round buys. */
	enum Kind {

		DRUG, CONSUMABLE

	}

	/**
	 * A round.
	 *
	 * @param code unique, e.g. {@code GJ-10-359900}
	 * @param batchNo 批次 (第十批)
	 * @param regionCode the region carrying it out (its institutions report and buy)
	 * @param startDate first day of the first agreed-volume cycle
	 * @param cycleMonths length of a cycle (usually 12)
	 * @param agreedRatio share of the reported demand agreed (0.80)
	 * @param fewWinnersRatio the share for products with at most three winners (0.60)
	 * @param demandFloor the least share of prior usage reported without a reason (0.80)
	 * @param alertGap how far completion may trail the time before an alert (0.10)
	 * @param insuranceShare the fund's share of drug spend in the region, for 结余留用 (0.70)
	 * @param retentionRatio the share of the surplus a hospital retains (0.50)
	 */
	record NewRound(String code, String name, Level level, Kind kind, String batchNo, String regionCode,
			LocalDate startDate, int cycleMonths, BigDecimal agreedRatio, BigDecimal fewWinnersRatio,
			BigDecimal demandFloor, BigDecimal alertGap, BigDecimal insuranceShare, BigDecimal retentionRatio) {
	}

	/**
	 * A product of a round: generic + form + specification, compared in one unit at the
	 * pre-round unit price (the prior year's weighted average of the generic, per minimum
	 * unit, four decimals).
	 *
	 * @param otherItems catalogue codes of the same generic that did not win (the
	 * substitution watch)
	 */
	record NewProduct(String genericName, String dosageForm, String specification, String comparableUnit,
			BigDecimal preRoundPrice, List<String> otherItems) {

		public NewProduct {
			otherItems = List.copyOf(otherItems);
		}

	}

	/**
	 * A winning bid: the enterprise's catalogue item at its winning unit price; a rise
	 * needs the flag and a reason.
	 */
	record NewBid(long productId, String enterprise, String itemCode, BigDecimal winningPrice, boolean riseFlagged,
			String riseReason, String supplyRegions) {
	}

	/**
	 * An institution's reported annual demand of a product against its prior annual
	 * usage, minimum units.
	 */
	record DemandReport(long productId, String institutionCode, long priorUsage, long reported, String reason) {
	}

	/** A purchase: institution, catalogue item, day, minimum units, unit price paid. */
	record PurchaseLine(String institutionCode, String itemCode, LocalDate date, long quantity, BigDecimal unitPrice) {
	}

}
