package org.sanyi.clinical.online.internal;

import java.time.Instant;
import java.util.List;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.engine.FollowUpRule;
import org.sanyi.clinical.online.engine.VisitStatus;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online follow-up visits: the request checked against the follow-up rule, the doctor's
 * moves (accept, start with a video link, complete with a conclusion, cancel with a
 * reason), the resident's cancel, and the messages of the consultation. Every change of
 * state is kept in the visit's trail; the pages add the audit log's description.
 */
@Service
public class OnlineVisits {

	private final OnlineVisitRepository visits;

	private final Eligibility eligibility;

	private final org.sanyi.registry.Registry registry;

	private final OnlineFees fees;

	OnlineVisits(OnlineVisitRepository visits, Eligibility eligibility, org.sanyi.registry.Registry registry,
			OnlineFees fees) {
		this.visits = visits;
		this.eligibility = eligibility;
		this.registry = registry;
		this.fees = fees;
	}

	/** A doctor acting for an institution. */
	public record Doctor(String institution, String username, String name) {
	}

	/**
	 * Requests a follow-up of the condition at the institution: refused with OL-0001 when
	 * the resident has no earlier in-person diagnosis of it, OL-0010 when the institution
	 * holds no diagnosis of theirs; nothing is saved then.
	 */
	@Transactional
	public OnlineVisit request(String residentId, String institutionCode, String condition, String complaint,
			Instant at) {
		if (!FollowUpRule.isIcd10(condition)) {
			throw new BusinessException(OnlineErrors.BAD_CONDITION, String.valueOf(condition));
		}
		String text = Texts.required(complaint, 1000, "complaint");
		var today = Texts.day(at);
		String name = eligibility.name(condition.strip(), today);
		FollowUpRule.Diagnosis evidence = eligibility.evidence(residentId, condition, today)
			.orElseThrow(() -> new BusinessException(OnlineErrors.NOT_FOLLOW_UP, name));
		Eligibility.Place place = eligibility.places(residentId)
			.stream()
			.filter(p -> p.code().equals(institutionCode))
			.findFirst()
			.orElseThrow(() -> new BusinessException(OnlineErrors.BAD_INSTITUTION, String.valueOf(institutionCode)));
		OnlineVisit draft = new OnlineVisit(0, Texts.ref("OL", today), residentId, place.code(), place.name(),
				condition.strip(), name, evidence.code(), evidence.institutionCode(), evidence.day(), text,
				VisitStatus.REQUESTED, null, null, null, null, at, null, null, null, null, null);
		long id = visits.insert(draft, "resident");
		return visits.find(id).orElseThrow();
	}

	@Transactional
	public void accept(long id, Doctor doctor, Instant at) {
		OnlineVisit v = ofInstitution(id, doctor.institution());
		move(v, VisitStatus.ACCEPTED, "accepted_at", at, doctor.name(), null, null, null);
		visits.assign(id, doctor.username(), doctor.name());
	}

	@Transactional
	public void start(long id, Doctor doctor, String videoLink, Instant at) {
		OnlineVisit v = ownVisit(id, doctor);
		String link = videoLink == null || videoLink.isBlank() ? null : Texts.videoLink(videoLink);
		move(v, VisitStatus.IN_CONSULTATION, "started_at", at, doctor.name(), null, null, null);
		if (link != null) {
			visits.setVideoLink(id, link);
		}
	}

	@Transactional
	public void complete(long id, Doctor doctor, String conclusion, Instant at) {
		OnlineVisit v = ownVisit(id, doctor);
		String text = Texts.required(conclusion, 2000, "conclusion");
		move(v, VisitStatus.COMPLETED, "completed_at", at, doctor.name(), null, "conclusion", text);
		// the fee, settled with insurance as an online visit (med_type 9903) when the
		// resident is insured: a refused settlement undoes the completion
		fees.charge(v, doctor.name(), doctor.username(), at);
	}

	/**
	 * Refunds the fee of a completed visit of the doctor's institution: its insurance
	 * settlement is reversed. OL-0015 when it has no fee or was refunded already.
	 */
	@Transactional
	public void refundFee(long id, Doctor doctor, String reason, Instant at) {
		OnlineVisit v = ofInstitution(id, doctor.institution());
		String text = Texts.required(reason, 300, "reason");
		if (v.status() != VisitStatus.COMPLETED) {
			throw new BusinessException(OnlineErrors.NO_FEE_TO_REFUND, v.ref());
		}
		fees.refund(v, text, doctor.username(), at);
	}

	@Transactional
	public void cancelByDoctor(long id, Doctor doctor, String reason, Instant at) {
		OnlineVisit v = ofInstitution(id, doctor.institution());
		String text = Texts.required(reason, 300, "reason");
		move(v, VisitStatus.CANCELLED, "cancelled_at", at, doctor.name(), text, "cancel_reason", text);
	}

	@Transactional
	public void cancelByResident(long id, String residentId, String reason, Instant at) {
		OnlineVisit v = ofResident(id, residentId);
		if (!v.status().residentMayCancel()) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, v.ref());
		}
		String text = Texts.optional(reason, 300, "reason");
		move(v, VisitStatus.CANCELLED, "cancelled_at", at, "resident", text, "cancel_reason", text);
	}

	/** A message (text, an image or both) of the resident or the visit's doctor. */
	@Transactional
	public void message(OnlineVisit v, boolean fromDoctor, String senderName, String body, byte[] image, Instant at) {
		if (!v.status().open()) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, v.ref());
		}
		String text = Texts.optional(body, 2000, "message");
		OnlineVisit.Image attached = image == null || image.length == 0 ? null
				: new OnlineVisit.Image(image, Texts.imageType(image));
		if (text == null && attached == null) {
			throw new BusinessException(OnlineErrors.INVALID_TEXT, "message", 2000);
		}
		visits.message(v.id(), fromDoctor ? "DOCTOR" : "RESIDENT", senderName, text, attached, at);
	}

	/** The visit if it is the resident's own; otherwise "not found". */
	public OnlineVisit ofResident(long id, String residentId) {
		return visits.find(id)
			.filter(v -> v.residentId().equals(residentId))
			.orElseThrow(() -> BusinessException.notFound("online visit", id));
	}

	/** The visit if it is the institution's; otherwise "not found". */
	public OnlineVisit ofInstitution(long id, String institution) {
		return visits.find(id)
			.filter(v -> v.institutionCode().equals(institution))
			.orElseThrow(() -> BusinessException.notFound("online visit", id));
	}

	/**
	 * The visit of the institution that this doctor accepted (OL-0014 for a colleague's).
	 */
	public OnlineVisit ownVisit(long id, Doctor doctor) {
		OnlineVisit v = ofInstitution(id, doctor.institution());
		if (v.doctorUsername() != null && !v.doctorUsername().equals(doctor.username())) {
			throw new BusinessException(OnlineErrors.NOT_YOUR_VISIT, v.ref(), v.doctorName());
		}
		return v;
	}

	public List<OnlineVisit> ofResident(String residentId) {
		return visits.ofResident(residentId, 50);
	}

	public Page<OnlineVisit> queue(String institution, VisitStatus status, PageQuery page) {
		return page.page(visits.ofInstitution(institution, status, page.offset(), page.size()),
				visits.countOfInstitution(institution, status));
	}

	public java.util.Map<String, Long> counts(String institution) {
		return visits.countsByStatus(institution);
	}

	/** How the visit's fee was paid, or {@code null} when it has none. */
	public OnlineFees.Fee fee(long id) {
		return fees.of(id).orElse(null);
	}

	public List<OnlineVisit.Event> history(long id) {
		return visits.events(id);
	}

	public List<OnlineVisit.Message> messages(long id) {
		return visits.messages(id);
	}

	public java.util.Optional<OnlineVisit.Image> image(long visitId, long messageId) {
		return visits.image(visitId, messageId);
	}

	public String institutionName(String code) {
		return registry.institution(code).map(org.sanyi.registry.Institution::name).orElse(code);
	}

	private void move(OnlineVisit v, VisitStatus to, String column, Instant at, String actor, String note,
			String extraColumn, String extraValue) {
		if (!v.status().canBecome(to)
				|| !visits.move(v.id(), v.status(), to, column, at, actor, note, extraColumn, extraValue)) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, v.ref());
		}
	}

}
