package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;
import org.sanyi.terminology.Icd10Chapters;

/**
 * The facts a settlement contributes to the supervision platform's indicators, and the
 * data elements they belong to. Every fact of a settlement carries the same slice: 险种,
 * 医疗类别, 清算类别, the insured person's county, age band and sex, and whether the institution
 * is in the person's county and in the insured pooling region (异地就医 when not), and the
 * ICD-10 chapter of the main diagnosis (病种结构; {@code 00} without one); fees are further
 * split by national charge category. A reversal reports the same facts negated, on the
 * day of the settlement it takes back, so any total over any slice and span returns
 * exactly to what it was.
 */
public final class SettlementFacts {

	/** Settlements posted (interim settlements included). */
	public static final String SETTLEMENTS = "ins.settlement.count";

	/**
	 * Visits ended by a settlement: 门急诊人次 ({@code clr_type=11}) and 出院人次
	 * ({@code clr_type=21}).
	 */
	public static final String VISITS = "ins.visit.count";

	/** 医疗总费用 ({@code medfee_sumamt}) by charge category ({@code fee_category}). */
	public static final String FEES = "ins.fee";

	/** 基金支付 ({@code fund_pay_sumamt}). */
	public static final String FUND_PAID = "ins.fund_paid";

	/** 个人负担 (medical fees − fund paid: account and cash). */
	public static final String SELF_PAID = "ins.self_paid";

	/** 个人账户支付 ({@code acct_pay}). */
	public static final String ACCOUNT_PAID = "ins.account_paid";

	/** 个人现金支付 ({@code psn_cash_pay}): out of pocket. */
	public static final String CASH_PAID = "ins.cash_paid";

	/**
	 * 出院者占用总床日数: discharge date − admission date (a same-day stay counts one day), at
	 * discharge.
	 */
	public static final String INPATIENT_DAYS = "ins.inpatient.days";

	private static final String[] SLICE = { Dimensions.INSUTYPE, Dimensions.MED_TYPE, Dimensions.CLR_TYPE,
			Dimensions.PERSON_COUNTY, Dimensions.AGE_BAND, Dimensions.SEX, Dimensions.IN_COUNTY, Dimensions.IN_REGION,
			Dimensions.ICD_CHAPTER };

	/** What insurance reports, with the dimensions of each element. */
	public static final DataElementCatalogue CATALOGUE = DataElementCatalogue.of("insurance",
			List.of(DataElement.of(SETTLEMENTS, "facts.ins.settlement.count", Unit.COUNT, SLICE),
					DataElement.of(VISITS, "facts.ins.visit.count", Unit.COUNT, SLICE),
					DataElement.of(FEES, "facts.ins.fee", Unit.YUAN, with(Dimensions.FEE_CATEGORY)),
					DataElement.of(FUND_PAID, "facts.ins.fund_paid", Unit.YUAN, SLICE),
					DataElement.of(SELF_PAID, "facts.ins.self_paid", Unit.YUAN, SLICE),
					DataElement.of(ACCOUNT_PAID, "facts.ins.account_paid", Unit.YUAN, SLICE),
					DataElement.of(CASH_PAID, "facts.ins.cash_paid", Unit.YUAN, SLICE),
					DataElement.of(INPATIENT_DAYS, "facts.ins.inpatient.days", Unit.DAY, SLICE)));

	private SettlementFacts() {
	}

	/**
	 * The facts of a posted settlement (its report key:
	 * {@link #key(SettlementCompleted)}).
	 */
	public static List<Fact> of(SettlementCompleted e) {
		LocalDate day = e.settledAt().atZoneSameInstant(InsuranceConfiguration.ZONE).toLocalDate();
		Slice slice = new Slice(e.institutionCode(), e.institutionRegion(), e.insuredRegion(), e.treatmentRegion(),
				e.insutype(), e.medType(), e.inpatient(), e.person(), Icd10Chapters.mainChapter(e.diagnosisCodes()));
		return facts(slice, day, e.fees(), e.fundTotal(), e.accountPay(), e.cashPay(), e.closesVisit(),
				e.admissionDate(), e.dischargeDate());
	}

	/**
	 * The facts of a reversal: those of the settlement it takes back, negated, on that
	 * settlement's day.
	 */
	public static List<Fact> of(SettlementReversed e) {
		Slice slice = new Slice(e.institutionCode(), e.institutionRegion(), e.insuredRegion(), e.treatmentRegion(),
				e.insutype(), e.medType(), e.inpatient(), e.person(), Icd10Chapters.mainChapter(e.diagnosisCodes()));
		return facts(slice, e.originalSettlementDate(), e.fees(), e.fundTotal(), e.accountPay(), e.cashPay(),
				e.closesVisit(), e.admissionDate(), e.dischargeDate())
			.stream()
			.map(Fact::negated)
			.toList();
	}

	/** {@code ins:setl:<setl_id>}: one report per settlement. */
	public static String key(SettlementCompleted e) {
		return "ins:setl:" + e.settlementId();
	}

	/**
	 * {@code ins:setl:<setl_id of the reversal>}: the reversal is a report of its own.
	 */
	public static String key(SettlementReversed e) {
		return "ins:setl:" + e.reversalId();
	}

	private record Slice(String institution, String institutionRegion, String insuredRegion, String treatmentRegion,
			String insutype, String medType, boolean inpatient, InsuredProfile person, String chapter) {

		Map<String, String> dimensions() {
			Map<String, String> d = new HashMap<>();
			d.put(Dimensions.INSUTYPE, insutype);
			d.put(Dimensions.MED_TYPE, medType);
			d.put(Dimensions.CLR_TYPE, MedType.clearingType(medType, inpatient));
			d.put(Dimensions.PERSON_COUNTY, person.county());
			d.put(Dimensions.AGE_BAND, person.ageBand());
			d.put(Dimensions.SEX, person.sex());
			String county = institutionRegion.length() >= 6 ? institutionRegion.substring(0, 6) : institutionRegion;
			d.put(Dimensions.IN_COUNTY, county.equals(person.county()) ? "Y" : "N");
			d.put(Dimensions.IN_REGION, insuredRegion.equals(treatmentRegion) ? "Y" : "N");
			d.put(Dimensions.ICD_CHAPTER, chapter);
			return d;
		}

	}

	private static List<Fact> facts(Slice slice, LocalDate day, Map<String, BigDecimal> fees, BigDecimal fundTotal,
			BigDecimal accountPay, BigDecimal cashPay, boolean closesVisit, LocalDate admission, LocalDate discharge) {
		Map<String, String> dims = slice.dimensions();
		List<Fact> facts = new ArrayList<>();
		String at = slice.institution();
		facts.add(new Fact(SETTLEMENTS, at, day, dims, BigDecimal.ONE));
		if (closesVisit) {
			facts.add(new Fact(VISITS, at, day, dims, BigDecimal.ONE));
		}
		BigDecimal medicalFees = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> fee : new java.util.TreeMap<>(fees).entrySet()) {
			medicalFees = medicalFees.add(fee.getValue());
			Map<String, String> byCategory = new HashMap<>(dims);
			byCategory.put(Dimensions.FEE_CATEGORY, fee.getKey());
			add(facts, new Fact(FEES, at, day, byCategory, fee.getValue()));
		}
		add(facts, new Fact(FUND_PAID, at, day, dims, fundTotal));
		add(facts, new Fact(SELF_PAID, at, day, dims, medicalFees.subtract(fundTotal)));
		add(facts, new Fact(ACCOUNT_PAID, at, day, dims, accountPay));
		add(facts, new Fact(CASH_PAID, at, day, dims, cashPay));
		if (closesVisit && slice.inpatient() && admission != null && discharge != null) {
			long days = Math.max(1, ChronoUnit.DAYS.between(admission, discharge));
			facts.add(new Fact(INPATIENT_DAYS, at, day, dims, BigDecimal.valueOf(days)));
		}
		return facts;
	}

	/** A zero adds nothing to any total: it is not reported. */
	private static void add(List<Fact> facts, Fact fact) {
		if (fact.value().signum() != 0) {
			facts.add(fact);
		}
	}

	private static String[] with(String extra) {
		String[] all = java.util.Arrays.copyOf(SLICE, SLICE.length + 1);
		all[SLICE.length] = extra;
		return all;
	}

}
