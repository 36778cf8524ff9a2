package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.pharma.prescription.VerificationRepository.Verification;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审方 by the issuing hospital's pharmacist: an uploaded prescription the pre-check warned
 * about waits (no pharmacy may download it, PH-0225) until a pharmacist of that hospital
 * passes it, or returns it with an opinion, which revokes it. Only the pharmacist's own
 * institution is visible (data scope); every list read and every decision is audited.
 */
@Service
class RxVerifications {

	static final int MAX_OPINION = 200;

	private final VerificationRepository verifications;

	private final PrescriptionRepository prescriptions;

	private final AuditLog audit;

	RxVerifications(VerificationRepository verifications, PrescriptionRepository prescriptions, AuditLog audit) {
		this.verifications = verifications;
		this.prescriptions = prescriptions;
		this.audit = audit;
	}

	/** A rule's warning stored with the upload: message key and arguments. */
	public record Hint(String reviewItem, String messageKey, String args) {

		Object[] argArray() {
			return args.isEmpty() ? new Object[0] : args.split("\u001f");
		}

	}

	/** A prescription with its 审方. */
	public record Card(Verification verification, PrescriptionRow rx, List<RxLineRow> lines, List<Hint> hints) {
	}

	/**
	 * The prescriptions of the user's institution waiting for 审方 (oldest first), or the
	 * latest decided ones; empty for a scope that is not one institution.
	 */
	List<Card> list(DataScope scope, boolean pending, int limit) {
		if (scope.kind() != DataScope.Kind.INSTITUTION) {
			return List.of();
		}
		List<Card> cards = new ArrayList<>();
		for (Verification v : verifications.ofInstitution(scope.institutionCode(), pending, limit)) {
			PrescriptionRow rx = prescriptions.find(v.hiRxno()).orElseThrow();
			cards.add(new Card(v, rx, prescriptions.lines(v.hiRxno()), verifications.hints(v.hiRxno())));
		}
		audit.read("pharma.rx-verification", scope.institutionCode(),
				(pending ? "pending " : "decided ") + cards.size());
		return cards;
	}

	/**
	 * The pharmacist passes ({@code pass}) or returns a waiting prescription of their
	 * institution; a return needs an opinion and revokes the prescription with it.
	 */
	@Transactional
	void decide(String hiRxno, boolean pass, String opinion, DataScope scope, String username, String displayName) {
		String text = opinion == null ? "" : opinion.strip();
		if (!pass && text.isEmpty() || text.length() > MAX_OPINION) {
			throw new BusinessException(PharmaErrors.RX_VERIFY_FIELD, "opinion", text);
		}
		Verification v = verifications.lock(hiRxno)
			.filter(found -> scope.kind() == DataScope.Kind.INSTITUTION
					&& found.institutionCode().equals(scope.institutionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hiRxno));
		if (!v.pending()) {
			throw new BusinessException(PharmaErrors.RX_VERIFY_DONE, hiRxno);
		}
		PrescriptionRow rx = prescriptions.lock(hiRxno).orElseThrow();
		OffsetDateTime now = RxClock.now();
		String detail = (pass ? "PASSED" : "RETURNED") + (text.isEmpty() ? "" : " " + text);
		if (pass) {
			verifications.decide(hiRxno, "PASSED", username, displayName, now, text);
		}
		else {
			RxRefusals.throwIfRefused(PrescriptionRules.revoke(rx.rules(), rx.institutionCode()));
			verifications.decide(hiRxno, "RETURNED", username, displayName, now, text);
			prescriptions.update(hiRxno, RxState.REVOKED, null, rx.chosenPharmacy(), rx.used(), rx.lastDispensed(),
					rx.reviewResult(), "审方退回：" + text);
		}
		prescriptions.event(hiRxno, "VERIFY", username, rx.institutionCode(), null, detail);
		audit.record(AuditAction.UPDATE, "pharma.rx-verification", hiRxno, detail);
	}

}
