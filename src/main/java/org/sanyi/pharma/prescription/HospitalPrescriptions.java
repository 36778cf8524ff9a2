package org.sanyi.pharma.prescription;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.FundPrecheck;
import org.sanyi.insurance.GatewayTransaction.Request;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxFinding;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.pharma.rational.DrugUseFacts;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The hospital side of 处方流转 on the national gateway: 7101 pre-check, 7102 upload with the
 * doctor's signature, 7103 revoke, 7104 query, 7105 the dispensing result. The gateway
 * has authenticated the institution; everything here is the institution's own.
 */
@Service
class HospitalPrescriptions {

	private final PrescriptionRepository prescriptions;

	private final SignerKeys keys;

	private final PrescriptionReview review;

	private final Terminology terminology;

	private final ResidentIndex residents;

	private final AuditLog audit;

	private final MessageSource texts;

	private final DrugUseFacts facts;

	private final FundRules fundRules;

	private final VerificationRepository verifications;

	HospitalPrescriptions(PrescriptionRepository prescriptions, SignerKeys keys, PrescriptionReview review,
			Terminology terminology, ResidentIndex residents, AuditLog audit, MessageSource texts, DrugUseFacts facts,
			FundRules fundRules, VerificationRepository verifications) {
		this.facts = facts;
		this.fundRules = fundRules;
		this.verifications = verifications;
		this.prescriptions = prescriptions;
		this.keys = keys;
		this.review = review;
		this.terminology = terminology;
		this.residents = residents;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * 7101: the review's findings ({@code rslt_list}) and the fund-supervision rules'
	 * violations in the national 3101 output fields ({@code result}); {@code check_rslt}
	 * 1 when nothing blocks: no blocking review finding and no definite violation of a
	 * rule the region made blocking.
	 */
	Map<String, Object> precheck(Request request) {
		RxUpload rx = RxUpload.read(request.input(), request.institutionCode());
		LocalDate today = RxClock.now().toLocalDate();
		PrescriptionReview.Reviewed reviewed = review.review(rx, request.institutionRegion(), today);
		List<RxFinding> findings = reviewed.findings();
		List<FundPrecheck.Finding> violations = fundRules.check(rx, reviewed.items(), request.institutionCode(),
				request.institutionRegion(), today);
		boolean blocked = findings.stream().anyMatch(RxFinding::blocking)
				|| violations.stream().anyMatch(FundPrecheck.Finding::refuses);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("check_rslt", blocked ? "0" : "1");
		out.put("rslt_list", findings.stream().map(this::finding).toList());
		out.put("result", FundRules.rows(request.msgid(), rx.content(), violations));
		return out;
	}

	/**
	 * 7102: verifies the doctor's signature over the canonical text, runs the pre-check
	 * again (a blocking finding refuses, PH-0213) and stores the prescription as UPLOADED
	 * with its {@code hi_rxno} and {@code epc_token}.
	 */
	Map<String, Object> upload(Request request) {
		RxUpload rx = RxUpload.read(request.input(), request.institutionCode());
		RxFields sign = RxFields.input(request.input(), "signinfo");
		String algorithm = sign.code("sign_algorithm", Set.of("SM2", "ECDSA"));
		RxContent c = rx.content();
		keys.verify(request.institutionCode(), c.doctorCode(), SignerKeys.Role.DOCTOR, algorithm, c.canonicalText(),
				sign.text("dr_sign", 200));
		PrescriptionReview.Reviewed reviewed = review.review(rx, request.institutionRegion(),
				RxClock.now().toLocalDate());
		List<RxFinding> blocking = reviewed.findings().stream().filter(RxFinding::blocking).toList();
		if (!blocking.isEmpty()) {
			throw new BusinessException(PharmaErrors.RX_PRECHECK_FAILED,
					String.join("；", blocking.stream().map(this::text).toList()));
		}
		List<FundPrecheck.Finding> violations = fundRules.check(rx, reviewed.items(), request.institutionCode(),
				request.institutionRegion(), RxClock.now().toLocalDate());
		List<FundPrecheck.Finding> refusing = violations.stream().filter(FundPrecheck.Finding::refuses).toList();
		if (!refusing.isEmpty()) {
			throw new BusinessException(PharmaErrors.RX_FUND_RULES_REFUSED,
					String.join("；", refusing.stream().map(f -> f.ruleId() + " " + f.content()).toList()));
		}
		if (prescriptions.findByHospRxno(request.institutionCode(), c.hospRxno()).isPresent()) {
			throw new BusinessException(PharmaErrors.RX_EXISTS, c.hospRxno());
		}
		if (c.continuation()) {
			prescriptions.findByHospRxno(request.institutionCode(), c.initRxno())
				.or(() -> prescriptions.find(c.initRxno()))
				.filter(init -> init.psnNo().equals(c.psnNo()))
				.orElseThrow(() -> new BusinessException(PharmaErrors.RX_INIT_NOT_FOUND, c.initRxno()));
		}
		OffsetDateTime now = RxClock.now();
		String resident = residents.findByPsnNo(c.psnNo()).map(Resident::residentId).orElse(null);
		PrescriptionRow row = new PrescriptionRow(RxClock.newRxno(now), c.hospRxno(),
				c.initRxno().isEmpty() ? null : c.initRxno(), request.institutionCode(), request.institutionRegion(),
				c.psnNo(), resident, rx.patientName(), c.rxTypeCode(), rx.deptName(), c.doctorCode(), rx.doctorName(),
				c.diagnosisCode(), rx.diagnosisName(), c.validDays(), now, now.plusDays(c.validDays()), c.repeat(),
				c.maxRepeats(), c.minIntervalDays(), c.continuation(), 0, null, RxState.UPLOADED, null, null,
				RxClock.newToken(), algorithm, sign.text("dr_sign", 200), null, null);
		List<RxLineRow> lines = new ArrayList<>();
		for (int i = 0; i < c.lines().size(); i++) {
			RxContent.Line l = c.lines().get(i);
			String name = rx.lineNames().get(i).isEmpty() ? itemName(l.code()) : rx.lineNames().get(i);
			lines.add(new RxLineRow(i + 1, l.code(), name, l.singleDose(), l.doseUnit(), l.frequency(), l.route(),
					l.days(), l.quantity()));
		}
		prescriptions.insert(row, lines);
		prescriptions.insertFindings(row.hiRxno(), reviewed.findings());
		// 审方: a warning of the review rules or a definite violation of a fund rule that
		// does not block holds the prescription for the hospital's pharmacist
		List<String> fundWarnings = violations.stream()
			.filter(FundPrecheck.Finding::definite)
			.map(f -> f.ruleId() + " " + f.content())
			.toList();
		boolean toVerify = !reviewed.findings().isEmpty() || !fundWarnings.isEmpty();
		if (toVerify) {
			verifications.insertPending(row.hiRxno(), row.institutionCode(), String.join("\n", fundWarnings), now);
		}
		prescriptions.event(row.hiRxno(), "UPLOAD", request.operator(), request.institutionCode(), request.msgid(),
				c.doctorCode() + " " + algorithm);
		facts.issued(row.hiRxno(), row.institutionCode(), row.issuedAt().toLocalDate(), reviewed.input(),
				reviewed.rules());
		audit.record(AuditAction.CREATE, "pharma.prescription", row.hiRxno(),
				"7102 " + request.institutionCode() + " " + c.hospRxno());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("hi_rxno", row.hiRxno());
		out.put("epc_token", row.epcToken());
		out.put("valid_end_time", RxClock.format(row.validEnd()));
		out.put("rx_stas_codg", row.state().name());
		// PENDING: waits for the hospital pharmacist's 审方 before a pharmacy may download
		// it
		out.put("phar_chk_stas", toVerify ? "PENDING" : "NOT_REQUIRED");
		return out;
	}

	/** 7103: {@code data{hi_rxno, undo_dr_code, undo_rea}}. */
	Map<String, Object> revoke(Request request) {
		RxFields d = RxFields.input(request.input(), "data");
		String reason = d.text("undo_rea", 200);
		String doctor = d.text("undo_dr_code", 30);
		PrescriptionRow rx = own(request, d);
		rx = prescriptions.lock(rx.hiRxno()).orElseThrow();
		RxRefusals.throwIfRefused(PrescriptionRules.revoke(rx.rules(), request.institutionCode()));
		prescriptions.update(rx.hiRxno(), RxState.REVOKED, null, rx.chosenPharmacy(), rx.used(), rx.lastDispensed(),
				rx.reviewResult(), reason);
		prescriptions.event(rx.hiRxno(), "REVOKE", doctor, request.institutionCode(), request.msgid(), reason);
		audit.record(AuditAction.UPDATE, "pharma.prescription", rx.hiRxno(), "7103 " + reason);
		return Map.of("hi_rxno", rx.hiRxno(), "rx_stas_codg", RxState.REVOKED.name());
	}

	/** 7104: the prescription, its state, uses, review result and history. */
	Map<String, Object> query(Request request) {
		PrescriptionRow rx = own(request, RxFields.input(request.input(), "data"));
		audit.read("pharma.prescription", rx.hiRxno(), "7104 " + request.institutionCode());
		return RxViews.full(rx, prescriptions.lines(rx.hiRxno()), prescriptions.events(rx.hiRxno()), RxClock.now());
	}

	/** 7105: each sale written off against it, with batches, expiry and 追溯码. */
	Map<String, Object> dispensingResult(Request request) {
		PrescriptionRow rx = own(request, RxFields.input(request.input(), "data"));
		audit.read("pharma.prescription", rx.hiRxno(), "7105 " + request.institutionCode());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("hi_rxno", rx.hiRxno());
		out.put("rx_stas_codg", rx.state().name());
		out.put("reptd_cnt", rx.used());
		out.put("setlinfo", prescriptions.dispensings(rx.hiRxno()).stream().map(RxViews::dispensing).toList());
		return out;
	}

	/** By {@code hi_rxno} or {@code hosp_rxno}; another institution's is not found. */
	private PrescriptionRow own(Request request, RxFields d) {
		String hi = d.optionalText("hi_rxno", 40);
		String hosp = d.optionalText("hosp_rxno", 40);
		if (hi.isEmpty() && hosp.isEmpty()) {
			throw RxFields.invalid(d.at("hi_rxno"), "");
		}
		return (hi.isEmpty() ? prescriptions.findByHospRxno(request.institutionCode(), hosp) : prescriptions.find(hi))
			.filter(r -> r.institutionCode().equals(request.institutionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hi.isEmpty() ? hosp : hi));
	}

	private String itemName(String code) {
		return terminology.catalogueItem(code, RxClock.now().toLocalDate()).map(CatalogueItem::name).orElse(code);
	}

	private Map<String, Object> finding(RxFinding f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("rule_id", f.ruleId());
		out.put("item_code", f.reviewItem());
		out.put("sev_deg", f.blocking() ? "1" : "2");
		out.put("rslt_dscr", text(f));
		return out;
	}

	private String text(RxFinding f) {
		return f.reviewItem() + " "
				+ texts.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(), Locale.SIMPLIFIED_CHINESE);
	}

}
