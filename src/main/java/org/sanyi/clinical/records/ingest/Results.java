package org.sanyi.clinical.records.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.records.ResultRecorded.Result;

/**
 * Which stored resources are results another doctor could reuse (检查检验结果): laboratory
 * observations and imaging studies; the summary mutual recognition indexes. Pure.
 */
final class Results {

	private Results() {
	}

	static Optional<Result> of(Resource resource, String residentId, SearchColumns columns) {
		if (residentId == null || columns.effective() == null) {
			return Optional.empty();
		}
		String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
		if (resource instanceof Observation o && "laboratory".equals(columns.category())) {
			BigDecimal value = o.hasValueQuantity() ? o.getValueQuantity().getValue() : null;
			String unit = o.hasValueQuantity() ? o.getValueQuantity().getUnit() : null;
			String text = o.hasValueStringType() ? o.getValueStringType().getValue()
					: o.hasValueCodeableConcept() ? display(o.getValueCodeableConcept()) : null;
			return Optional.of(new Result(reference, residentId, "LAB", columns.codes(), display(o.getCode()),
					columns.effective(), value, unit, text));
		}
		if (resource instanceof ImagingStudy s) {
			List<String> codes = new ArrayList<>(columns.codes());
			String display = s.hasDescription() ? s.getDescription()
					: s.getProcedureCode().isEmpty() ? null : display(s.getProcedureCodeFirstRep());
			return Optional.of(new Result(reference, residentId, "IMAGING", codes, display, columns.effective(), null,
					null, s.hasDescription() ? s.getDescription() : null));
		}
		return Optional.empty();
	}

	static String display(CodeableConcept concept) {
		if (concept.hasText()) {
			return concept.getText();
		}
		for (Coding c : concept.getCoding()) {
			if (c.hasDisplay()) {
				return c.getDisplay();
			}
		}
		return concept.getCodingFirstRep().getCode();
	}

}
