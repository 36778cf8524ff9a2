package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.InsuredProfile;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.insurance.engine.CatalogueClass;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.FundPayment;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.insurance.person.Persons.Identity;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.SettlementRow.FundRow;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.shared.Money;

/**
 * Pure translations around the engine, shared by the gateway and the recorded-activity
 * loader: stored rows into the engine's {@link Visit} and {@link FeeLine}s, a
 * {@link Settlement} into the row that is stored, a row into its reversal, and rows into
 * the published events.
 */
final class SettlementAssembler {

	private SettlementAssembler() {
	}

	static Visit engineVisit(VisitRow visit, Person person, List<Identity> identities, String medType, LocalDate date,
			boolean useAccount, BigDecimal balance) {
		return engineVisit(visit, person, identities, medType, date, useAccount, balance, null, null);
	}

	/**
	 * As above, for a later part of an admission settled in part before this year
	 * (interim settlement): {@code deductibleBorne} is what the earlier parts bore,
	 * {@code null} for a first settlement; {@code prescription} the external
	 * prescriptions a pharmacy purchase was dispensed on, checked by
	 * {@link PharmacyPurchases}.
	 */
	static Visit engineVisit(VisitRow visit, Person person, List<Identity> identities, String medType, LocalDate date,
			boolean useAccount, BigDecimal balance, BigDecimal deductibleBorne, String prescription) {
		Set<String> valid = new LinkedHashSet<>();
		for (Identity identity : identities) {
			if (identity.validOn(date)) {
				valid.add(identity.type());
			}
		}
		Visit.Builder builder = Visit.builder()
			.visitId(visit.visitId())
			.personId(person.psnNo())
			.insutype(Insutype.ofCode(visit.insutype()))
			.medType(MedType.of(medType))
			.hospitalLevel(HospitalLevel.ofCode(visit.hospitalLevel()))
			.insuredRegion(person.insuredRegion())
			.treatmentRegion(visit.treatmentRegion())
			.personType(person.psnType())
			.age(Math.max(0, person.ageOn(date)))
			.civilServant(person.civilServant())
			.identities(valid)
			.diseaseCode(visit.diseaseCode())
			.admissionDate(visit.begin().toLocalDate().isAfter(date) ? date : visit.begin().toLocalDate())
			.settlementDate(date)
			.prescription(prescription);
		if (deductibleBorne != null) {
			builder.continuingAdmission(Money.of(deductibleBorne));
		}
		// acct_used_flag 1 permits the account to pay: a person without a personal
		// account (residents, 390) pays 0
		// from it instead of being refused, as many HIS send 1 for everyone
		if (useAccount && balance != null && Insutype.ofCode(visit.insutype()).hasPersonalAccount()) {
			builder.account(Money.of(balance));
		}
		else if (balance != null) {
			builder.accountNotUsed(Money.of(balance));
		}
		return builder.build();
	}

	/**
	 * The lines the engine settles: each charge line netted with its refund lines (退费明细,
	 * {@link FeeLine#netOf}), so the engine sees only non-negative lines; a fully
	 * refunded line is left out (it contributes nothing). Every refund line's original
	 * must be among {@code lines} (a refund is settled with its original).
	 */
	static List<FeeLine> engineLines(List<FeeLineRow> lines) {
		Map<Long, List<FeeLine>> refunds = refundsByOriginal(lines);
		List<FeeLine> out = new ArrayList<>(lines.size());
		for (FeeLineRow l : lines) {
			if (l.refund()) {
				continue;
			}
			List<FeeLine> mine = refunds.remove(l.id());
			if (mine == null) {
				out.add(engineLine(l));
				continue;
			}
			FeeLine net = engineLine(l).netOf(mine);
			if (net.quantity().signum() != 0 || !net.amount().isZero()) {
				out.add(net);
			}
		}
		if (!refunds.isEmpty()) {
			throw new IllegalStateException("refund lines without their original line: " + refunds.keySet());
		}
		return out;
	}

	/**
	 * The refund lines among {@code lines} as the engine reads them, by their original's
	 * row id, in order.
	 */
	static Map<Long, List<FeeLine>> refundsByOriginal(List<FeeLineRow> lines) {
		Map<Long, List<FeeLine>> refunds = new java.util.HashMap<>();
		for (FeeLineRow l : lines) {
			if (l.refund()) {
				refunds.computeIfAbsent(l.initLineId(), id -> new ArrayList<>()).add(engineLine(l));
			}
		}
		return refunds;
	}

	/** One stored line as the engine reads it (its stored class, ratio and cap). */
	static FeeLine engineLine(FeeLineRow l) {
		return new FeeLine(l.lineNo(), l.code(), CatalogueClass.ofCode(l.lineNo(), l.catalogueClass()),
				l.selfPayRatio(), l.quantity(), l.price(), Money.of(l.amount()), l.priceCap());
	}

	static SettlementRow row(String setlId, Settlement s, VisitRow visit, Person person, List<String> diagnoses,
			OffsetDateTime at, LocalDate endDate, Map<String, BigDecimal> delta, String msgid, String invoiceNo) {
		List<FundRow> funds = new ArrayList<>();
		for (FundPayment p : s.fundPayments()) {
			funds.add(new FundRow(p.fund().code(), p.base().amount(), p.limitRemaining().amount(), p.amount().amount(),
					p.trace()));
		}
		return new SettlementRow(setlId, visit.visitId(), person.psnNo(), person.name(), visit.insutype(),
				person.psnType(), person.civilServant(), s.visit().medType().code(),
				MedType.clearingType(s.visit().medType().code(), visit.inpatient()), visit.institution(),
				visit.institutionName(), visit.institutionRegion(), person.region(), visit.hospitalLevel(),
				visit.treatmentRegion(), person.insuredRegion(), s.policyCode(), at, s.visit().settlementDate(),
				visit.begin().toLocalDate(), endDate, visit.diseaseCode(), String.join(",", diagnoses),
				s.totals().medicalFees().amount(), s.totals().fullOwnPay().amount(), s.totals().overLimit().amount(),
				s.totals().preSelfPay().amount(), s.totals().inScope().amount(), s.deductible().amount(),
				sum(s, "hifp_pay"), s.poolRatio().setScale(4), sum(s, "cvlserv_pay"), sum(s, "hifes_pay"),
				sum(s, "hifmi_pay"), sum(s, "hifob_pay"), sum(s, "maf_pay"), sum(s, "oth_pay"), s.fundTotal().amount(),
				s.personalPart().amount(), s.accountPay().amount(), s.cashPay().amount(), s.hospitalPart().amount(),
				s.accountBalanceAfter().amount(), s.visit().useAccount(), delta, msgid, msgid, invoiceNo, false, null,
				"SETTLED", null, funds);
	}

	/**
	 * The reversal of a settlement: the same row negated, with its own id, time and
	 * balance after the refund.
	 */
	static SettlementRow reversal(SettlementRow r, String reversalId, OffsetDateTime at, LocalDate date,
			BigDecimal balanceAfter, String msgid) {
		List<FundRow> funds = new ArrayList<>();
		for (FundRow f : r.funds()) {
			funds.add(new FundRow(f.fundPayType(), f.base().negate(), f.limitRemaining(), f.amount().negate(),
					"撤销结算 " + r.setlId()));
		}
		return new SettlementRow(reversalId, r.visitId(), r.psnNo(), r.psnName(), r.insutype(), r.psnType(),
				r.civilServant(), r.medType(), r.clrType(), r.institution(), r.institutionName(), r.institutionRegion(),
				r.personRegion(), r.hospitalLevel(), r.treatmentRegion(), r.insuredRegion(), r.policyCode(), at, date,
				r.beginDate(), r.endDate(), r.diseaseCode(), r.diagnosisCodes(), r.medicalFees().negate(),
				r.fullOwnPay().negate(), r.overLimit().negate(), r.preSelfPay().negate(), r.inScope().negate(),
				r.deductible().negate(), r.poolPay().negate(), r.poolRatio(), r.civilServantPay().negate(),
				r.enterprisePay().negate(), r.criticalIllnessPay().negate(), r.largeExpensePay().negate(),
				r.assistancePay().negate(), r.otherPay().negate(), r.fundTotal().negate(), r.personalPart().negate(),
				r.accountPay().negate(), r.cashPay().negate(), r.hospitalPart().negate(), balanceAfter, r.useAccount(),
				AccumulatorCodec.negate(r.accumDelta()), msgid, msgid, null, true, r.setlId(), "REVERSAL", null, funds);
	}

	/**
	 * The event of a posted settlement: {@code lines} are the fee lines it settled
	 * (refund lines included, so their sum by category is the settlement's
	 * {@code medfee_sumamt}).
	 */
	static SettlementCompleted completed(SettlementRow r, List<FeeLineRow> lines, Person person, boolean closesVisit,
			boolean recorded) {
		return new SettlementCompleted(r.setlId(), r.visitId(), r.psnNo(), r.institution(), r.institutionRegion(),
				r.insuredRegion(), r.treatmentRegion(), r.insutype(), r.medType(), r.hospitalLevel(), r.beginDate(),
				r.endDate(), r.settledAt(), r.diagnosisCodeList(), r.medicalFees(), r.inScope(), r.fundTotal(),
				r.fundPayments(), r.accountPay(), r.cashPay(), r.policyCode(), feesByCategory(lines), drugs(lines),
				InsuredProfile.of(person.region(), person.sex(), person.birthDate(), r.settlementDate()), closesVisit,
				recorded);
	}

	/**
	 * The event of a reversal, describing the reversed settlement as its own event did:
	 * {@code lines} are the lines it had settled, {@code person} the insured person,
	 * {@code closedVisit} whether it had ended the visit.
	 */
	static SettlementReversed reversed(SettlementRow original, SettlementRow reversal, String infno,
			List<FeeLineRow> lines, Person person, boolean closedVisit) {
		return new SettlementReversed(reversal.setlId(), original.setlId(), original.visitId(), original.psnNo(),
				original.institution(), original.institutionRegion(), original.insuredRegion(),
				original.treatmentRegion(), original.insutype(), original.medType(), original.beginDate(),
				original.endDate(), original.settlementDate(), reversal.settledAt(), original.diagnosisCodeList(),
				original.medicalFees(), original.fundTotal(), original.fundPayments(), original.accountPay(),
				original.cashPay(), infno, original.hospitalLevel(), original.inScope(), feesByCategory(lines),
				InsuredProfile.of(person.region(), person.sex(), person.birthDate(), original.settlementDate()),
				closedVisit, recorded(original));
	}

	/**
	 * The msgid under which {@link RecordedActivity} posts recorded history: its prefix,
	 * then a serial.
	 */
	static final String RECORDED_MSGID = "DEMO";

	/**
	 * Posted by the bulk loader of recorded history (its msgid), not by a message at the
	 * gateway.
	 */
	static boolean recorded(SettlementRow r) {
		return r.msgid() != null && r.msgid().startsWith(RECORDED_MSGID);
	}

	/**
	 * Line amounts summed by {@code med_chrgitm_type}; a line the catalogue gave no
	 * category counts as 14 其他费.
	 */
	static Map<String, BigDecimal> feesByCategory(List<FeeLineRow> lines) {
		Map<String, BigDecimal> fees = new java.util.TreeMap<>();
		for (FeeLineRow l : lines) {
			String category = l.chargeType() == null || l.chargeType().isBlank() ? "14" : l.chargeType();
			fees.merge(category, l.amount(), BigDecimal::add);
		}
		return fees;
	}

	/** Drug charge categories: 09 西药, 10 中药饮片, 11 中成药. */
	private static final Set<String> DRUG_CHARGES = Set.of("09", "10", "11");

	/**
	 * Quantities of the drug lines summed by national code, refunds netted; codes that
	 * net to zero left out.
	 */
	static Map<String, BigDecimal> drugs(List<FeeLineRow> lines) {
		Map<String, BigDecimal> drugs = new java.util.TreeMap<>();
		for (FeeLineRow l : lines) {
			if (l.code() != null && l.chargeType() != null && DRUG_CHARGES.contains(l.chargeType())
					&& l.quantity() != null) {
				drugs.merge(l.code(), l.quantity(), BigDecimal::add);
			}
		}
		drugs.values().removeIf(q -> q.signum() == 0);
		return drugs;
	}

	private static BigDecimal sum(Settlement s, String field) {
		Money total = Money.ZERO;
		for (FundPayment p : s.fundPayments()) {
			if (p.fund().setlinfoField().equals(field)) {
				total = total.plus(p.amount());
			}
		}
		return total.amount();
	}

}
