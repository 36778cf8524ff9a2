package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescriptions as the pages show them: a resident's own (and the pharmacy they choose),
 * a pharmacy's work list, a hospital's or a bureau's prescriptions. Every read of a
 * prescription is audited.
 */
@Service
public class Prescriptions {

	/**
	 * A prescription with its drugs, history and sales, and whether it can still be used.
	 */
	public record RxCard(PrescriptionRow rx, List<RxLineRow> lines, List<RxEventRow> events,
			List<DispensingRow> dispensings, boolean usable, boolean expired, java.time.LocalDate nextUse) {

		public RxCard {
			lines = List.copyOf(lines);
			events = List.copyOf(events);
			dispensings = List.copyOf(dispensings);
		}

	}

	private final PrescriptionRepository repository;

	private final DualChannel dualChannel;

	private final AuditLog audit;

	Prescriptions(PrescriptionRepository repository, DualChannel dualChannel, AuditLog audit) {
		this.repository = repository;
		this.dualChannel = dualChannel;
		this.audit = audit;
	}

	/** The resident's own prescriptions, newest first. */
	public List<RxCard> mine(String residentRef) {
		List<RxCard> cards = repository.ofResident(residentRef, 30).stream().map(this::card).toList();
		audit.read("pharma.prescription", residentRef, "own prescriptions (portal): " + cards.size());
		return cards;
	}

	/**
	 * The resident chooses the 双通道 pharmacy to collect at; PH-0201 when the prescription
	 * is not theirs, PH-0214 when the pharmacy is not designated, the state machine's
	 * refusal when a pharmacy holds it or it cannot be used any more.
	 */
	@Transactional
	public void choosePharmacy(String residentRef, String hiRxno, String pharmacyCode) {
		PrescriptionRow rx = repository.lock(hiRxno)
			.filter(r -> residentRef.equals(r.residentId()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hiRxno));
		dualChannel.pharmacy(pharmacyCode)
			.orElseThrow(() -> new BusinessException(PharmaErrors.NOT_DUAL_CHANNEL_PHARMACY, pharmacyCode));
		RxRefusals.throwIfRefused(PrescriptionRules.choose(rx.rules(), RxClock.now()));
		repository.update(hiRxno, rx.state(), rx.holderPharmacy(), pharmacyCode, rx.used(), rx.lastDispensed(),
				rx.reviewResult(), rx.revokeReason());
		repository.event(hiRxno, "CHOOSE", residentRef, pharmacyCode, null, "");
		audit.record(AuditAction.UPDATE, "pharma.prescription", hiRxno, "pharmacy " + pharmacyCode);
	}

	/**
	 * What a user of the scope works on: a pharmacy's held and chosen prescriptions; a
	 * hospital's own; a region's under it; nothing for a resident.
	 */
	public List<RxCard> workList(DataScope scope, int limit) {
		List<PrescriptionRow> rows = switch (scope.kind()) {
			case INSTITUTION -> dualChannel.pharmacy(scope.institutionCode()).isPresent()
					? repository.forPharmacy(scope.institutionCode(), limit)
					: repository.underRegion("", scope.institutionCode(), limit);
			case REGION -> repository.underRegion(scope.regionPrefix(), "", limit);
			case ALL -> repository.underRegion("", "", limit);
			case SELF -> List.of();
		};
		audit.read("pharma.prescription", scopeKey(scope), "work list: " + rows.size());
		return rows.stream().map(this::card).toList();
	}

	/** Counts by state of the prescriptions issued in the scope (a pharmacy: none). */
	public Map<RxState, Integer> counts(DataScope scope) {
		return switch (scope.kind()) {
			case INSTITUTION -> dualChannel.pharmacy(scope.institutionCode()).isPresent() ? Map.of()
					: repository.countByState("", scope.institutionCode());
			case REGION -> repository.countByState(scope.regionPrefix(), "");
			case ALL -> repository.countByState("", "");
			case SELF -> Map.of();
		};
	}

	private RxCard card(PrescriptionRow rx) {
		OffsetDateTime now = RxClock.now();
		return new RxCard(rx, repository.lines(rx.hiRxno()), repository.events(rx.hiRxno()),
				repository.dispensings(rx.hiRxno()), PrescriptionRules.usable(rx.rules(), now), rx.expiredAt(now),
				PrescriptionRules.nextUse(rx.rules()));
	}

	private static String scopeKey(DataScope scope) {
		return switch (scope.kind()) {
			case INSTITUTION -> scope.institutionCode();
			case REGION -> scope.regionCode();
			case ALL -> "*";
			case SELF -> String.valueOf(scope.residentRef());
		};
	}

}
