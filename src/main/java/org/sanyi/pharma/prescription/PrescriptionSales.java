package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.GatewayTransaction.Request;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * 7206 销售结算核销: the holding pharmacy sells one use of a reviewed prescription. The insured
 * part was settled at the gateway beforehand with the pharmacy's own 2201/2204/2207 under
 * the same policy as in hospital (双通道: same payment policy), and the write-off names that
 * settlement: it must be in force, the pharmacy's, the prescription's person's, and cover
 * each sold drug, and no other sale may have used it. Each line carries its batch, expiry
 * and 追溯码 (one per package sold); the stock of listed drugs goes down.
 */
@Service
class PrescriptionSales {

	private final PrescriptionRepository prescriptions;

	private final PharmacyPrescriptions pharmacies;

	private final DualChannel dualChannel;

	private final SettledClaims settlements;

	private final AuditLog audit;

	PrescriptionSales(PrescriptionRepository prescriptions, PharmacyPrescriptions pharmacies, DualChannel dualChannel,
			SettledClaims settlements, AuditLog audit) {
		this.prescriptions = prescriptions;
		this.pharmacies = pharmacies;
		this.dualChannel = dualChannel;
		this.settlements = settlements;
		this.audit = audit;
	}

	/**
	 * {@code data{hi_rxno, pay_mode (1 self, 2 insurance, 3 both), setl_id, phar_code,
	 * disp_code, chk_code}}, {@code drugdetail[{med_list_codg, cnt, pric, manu_lotnum,
	 * expy_end, drug_trac_codg[]}]}.
	 */
	Map<String, Object> sell(Request request) {
		pharmacies.pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		String payMode = d.code("pay_mode", Set.of("1", "2", "3"));
		String setlId = d.optionalText("setl_id", 30);
		if (!"1".equals(payMode) && setlId.isEmpty()) {
			throw RxFields.invalid(d.at("setl_id"), "");
		}
		String pharmacist = d.text("phar_code", 30);
		String dispenser = d.text("disp_code", 30);
		String checker = d.text("chk_code", 30);
		OffsetDateTime now = RxClock.now();
		LocalDate today = now.toLocalDate();
		List<DispensingRow.Line> lines = lines(RxFields.root(request.input()), today);
		PrescriptionRow rx = pharmacies.held(d, request);
		RxRefusals.throwIfRefused(PrescriptionRules.sell(rx.rules(), request.institutionCode(), now));
		checkPrescribed(rx, lines);
		if (!setlId.isEmpty()) {
			checkSettlement(setlId, rx, request.institutionCode(), lines);
		}
		String region = dualChannel.pharmacy(request.institutionCode()).orElseThrow().regionCode();
		for (DispensingRow.Line l : lines) {
			if (dualChannel.listed(region, l.code(), today)) {
				dualChannel.take(request.institutionCode(), l.code(), l.quantity());
			}
		}
		BigDecimal amount = lines.stream()
			.map(l -> l.quantity().multiply(l.unitPrice()))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
		int useNo = rx.used() + 1;
		prescriptions.insertDispensing(rx.hiRxno(), useNo, request.institutionCode(), request.msgid(),
				new DispensingRow(0, useNo, request.institutionCode(), payMode, setlId.isEmpty() ? null : setlId,
						pharmacist, dispenser, checker, today, amount, lines));
		RxState next = PrescriptionRules.afterSale(rx.rules());
		prescriptions.update(rx.hiRxno(), next, null, rx.chosenPharmacy(), useNo, today, rx.reviewResult(), null);
		String detail = useNo + "/" + rx.maxRepeats() + " " + amount.toPlainString()
				+ (setlId.isEmpty() ? "" : " " + setlId);
		prescriptions.event(rx.hiRxno(), "SALE", dispenser, request.institutionCode(), request.msgid(), detail);
		audit.record(AuditAction.CREATE, "pharma.prescription", rx.hiRxno(), "7206 " + detail);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("hi_rxno", rx.hiRxno());
		out.put("rx_stas_codg", next.name());
		out.put("reptd_cnt", useNo);
		out.put("max_rept_cnt", rx.maxRepeats());
		out.put("next_use_date", next == RxState.USED_UP ? "" : today.plusDays(rx.minIntervalDays()).toString());
		out.put("sumamt", amount);
		return out;
	}

	private static List<DispensingRow.Line> lines(RxFields root, LocalDate today) {
		List<DispensingRow.Line> lines = new ArrayList<>();
		int n = 0;
		for (RxFields l : root.array("drugdetail", 20)) {
			BigDecimal quantity = l.positive("cnt", 2);
			LocalDate expiry = l.date("expy_end");
			if (expiry.isBefore(today)) {
				// expired stock is never sold
				throw RxFields.invalid(l.at("expy_end"), expiry.toString());
			}
			List<String> traces = traceCodes(l);
			if (quantity.stripTrailingZeros().scale() > 0 || traces.size() != quantity.intValue()) {
				// one 追溯码 per package sold
				throw RxFields.invalid(l.at("drug_trac_codg"), Integer.toString(traces.size()));
			}
			lines.add(new DispensingRow.Line(++n, l.text("med_list_codg", 50), quantity, l.positive("pric", 6),
					l.text("manu_lotnum", 50), expiry, String.join(",", traces)));
		}
		return lines;
	}

	/** 药品追溯码: 20 digits each; an array, or one comma-separated text. */
	private static List<String> traceCodes(RxFields l) {
		JsonNode node = l.node().get("drug_trac_codg");
		List<String> codes = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach(c -> codes.add(c.asString().strip()));
		}
		else {
			for (String c : l.text("drug_trac_codg", 2000).split(",")) {
				codes.add(c.strip());
			}
		}
		for (String c : codes) {
			if (!c.matches("[0-9]{20}")) {
				throw RxFields.invalid(l.at("drug_trac_codg"), c);
			}
		}
		Set<String> seen = new java.util.HashSet<>();
		for (String c : codes) {
			if (!seen.add(c)) {
				// the same package cannot be sold twice
				throw RxFields.invalid(l.at("drug_trac_codg"), c);
			}
		}
		return codes;
	}

	/**
	 * Each sold drug is on the prescription and no more is sold than prescribed per use.
	 */
	private void checkPrescribed(PrescriptionRow rx, List<DispensingRow.Line> lines) {
		Map<String, BigDecimal> prescribed = new HashMap<>();
		prescriptions.lines(rx.hiRxno()).forEach(l -> prescribed.merge(l.code(), l.quantity(), BigDecimal::add));
		Map<String, BigDecimal> sold = new HashMap<>();
		lines.forEach(l -> sold.merge(l.code(), l.quantity(), BigDecimal::add));
		sold.forEach((code, qty) -> {
			BigDecimal max = prescribed.get(code);
			if (max == null || qty.compareTo(max) > 0) {
				throw new BusinessException(PharmaErrors.RX_LINE_NOT_PRESCRIBED, code);
			}
		});
	}

	private void checkSettlement(String setlId, PrescriptionRow rx, String pharmacy, List<DispensingRow.Line> lines) {
		SettledClaims.Claim claim = settlements.find(setlId)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_SETTLEMENT_NOT_FOUND, setlId));
		if (!claim.institutionCode().equals(pharmacy) || !claim.personId().equals(rx.psnNo())) {
			throw new BusinessException(PharmaErrors.RX_SETTLEMENT_NOT_OURS, setlId);
		}
		if (prescriptions.settlementUsed(setlId)) {
			throw new BusinessException(PharmaErrors.RX_SETTLEMENT_USED, setlId);
		}
		Set<String> settled = new java.util.HashSet<>();
		claim.lines().forEach(l -> settled.add(l.code()));
		for (DispensingRow.Line l : lines) {
			if (!settled.contains(l.code())) {
				throw new BusinessException(PharmaErrors.RX_SETTLEMENT_MISMATCH, setlId, l.code());
			}
		}
	}

}
