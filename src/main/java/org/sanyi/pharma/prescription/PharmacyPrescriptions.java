package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.GatewayTransaction.Request;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;

/**
 * The pharmacy side of 处方流转 on the national gateway: 7201 release, 7202 query by the
 * patient's token, 7203 download, 7204 the pharmacist's review, 7205 delivery (7206, the
 * sale, is {@link PrescriptionSales}). Only 双通道 designated pharmacies may call them
 * (PH-0214); each step is checked by the state machine and refused with its reason,
 * changing nothing.
 */
@Service
class PharmacyPrescriptions {

	private final PrescriptionRepository prescriptions;

	private final SignerKeys keys;

	private final DualChannel dualChannel;

	private final AuditLog audit;

	private final VerificationRepository verifications;

	PharmacyPrescriptions(PrescriptionRepository prescriptions, SignerKeys keys, DualChannel dualChannel,
			AuditLog audit, VerificationRepository verifications) {
		this.verifications = verifications;
		this.prescriptions = prescriptions;
		this.keys = keys;
		this.dualChannel = dualChannel;
		this.audit = audit;
	}

	/**
	 * 7202: {@code data{epc_token}} → the prescription's state and drugs, no signature.
	 */
	Map<String, Object> query(Request request) {
		pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		PrescriptionRow rx = byToken(d);
		audit.read("pharma.prescription", rx.hiRxno(), "7202 " + request.institutionCode());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("rxinfo", RxViews.summary(rx, RxClock.now()));
		out.put("rxdetail", prescriptions.lines(rx.hiRxno()).stream().map(RxViews::line).toList());
		out.put("usable_here",
				PrescriptionRules.download(rx.rules(), request.institutionCode(), RxClock.now()).isEmpty()
						&& !verifications.isPending(rx.hiRxno()) ? "1" : "0");
		return out;
	}

	/**
	 * 7203: {@code data{epc_token}} (the patient's), or {@code data{hi_rxno}} when the
	 * resident chose this pharmacy on the portal: the pharmacy holds it from now on.
	 */
	Map<String, Object> download(Request request) {
		pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		String hi = d.optionalText("hi_rxno", 40);
		PrescriptionRow found = d.optionalText("epc_token", 32).isEmpty() && !hi.isEmpty() ? prescriptions.find(hi)
			.filter(r -> request.institutionCode().equals(r.chosenPharmacy()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hi)) : byToken(d);
		PrescriptionRow rx = prescriptions.lock(found.hiRxno()).orElseThrow();
		OffsetDateTime now = RxClock.now();
		RxRefusals.throwIfRefused(PrescriptionRules.download(rx.rules(), request.institutionCode(), now));
		if (!rx.state().held() && verifications.isPending(rx.hiRxno())) {
			throw new BusinessException(PharmaErrors.RX_AWAITING_VERIFICATION, rx.hiRxno());
		}
		if (!rx.state().held()) {
			prescriptions.update(rx.hiRxno(), RxState.DOWNLOADED, request.institutionCode(), rx.chosenPharmacy(),
					rx.used(), rx.lastDispensed(), null, null);
			prescriptions.event(rx.hiRxno(), "DOWNLOAD", request.operator(), request.institutionCode(), request.msgid(),
					"");
			rx = prescriptions.find(rx.hiRxno()).orElseThrow();
		}
		audit.read("pharma.prescription", rx.hiRxno(), "7203 " + request.institutionCode());
		return RxViews.full(rx, prescriptions.lines(rx.hiRxno()), prescriptions.events(rx.hiRxno()), now);
	}

	/**
	 * 7204: {@code data{hi_rxno, phar_code, rvw_rslt (1 pass, 2 refuse), rvw_opnn,
	 * sign_algorithm, phar_sign}}; the pharmacist's signature covers the prescription and
	 * the result.
	 */
	Map<String, Object> review(Request request) {
		pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		String result = d.code("rvw_rslt", Set.of("1", "2"));
		String opinion = d.optionalText("rvw_opnn", 150);
		String pharmacist = d.text("phar_code", 30);
		PrescriptionRow rx = held(d, request);
		RxRefusals.throwIfRefused(PrescriptionRules.review(rx.rules(), request.institutionCode(), RxClock.now()));
		keys.verify(request.institutionCode(), pharmacist, SignerKeys.Role.PHARMACIST,
				d.code("sign_algorithm", Set.of("SM2", "ECDSA")),
				StoredContent.reviewText(rx, prescriptions.lines(rx.hiRxno()), result), d.text("phar_sign", 200));
		RxState next = "1".equals(result) ? RxState.APPROVED : RxState.REJECTED;
		// review_result: the result code, the pharmacist and the opinion (pages label the
		// code)
		String text = (result + " " + pharmacist + " " + opinion).strip();
		prescriptions.update(rx.hiRxno(), next, request.institutionCode(), rx.chosenPharmacy(), rx.used(),
				rx.lastDispensed(), text, null);
		prescriptions.event(rx.hiRxno(), "REVIEW", pharmacist, request.institutionCode(), request.msgid(), text);
		audit.record(AuditAction.UPDATE, "pharma.prescription", rx.hiRxno(), "7204 " + text);
		return Map.of("hi_rxno", rx.hiRxno(), "rx_stas_codg", next.name());
	}

	/**
	 * 7205: {@code data{hi_rxno, dspt_stas (1 dispatched, 2 delivered), crir_name,
	 * crir_no, lng, lat}}.
	 */
	Map<String, Object> deliver(Request request) {
		pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		String status = d.code("dspt_stas", Set.of("1", "2"));
		String courier = d.text("crir_name", 50) + " " + d.optionalText("crir_no", 40);
		String where = d.optionalText("lng", 20) + "," + d.optionalText("lat", 20);
		PrescriptionRow rx = held(d, request);
		RxRefusals.throwIfRefused(PrescriptionRules.deliver(rx.rules(), request.institutionCode(), RxClock.now()));
		prescriptions.update(rx.hiRxno(), RxState.DELIVERING, request.institutionCode(), rx.chosenPharmacy(), rx.used(),
				rx.lastDispensed(), rx.reviewResult(), null);
		String detail = status + " " + courier.strip() + " @" + where;
		prescriptions.event(rx.hiRxno(), "DELIVERY", request.operator(), request.institutionCode(), request.msgid(),
				detail);
		audit.record(AuditAction.UPDATE, "pharma.prescription", rx.hiRxno(), "7205 " + detail);
		return Map.of("hi_rxno", rx.hiRxno(), "rx_stas_codg", RxState.DELIVERING.name());
	}

	/** 7201: {@code data{hi_rxno, rea}}: the pharmacy gives the prescription back. */
	Map<String, Object> release(Request request) {
		pharmacy(request);
		RxFields d = RxFields.input(request.input(), "data");
		String reason = d.text("rea", 200);
		PrescriptionRow rx = held(d, request);
		RxRefusals.throwIfRefused(PrescriptionRules.release(rx.rules(), request.institutionCode()));
		RxState next = PrescriptionRules.afterRelease(rx.rules());
		prescriptions.update(rx.hiRxno(), next, null, rx.chosenPharmacy(), rx.used(), rx.lastDispensed(), null, null);
		prescriptions.event(rx.hiRxno(), "RELEASE", request.operator(), request.institutionCode(), request.msgid(),
				reason);
		audit.record(AuditAction.UPDATE, "pharma.prescription", rx.hiRxno(), "7201 " + reason);
		return Map.of("hi_rxno", rx.hiRxno(), "rx_stas_codg", next.name());
	}

	/** The caller must be a 双通道 designated pharmacy. */
	void pharmacy(Request request) {
		if (dualChannel.pharmacy(request.institutionCode()).isEmpty()) {
			throw new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_PHARMACY, request.institutionCode());
		}
	}

	/**
	 * The prescription named by {@code hi_rxno}, locked; whether this pharmacy holds it
	 * is the state machine's question (PH-0205 names the holder).
	 */
	PrescriptionRow held(RxFields d, Request request) {
		String hi = d.text("hi_rxno", 40);
		return prescriptions.lock(hi).orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hi));
	}

	private PrescriptionRow byToken(RxFields d) {
		String token = d.text("epc_token", 32);
		return prescriptions.findByToken(token.toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, token));
	}

}
