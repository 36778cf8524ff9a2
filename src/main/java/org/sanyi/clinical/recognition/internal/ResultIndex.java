package org.sanyi.clinical.recognition.internal;

import java.util.List;

import org.sanyi.clinical.records.ResultRecorded;
import org.sanyi.clinical.recognition.internal.RecognitionRepository.ItemRow;
import org.sanyi.clinical.recognition.internal.RecognitionRepository.ResultRow;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index of reusable results from the shared record's events: a laboratory
 * result by its LOINC code, an imaging study by modality and body site, against the item
 * catalogue. Idempotent: a republished event or a result sent again overwrites its row.
 */
@Component
class ResultIndex {

	private final RecognitionRepository repository;

	ResultIndex(RecognitionRepository repository) {
		this.repository = repository;
	}

	@ApplicationModuleListener
	void on(ResultRecorded event) {
		List<ItemRow> items = repository.items();
		for (ResultRecorded.Result r : event.results()) {
			for (ItemRow item : items) {
				if (matches(item, r)) {
					repository
						.addResult(new ResultRow(r.reference(), item.code(), r.residentId(), event.institutionCode(),
								r.at().atOffset(java.time.ZoneOffset.UTC), r.display(), r.value(), r.unit(), r.text()));
				}
			}
		}
	}

	static boolean matches(ItemRow item, ResultRecorded.Result r) {
		if ("LAB".equals(item.kind())) {
			return "LAB".equals(r.kind()) && r.codes().contains("http://loinc.org|" + item.loinc());
		}
		return "IMAGING".equals(r.kind()) && r.codes().stream().anyMatch(c -> c.endsWith("|" + item.modality()))
				&& r.codes().stream().anyMatch(c -> c.endsWith("|" + item.bodySite()));
	}

}
