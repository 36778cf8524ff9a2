package org.sanyi.clinical.consultation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Reference;
import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.clinical.Consultations;
import org.sanyi.clinical.consultation.ConsultationRepository.ConsultationRow;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation workflow. Only the consultant institution schedules, answers or
 * declines; only the requesting institution cancels; each step is a conditional update
 * and a line of the trail. The opinion is filed in the shared record in the consultant
 * institution's name as a DocumentReference (会诊意见), and the consultation carries the
 * billable service item 远程会诊 with its catalogue price.
 */
@Service
public class ConsultationService implements Consultations {

	/** 远程会诊 in the medical-service catalogue. */
	public static final String FEE_ITEM = "001108000020000";

	private final ConsultationRepository repository;

	private final ResidentIndex residents;

	private final Registry registry;

	private final Terminology terminology;

	private final ClinicalRecords records;

	ConsultationService(ConsultationRepository repository, ResidentIndex residents, Registry registry,
			Terminology terminology, ClinicalRecords records) {
		this.repository = repository;
		this.residents = residents;
		this.registry = registry;
		this.terminology = terminology;
		this.records = records;
	}

	@Override
	@Transactional
	public long request(Request r) {
		if (r.requesterCode() == null) {
			throw new BusinessException(ConsultationErrors.NO_INSTITUTION);
		}
		if (r.residentId() == null || residents.find(r.residentId()).isEmpty()) {
			throw new BusinessException(ConsultationErrors.UNKNOWN_RESIDENT, String.valueOf(r.residentId()));
		}
		if (r.consultantCode() == null || r.consultantCode().equals(r.requesterCode())
				|| registry.institution(r.consultantCode()).isEmpty()) {
			throw new BusinessException(ConsultationErrors.INVALID_CONSULTANT, String.valueOf(r.consultantCode()));
		}
		String question = text(r.question(), "question", 1000);
		List<Attachment> attachments = r.attachments() == null ? List.of() : r.attachments();
		if (attachments.size() > 20) {
			throw new BusinessException(ConsultationErrors.INVALID_FIELD, "attachments", "20");
		}
		long id = repository.insert(r.residentId(), r.requesterCode(), r.username(), r.requesterName(),
				r.consultantCode(), question, r.at());
		attachments.stream().distinct().forEach(a -> repository.attach(id, a));
		repository.trail(id, r.at(), r.username(), ConsultationStatus.REQUESTED, null);
		return id;
	}

	@Override
	@Transactional
	public void schedule(long id, String consultantCode, String username, Instant slotStart, int minutes,
			String meetingLink, List<Consultant> consultants, Instant at) {
		ConsultationRow row = asConsultant(id, consultantCode);
		move(row, ConsultationStatus.SCHEDULED);
		if (slotStart == null || minutes < 10 || minutes > 240) {
			throw new BusinessException(ConsultationErrors.INVALID_FIELD, "slot", "10-240");
		}
		String link = meetingLink == null || meetingLink.isBlank() ? null : meetingLink.strip();
		if (link != null && (!link.startsWith("https://") || link.length() > 300 || link.contains(" "))) {
			throw new BusinessException(ConsultationErrors.INVALID_LINK,
					link.length() > 60 ? link.substring(0, 60) : link);
		}
		List<Consultant> named = consultants == null ? List.of()
				: consultants.stream().filter(c -> c.name() != null && !c.name().isBlank()).distinct().toList();
		if (named.isEmpty() || named.size() > 12) {
			throw new BusinessException(ConsultationErrors.INVALID_FIELD, "consultants", "1-12");
		}
		if (!repository.schedule(id, row.version(), slotStart, minutes, link, named)) {
			throw new BusinessException(ConsultationErrors.WRONG_STATE, id);
		}
		repository.trail(id, at, username, ConsultationStatus.SCHEDULED,
				named.size() > 1 ? "MDT " + named.size() : named.getFirst().name());
	}

	@Override
	@Transactional
	public void complete(long id, String consultantCode, String username, String name, String opinion, Instant at) {
		ConsultationRow row = asConsultant(id, consultantCode);
		move(row, ConsultationStatus.COMPLETED);
		String text = text(opinion, "opinion", 4000);
		String reference = file(row, name, text, at);
		LocalDate day = LocalDate.ofInstant(at, PlatformTime.zone());
		BigDecimal fee = terminology.catalogueItem(FEE_ITEM, day).map(CatalogueItem::price).orElse(null);
		if (!repository.complete(id, row.version(), text, username, name, reference, FEE_ITEM, fee)) {
			throw new BusinessException(ConsultationErrors.WRONG_STATE, id);
		}
		repository.trail(id, at, username, ConsultationStatus.COMPLETED, reference);
	}

	@Override
	@Transactional
	public void decline(long id, String consultantCode, String username, String reason, Instant at) {
		ConsultationRow row = asConsultant(id, consultantCode);
		move(row, ConsultationStatus.DECLINED);
		String why = text(reason, "reason", 500);
		if (!repository.close(id, row.version(), ConsultationStatus.DECLINED)) {
			throw new BusinessException(ConsultationErrors.WRONG_STATE, id);
		}
		repository.trail(id, at, username, ConsultationStatus.DECLINED, why);
	}

	@Override
	@Transactional
	public void cancel(long id, String requesterCode, String username, Instant at) {
		ConsultationRow row = find(id, requesterCode);
		if (!row.requesterCode().equals(requesterCode)) {
			throw new BusinessException(ConsultationErrors.NOT_YOURS, id);
		}
		move(row, ConsultationStatus.CANCELLED);
		if (!repository.close(id, row.version(), ConsultationStatus.CANCELLED)) {
			throw new BusinessException(ConsultationErrors.WRONG_STATE, id);
		}
		repository.trail(id, at, username, ConsultationStatus.CANCELLED, null);
	}

	@Override
	public boolean any() {
		return repository.any();
	}

	/** The consultation if the institution requested it or is its consultant. */
	public ConsultationRow find(long id, String institution) {
		return repository.find(id)
			.filter(r -> r.requesterCode().equals(institution) || r.consultantCode().equals(institution))
			.orElseThrow(() -> new BusinessException(ConsultationErrors.UNKNOWN_CONSULTATION, id));
	}

	private ConsultationRow asConsultant(long id, String consultantCode) {
		ConsultationRow row = find(id, consultantCode);
		if (!row.consultantCode().equals(consultantCode)) {
			throw new BusinessException(ConsultationErrors.NOT_YOURS, id);
		}
		return row;
	}

	private static void move(ConsultationRow row, ConsultationStatus next) {
		if (!row.status().canBecome(next)) {
			throw new BusinessException(ConsultationErrors.WRONG_STATE, row.id());
		}
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new BusinessException(ConsultationErrors.INVALID_FIELD, field, String.valueOf(max));
		}
		return value.strip();
	}

	/** Files the opinion in the shared record; returns its reference. */
	private String file(ConsultationRow row, String name, String opinion, Instant at) {
		String consultant = registry.institution(row.consultantCode())
			.map(Institution::name)
			.orElse(row.consultantCode());
		DocumentReference d = new DocumentReference().setStatus(Enumerations.DocumentReferenceStatus.CURRENT)
			.setSubject(new Reference("Patient/" + row.residentId()))
			.setType(new CodeableConcept().setText("远程会诊意见"))
			.setDate(Date.from(at))
			.setDescription("远程会诊意见（" + consultant + "）");
		d.addAuthor().setDisplay(name);
		d.addAuthor().setDisplay(consultant);
		d.addIdentifier().setSystem("urn:sanyi:consultation").setValue(Long.toString(row.id()));
		d.addContent()
			.getAttachment()
			.setContentType("text/plain;charset=utf-8")
			.setTitle("远程会诊意见")
			.setData(("会诊问题：" + row.question() + "\n会诊意见：" + opinion).getBytes(StandardCharsets.UTF_8));
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		bundle.addEntry()
			.setFullUrl("urn:uuid:opinion-" + row.id())
			.setResource(d)
			.getRequest()
			.setMethod(Bundle.HTTPVerb.POST)
			.setUrl("DocumentReference");
		String location = records.ingest(bundle, row.consultantCode()).getEntryFirstRep().getResponse().getLocation();
		int history = location == null ? -1 : location.indexOf("/_history");
		return history > 0 ? location.substring(0, history) : location;
	}

}
