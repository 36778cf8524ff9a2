package org.sanyi.clinical.recognition.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.sanyi.clinical.recognition.DeclineReason;
import org.sanyi.clinical.recognition.RecognitionErrors;
import org.sanyi.clinical.recognition.internal.RecognitionService;
import org.sanyi.clinical.recognition.internal.RecognitionService.Answer;
import org.sanyi.identity.FhirPatientIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recognition for hospital systems: the HIS posts the order it is about to place (a FHIR
 * R4 {@code ServiceRequest}, or the item code and resident) and gets at once the reusable
 * results; then it posts the doctor's decision.
 */
@RestController
@Tag(name = "recognition", description = "检查检验结果互认")
class RecognitionApi {

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final RecognitionService service;

	private final FhirPatientIndex patients;

	private final AuditLog auditLog;

	RecognitionApi(RecognitionService service, FhirPatientIndex patients, AuditLog auditLog) {
		this.service = service;
		this.patients = patients;
		this.auditLog = auditLog;
	}

	/** An order by item code (HR-…) and resident (EMPI id). */
	record Order(String residentId, String itemCode, String orderRef) {
	}

	/**
	 * The doctor's decision: accept one offered result, or decline with a national
	 * exception reason.
	 */
	record Decision(boolean accept, String resultReference, DeclineReason reason) {
	}

	record Decided(long lookupId, BigDecimal saved) {
	}

	@PostMapping("/api/recognition/lookups")
	@PreAuthorize("hasAuthority('recognition:lookup:use')")
	@Operation(summary = "Is there a recognisable result for this order? Where, when, value (when the record is open "
			+ "to the caller) and a link; the lookup id for the decision")
	Answer lookup(@RequestBody Order order) {
		if (order == null || order.residentId() == null || order.itemCode() == null) {
			throw new BusinessException(RecognitionErrors.INVALID_ORDER, "residentId, itemCode");
		}
		return service.lookup(order.residentId(), order.itemCode(), order.orderRef());
	}

	@PostMapping(path = "/fhir/ServiceRequest", consumes = { "application/fhir+json", "application/json" })
	@PreAuthorize("hasAuthority('recognition:lookup:use')")
	@Operation(summary = "The same for a FHIR R4 ServiceRequest from the HIS: subject Patient/{EMPI id} or "
			+ "Patient?identifier=system|value, code by recognition item (urn:sanyi:recognition-item), LOINC, or DICOM "
			+ "modality with bodySite; nothing is stored but the lookup")
	Answer serviceRequest(@RequestBody(required = false) String body) {
		ServiceRequest order;
		try {
			order = fhir.newJsonParser().parseResource(ServiceRequest.class, body == null ? "" : body);
		}
		catch (DataFormatException | ClassCastException ex) {
			throw new BusinessException(RecognitionErrors.INVALID_ORDER, "ServiceRequest");
		}
		String subject = order.getSubject().getReference();
		String residentId = null;
		if (subject != null && subject.startsWith("Patient/")) {
			residentId = subject.substring("Patient/".length());
		}
		else if (subject != null && subject.startsWith("Patient?identifier=") && subject.contains("|")) {
			String token = subject.substring("Patient?identifier=".length());
			residentId = patients
				.residentFor(token.substring(0, token.indexOf('|')), token.substring(token.indexOf('|') + 1))
				.orElse(null);
		}
		if (residentId == null) {
			throw new BusinessException(RecognitionErrors.UNKNOWN_RESIDENT, String.valueOf(subject));
		}
		Set<String> codes = new HashSet<>();
		String itemCode = null;
		for (Coding c : order.getCode().getCoding()) {
			if ("urn:sanyi:recognition-item".equals(c.getSystem())) {
				itemCode = c.getCode();
			}
			codes.add(c.getCode());
		}
		order.getBodySite().forEach(b -> b.getCoding().forEach(c -> codes.add(c.getCode())));
		if (itemCode == null) {
			itemCode = service.itemFor(codes)
				.map(i -> i.code())
				.orElseThrow(() -> new BusinessException(RecognitionErrors.UNKNOWN_ITEM, String.join(",", codes)));
		}
		String ref = order.getIdentifier().isEmpty() ? null : order.getIdentifierFirstRep().getValue();
		return service.lookup(residentId, itemCode, ref);
	}

	@PostMapping("/api/recognition/lookups/{id}/decision")
	@PreAuthorize("hasAuthority('recognition:lookup:use')")
	@Operation(summary = "Accept an offered result (it counts as a saving) or decline with a reason")
	Decided decide(@PathVariable long id, @RequestBody Decision decision) {
		auditLog.describe("recognition:lookup", String.valueOf(id),
				decision.accept() ? "ACCEPT " + decision.resultReference() : "DECLINE " + decision.reason());
		return new Decided(id, service.decide(id, decision.accept(), decision.resultReference(), decision.reason()));
	}

}
