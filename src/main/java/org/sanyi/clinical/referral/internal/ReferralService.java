package org.sanyi.clinical.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.appointment.ReferralSlots;
import org.sanyi.clinical.appointment.ReferralSlots.BookedSlot;
import org.sanyi.clinical.referral.ReferralErrors;
import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralAction;
import org.sanyi.clinical.referral.engine.ReferralAction.Side;
import org.sanyi.clinical.referral.engine.ReferralScope;
import org.sanyi.clinical.referral.engine.ReferralScope.Decision;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Department;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral loop: the sender requests (scope checked, summary attached, a referral
 * slot reserved at the receiving department for a planned outpatient up-referral); the
 * receiver accepts (naming the bed for an inpatient one) or rejects with a reason,
 * receives the patient and completes with the result, which closes the loop; the sender
 * may cancel until the patient arrives. A rejected or cancelled referral gives its slot
 * back. Every move is conditional, timed, recorded as an event and counted for
 * monitoring.
 */
@Service
public class ReferralService {

	private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

	private static final DateTimeFormatter REF_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final ReferralRepository referrals;

	private final Sites sites;

	private final Registry registry;

	private final ResidentIndex residents;

	private final ReferralSlots slots;

	private final ReferralFacts facts;

	private final TransactionTemplate transaction;

	ReferralService(ReferralRepository referrals, Sites sites, Registry registry, ResidentIndex residents,
			ReferralSlots slots, ReferralFacts facts, TransactionTemplate transaction) {
		this.referrals = referrals;
		this.sites = sites;
		this.registry = registry;
		this.residents = residents;
		this.slots = slots;
		this.facts = facts;
		this.transaction = transaction;
	}

	/** Who acts: the institution they act for and their name as the history shows it. */
	public record Actor(String institution, String name) {
	}

	/**
	 * A referral as the sender fills it in.
	 *
	 * @param kind {@code OUTPATIENT} or {@code INPATIENT}
	 * @param toDepartment the receiving department's code (required for an outpatient
	 * up-referral: its referral slot is reserved)
	 * @param basedOn for a back-referral, the completed up-referral it returns from
	 * @param wantedFrom the first day the patient can come (today when null)
	 * @param summary lines of the shared record to carry
	 */
	public record NewReferral(Direction direction, String residentId, String toInstitution, String toDepartment,
			String kind, boolean urgent, String diagnosisCode, String diagnosisName, String reason, String followUpPlan,
			Long basedOn, LocalDate wantedFrom, List<SummaryLine> summary) {
	}

	public Referral request(NewReferral n, Actor by, Instant now) {
		require(n.reason(), 1000, "reason");
		if (!"OUTPATIENT".equals(n.kind()) && !"INPATIENT".equals(n.kind())) {
			throw new BusinessException(ReferralErrors.INVALID, "kind");
		}
		if (n.residentId() == null || residents.find(n.residentId()).isEmpty()) {
			throw new BusinessException(ReferralErrors.UNKNOWN_RESIDENT, String.valueOf(n.residentId()));
		}
		LocalDate today = LocalDate.ofInstant(now, PlatformTime.zone());
		Institution from = sites.institution(by.institution())
			.orElseThrow(() -> new BusinessException(ReferralErrors.NO_INSTITUTION));
		Institution to = sites.institution(n.toInstitution())
			.orElseThrow(() -> new BusinessException(ReferralErrors.NOT_A_CARE_SITE));
		if (n.basedOn() != null) {
			checkReturn(n, by);
		}
		Decision decision = ReferralScope.decide(n.direction(), sites.site(from, today), sites.site(to, today, false),
				n.urgent());
		if (!decision.allowed()) {
			throw new BusinessException(ReferralErrors.of(decision.refusal()), to.name());
		}
		Department department = department(to, n.toDepartment());
		boolean reserveSlot = n.direction() == Direction.UP && "OUTPATIENT".equals(n.kind()) && !n.urgent();
		if (reserveSlot && department == null) {
			throw new BusinessException(ReferralErrors.INVALID, "department");
		}
		String ref = "RF" + today.format(REF_DAY) + "-"
				+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		Optional<BookedSlot> slot = Optional.empty();
		if (reserveSlot) {
			LocalDate fromDay = n.wantedFrom() == null || n.wantedFrom().isBefore(today) ? today : n.wantedFrom();
			slot = slots.bookForReferral(n.residentId(), to.code(), department.code(), fromDay, ref);
			if (slot.isEmpty()) {
				throw new BusinessException(ReferralErrors.NO_SLOT, department.name());
			}
		}
		Referral draft = new Referral(0, ref, n.direction(), n.kind(), n.urgent(), ReferralStatus.REQUESTED,
				n.residentId(), from.code(), from.name(), to.code(), to.name(),
				department == null ? null : department.code(), department == null ? null : department.name(),
				decision.inAlliance(), decision.allianceCode(), n.basedOn(), blankToNull(n.diagnosisCode()),
				blankToNull(n.diagnosisName()), n.reason().strip(), SummaryLine.write(n.summary()),
				blankToNull(n.followUpPlan()), by.name(), now, slot.map(BookedSlot::appointmentId).orElse(null),
				slot.map(BookedSlot::start).orElse(null), slot.map(BookedSlot::doctorName).orElse(null), null, null,
				null, null, null, null, null, null);
		try {
			long id = transaction.execute(status -> {
				long newId = referrals.insert(draft);
				facts.requested(newId, n.direction(), from.code(), decision.inAlliance(), now);
				return newId;
			});
			return referrals.find(id).orElseThrow();
		}
		catch (RuntimeException ex) {
			slot.ifPresent(s -> releaseSlot(s.appointmentId(), ref));
			throw ex;
		}
	}

	/**
	 * A back-referral returns a completed up-referral of the same resident from the
	 * institution that received it.
	 */
	private void checkReturn(NewReferral n, Actor by) {
		Referral up = referrals.find(n.basedOn())
			.orElseThrow(() -> new BusinessException(ReferralErrors.UNKNOWN_REFERRAL, n.basedOn()));
		if (n.direction() != Direction.DOWN || up.direction() != Direction.UP || up.status() != ReferralStatus.COMPLETED
				|| !up.toInstitution().equals(by.institution()) || !up.residentId().equals(n.residentId())) {
			throw new BusinessException(ReferralErrors.NOT_A_RETURN, up.ref());
		}
	}

	private Department department(Institution to, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return registry.departments(to.code())
			.stream()
			.filter(d -> d.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new BusinessException(ReferralErrors.UNKNOWN_DEPARTMENT, code));
	}

	/** The receiver accepts; an inpatient referral names the bed it keeps. */
	public Referral accept(long id, Actor by, String bedNote, Instant now) {
		Referral r = acting(id, by, ReferralAction.ACCEPT);
		if (r.inpatient()) {
			require(bedNote, 100, "bed");
		}
		return move(r, ReferralAction.ACCEPT, "decided_at", by, now, null,
				new ReferralRepository.Extra(true, "bed_note", blankToNull(bedNote)),
				() -> facts.accepted(id, r.direction(), r.toInstitution(), r.requestedAt(), now));
	}

	/** The receiver rejects with a reason; the reserved slot is given back. */
	public Referral reject(long id, Actor by, String reason, Instant now) {
		require(reason, 500, "reason");
		Referral r = acting(id, by, ReferralAction.REJECT);
		Referral moved = move(r, ReferralAction.REJECT, "decided_at", by, now, reason.strip(),
				new ReferralRepository.Extra(true, "reject_reason", reason.strip()),
				() -> facts.rejected(id, r.direction(), r.toInstitution(), now));
		releaseSlotOf(r);
		return moved;
	}

	/** The patient has arrived at the receiving side. */
	public Referral arrive(long id, Actor by, Instant now) {
		Referral r = acting(id, by, ReferralAction.ARRIVE);
		return move(r, ReferralAction.ARRIVE, "arrived_at", by, now, null, ReferralRepository.Extra.NONE, () -> {
		});
	}

	/** The receiver sends the result back (诊疗结果 / 出院小结): the loop is closed. */
	public Referral complete(long id, Actor by, String result, Instant now) {
		require(result, 4000, "result");
		Referral r = acting(id, by, ReferralAction.COMPLETE);
		return move(r, ReferralAction.COMPLETE, "completed_at", by, now, null,
				new ReferralRepository.Extra(false, "result_summary", result.strip()),
				() -> facts.completed(id, r.direction(), r.toInstitution(), now));
	}

	/** The sender withdraws the referral before the patient arrives. */
	public Referral cancel(long id, Actor by, String reason, Instant now) {
		require(reason, 500, "reason");
		Referral r = acting(id, by, ReferralAction.CANCEL);
		Referral moved = move(r, ReferralAction.CANCEL, "cancelled_at", by, now, reason.strip(),
				ReferralRepository.Extra.NONE, () -> {
				});
		releaseSlotOf(r);
		return moved;
	}

	/** An institution's referrals, sent or received, newest first. */
	public Page<Referral> ofInstitution(String institution, boolean outgoing, ReferralStatus status, PageQuery page) {
		return page.page(referrals.ofInstitution(institution, outgoing, status, page.offset(), page.size()),
				referrals.countOfInstitution(institution, outgoing, status));
	}

	/** A resident's own referrals, newest first. */
	public List<Referral> ofResident(String residentId) {
		return referrals.ofResident(residentId, 50);
	}

	/** The timed moves of a referral, first first. */
	public List<ReferralEvent> history(long id) {
		return referrals.events(id);
	}

	/** The back-referrals that return an up-referral. */
	public List<Referral> returnsOf(long id) {
		return referrals.basedOn(id);
	}

	/**
	 * Where the institution may refer to (no urgency): hospitals and health centres of
	 * its city the scope allows, within its alliances first.
	 */
	public List<Target> targets(String institution, Direction direction, LocalDate day) {
		Institution from = sites.institution(institution)
			.orElseThrow(() -> new BusinessException(ReferralErrors.NO_INSTITUTION));
		ReferralScope.Site site = sites.site(from, day);
		List<Target> targets = new java.util.ArrayList<>();
		for (Institution to : registry.institutionsUnderRegion(Sites.cityOf(from.regionCode()))) {
			if (to.kind() == Institution.Kind.PHARMACY || to.kind() == Institution.Kind.VILLAGE_CLINIC
					|| to.status() != Institution.Status.ACTIVE) {
				continue;
			}
			Decision d = ReferralScope.decide(direction, site, sites.site(to, day, false), false);
			if (d.allowed()) {
				targets.add(new Target(to.code(), to.name(), d.inAlliance()));
			}
		}
		targets.sort(java.util.Comparator.comparing((Target t) -> !t.inAlliance()).thenComparing(Target::code));
		return targets;
	}

	/** An institution a referral may go to. */
	public record Target(String code, String name, boolean inAlliance) {
	}

	/** The departments of an institution, for the form. */
	public List<Department> departments(String institution) {
		return registry.departments(institution);
	}

	/** A referral the institution is a side of; "not found" for anyone else. */
	public Referral visibleTo(long id, String institution) {
		return referrals.find(id)
			.filter(r -> r.sideOf(institution) != null)
			.orElseThrow(() -> new BusinessException(ReferralErrors.UNKNOWN_REFERRAL, id));
	}

	private Referral acting(long id, Actor by, ReferralAction action) {
		Referral r = visibleTo(id, by.institution());
		Side side = r.sideOf(by.institution());
		if (side != action.side()) {
			throw new BusinessException(ReferralErrors.WRONG_SIDE, r.ref());
		}
		if (!action.allowed(r.status(), side)) {
			throw new BusinessException(ReferralErrors.WRONG_STATE, r.ref());
		}
		return r;
	}

	private Referral move(Referral r, ReferralAction action, String column, Actor by, Instant now, String note,
			ReferralRepository.Extra extra, Runnable counted) {
		Boolean moved = transaction.execute(status -> {
			if (!referrals.move(r.id(), r.status(), action.target(), column, now, by.name(), note, extra)) {
				return false;
			}
			counted.run();
			return true;
		});
		if (!Boolean.TRUE.equals(moved)) {
			throw new BusinessException(ReferralErrors.WRONG_STATE, r.ref());
		}
		return referrals.find(r.id()).orElseThrow();
	}

	private void releaseSlotOf(Referral r) {
		if (r.appointmentId() != null) {
			releaseSlot(r.appointmentId(), r.ref());
		}
	}

	/**
	 * Gives a reserved slot back; past the institution's cancel cut-off the booking stays
	 * (the desk sees it as a no-show), which must not undo the referral's move.
	 */
	private void releaseSlot(long appointmentId, String ref) {
		try {
			slots.cancelForReferral(appointmentId, ref);
		}
		catch (BusinessException ex) {
			log.info("Referral {}: slot {} kept ({})", ref, appointmentId, ex.error().code());
		}
	}

	private static void require(String text, int max, String field) {
		if (text == null || text.isBlank() || text.strip().length() > max) {
			throw new BusinessException(ReferralErrors.INVALID, field);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
