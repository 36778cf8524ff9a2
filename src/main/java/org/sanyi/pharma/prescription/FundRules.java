package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.insurance.FundPrecheck;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.terminology.CatalogueItem;

import org.springframework.stereotype.Component;

/**
 * A prescription checked against the fund-supervision rules before it flows (事前, at 7101
 * and again at 7102) through insurance's {@link FundPrecheck}, which fund supervision
 * implements with its 3101 engine and rule book. The prescription is the visit: its
 * {@code hosp_rxno} stands for the {@code mdtrt_id} it does not have yet, each line is an
 * order numbered from 1, its quantity in the catalogue's unit at the catalogue's
 * reference price. With no implementation nothing is found.
 * <p>
 * The purchase-history rules (高频购药, 超量购药) see the person's earlier purchases of the same
 * drugs since the day the rules in force look back to
 * ({@link FundPrecheck#purchasesSince}), only when such a rule is in force: the
 * e-prescriptions dispensed (with their days supplied), and the drugs bought in
 * settlements without one (a hospital's outpatient visit, a pharmacy's sale;
 * {@link SettledClaims#drugPurchases}, with the days its fee lines' {@code prd_days}
 * said, else unknown). A sale of an e-prescription written off against its settlement
 * counts once. Two indexed queries.
 */
@Component
class FundRules {

	private final List<FundPrecheck> checks;

	private final PrescriptionRepository prescriptions;

	private final SettledClaims settled;

	FundRules(List<FundPrecheck> checks, PrescriptionRepository prescriptions, SettledClaims settled) {
		this.checks = List.copyOf(checks);
		this.prescriptions = prescriptions;
		this.settled = settled;
	}

	/** Every violation the rules in force for the institution's region find today. */
	List<FundPrecheck.Finding> check(RxUpload rx, List<CatalogueItem> items, String institutionCode,
			String institutionRegion, LocalDate on) {
		if (checks.isEmpty()) {
			return List.of();
		}
		RxContent c = rx.content();
		List<FundPrecheck.Order> orders = new ArrayList<>(c.lines().size());
		for (int i = 0; i < c.lines().size(); i++) {
			RxContent.Line l = c.lines().get(i);
			CatalogueItem item = items.get(i);
			BigDecimal price = item.price() == null ? BigDecimal.ZERO : item.price();
			// 西药 X…, 中成药 Z… (med_chrgitm_type 09 and 11)
			String chargeType = l.code().startsWith("Z") ? "11" : "09";
			orders.add(new FundPrecheck.Order(Integer.toString(i + 1), l.code(), item.name(), chargeType, l.quantity(),
					price, l.days(), c.doctorCode(), rx.deptName()));
		}
		// a chronic prescription is a 门诊慢特病 visit (14), the others 普通门诊 (11)
		String medType = RxType.ofCode(c.rxTypeCode()).orElseThrow() == RxType.CHRONIC ? "14" : "11";
		FundPrecheck.Orders visit = new FundPrecheck.Orders(institutionCode, institutionRegion, c.hospRxno(), c.psnNo(),
				rx.sex(), rx.birthDate(), medType, on, List.of(c.diagnosisCode()), orders,
				purchases(c, institutionRegion, on));
		List<FundPrecheck.Finding> out = new ArrayList<>();
		for (FundPrecheck check : checks) {
			out.addAll(check.check(visit));
		}
		return out;
	}

	/**
	 * The person's purchases of the prescribed drugs since the earliest day a rule in
	 * force looks back to, dispensed on e-prescriptions or settled without one; none read
	 * when no such rule is in force.
	 */
	private List<FundPrecheck.Purchase> purchases(RxContent c, String institutionRegion, LocalDate on) {
		Optional<LocalDate> since = Optional.empty();
		for (FundPrecheck check : checks) {
			Optional<LocalDate> s = check.purchasesSince(institutionRegion, on);
			if (s.isPresent() && (since.isEmpty() || s.get().isBefore(since.get()))) {
				since = s;
			}
		}
		if (since.isEmpty()) {
			return List.of();
		}
		List<String> codes = c.lines().stream().map(RxContent.Line::code).distinct().toList();
		List<PrescriptionRepository.Dispensed> dispensed = prescriptions.purchases(c.psnNo(), codes, since.get(), on);
		Set<String> writtenOff = dispensed.stream()
			.map(PrescriptionRepository.Dispensed::settlementId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		List<FundPrecheck.Purchase> out = new ArrayList<>(dispensed.size());
		dispensed.forEach(d -> out.add(d.purchase()));
		for (SettledClaims.DrugPurchase p : settled.drugPurchases(c.psnNo(), codes, since.get(), on)) {
			if (!writtenOff.contains(p.settlementId())) {
				out.add(new FundPrecheck.Purchase(p.visitId(), p.code(), p.date(), p.daysSupplied()));
			}
		}
		return out;
	}

	/**
	 * The violations as the national 3101 answer lists them ({@code jr_id},
	 * {@code rule_id}, {@code vola_cont}, {@code vola_bhvr_type} 1 definite / 2
	 * suspicious, …), numbered after the call's msgid.
	 */
	static List<Map<String, Object>> rows(String msgid, RxContent c, List<FundPrecheck.Finding> findings) {
		List<Map<String, Object>> rows = new ArrayList<>(findings.size());
		int n = 0;
		for (FundPrecheck.Finding f : findings) {
			String id = msgid + "-" + ++n;
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("jr_id", id);
			out.put("rule_id", f.ruleId());
			out.put("rule_name", f.ruleName());
			out.put("vola_cont", f.content());
			out.put("patn_id", c.psnNo());
			out.put("mdtrt_id", c.hospRxno());
			out.put("vola_amt", f.amount());
			out.put("vola_amt_stas", "1");
			out.put("sev_deg", f.severity());
			out.put("vola_evid", f.lineId().isEmpty() ? f.code() : f.lineId() + " " + f.code());
			out.put("vola_bhvr_type", f.definite() ? "1" : "2");
			out.put("sugg_action", f.definite() ? "REFUSE_PAYMENT" : "REVIEW");
			// whether this violation refuses the upload (a definite one of a blocking
			// rule)
			out.put("block_flag", f.refuses() ? "1" : "0");
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("jrd_id", id + "-1");
			detail.put("patn_id", c.psnNo());
			detail.put("mdtrt_id", c.hospRxno());
			detail.put("rx_id", f.lineId());
			detail.put("vola_item_type", f.itemType());
			detail.put("vola_amt", f.amount());
			out.put("judge_result_detail_dtos", List.of(detail));
			rows.add(out);
		}
		return rows;
	}

}
