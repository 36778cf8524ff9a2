package org.sanyi.clinical.recognition.internal;

import java.time.LocalDate;

import org.sanyi.clinical.QualityAssessments;
import org.sanyi.clinical.recognition.internal.RecognitionRepository.AssessmentRow;
import org.springframework.stereotype.Service;

@Service
class QualityAssessmentService implements QualityAssessments {

	private final RecognitionRepository repository;

	QualityAssessmentService(RecognitionRepository repository) {
		this.repository = repository;
	}

	@Override
	public void record(String institutionCode, String kind, boolean passed, LocalDate assessedOn, LocalDate validUntil,
			String scheme) {
		if (!"LAB".equals(kind) && !"IMAGING".equals(kind)) {
			throw new IllegalArgumentException("kind LAB or IMAGING: " + kind);
		}
		repository.addAssessment(new AssessmentRow(institutionCode, kind, passed, assessedOn, validUntil, scheme));
	}

	@Override
	public boolean any() {
		return repository.anyAssessment();
	}

}
