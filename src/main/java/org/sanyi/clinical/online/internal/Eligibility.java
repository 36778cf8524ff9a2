package org.sanyi.clinical.online.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.clinical.online.engine.FollowUpRule;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.terminology.Concept;
import org.sanyi.terminology.Terminology;
import org.springframework.stereotype.Component;

/**
 * What a resident may ask online: the diagnoses recorded at their in-person visits in the
 * shared record (the evidence of {@link FollowUpRule}), the institutions that recorded
 * them (whose doctors can read the record: the internet hospitals open to the resident),
 * and the conditions offered on the form — the resident's own and the common chronic
 * ones, named from terminology's ICD-10 (医保版).
 */
@Component
public class Eligibility {

	static final String ICD10 = "ICD10-YB";

	/** Common chronic conditions offered on the form (a representative code of each). */
	static final List<String> COMMON = List.of("I10.x00", "E11.900", "J44.900", "I25.103", "I48.900", "E78.500",
			"I63.900", "K29.500");

	private final ClinicalRecords records;

	private final Registry registry;

	private final Terminology terminology;

	Eligibility(ClinicalRecords records, Registry registry, Terminology terminology) {
		this.records = records;
		this.registry = registry;
		this.terminology = terminology;
	}

	/**
	 * A condition the form offers: code, name, and whether it was diagnosed in person.
	 */
	public record Condition(String code, String name, boolean diagnosed) {
	}

	/** An institution the resident may ask. */
	public record Place(String code, String name) {
	}

	public List<FollowUpRule.Diagnosis> diagnoses(String residentId) {
		return records.diagnoses(residentId)
			.stream()
			.filter(d -> FollowUpRule.isIcd10(d.code()))
			.map(d -> new FollowUpRule.Diagnosis(d.code(), d.institutionCode(), d.day()))
			.toList();
	}

	public Optional<FollowUpRule.Diagnosis> evidence(String residentId, String condition, LocalDate today) {
		return FollowUpRule.evidence(condition, diagnoses(residentId), today);
	}

	/**
	 * The conditions for the form: the resident's diagnosed ones first, then the common.
	 */
	public List<Condition> conditions(String residentId, LocalDate today) {
		Map<String, Condition> byCategory = new LinkedHashMap<>();
		for (FollowUpRule.Diagnosis d : diagnoses(residentId)) {
			byCategory.computeIfAbsent(FollowUpRule.category(d.code()),
					c -> new Condition(d.code(), name(d.code(), today), true));
		}
		for (String code : COMMON) {
			byCategory.computeIfAbsent(FollowUpRule.category(code), c -> new Condition(code, name(code, today), false));
		}
		return new ArrayList<>(byCategory.values());
	}

	/** The institutions holding the resident's in-person diagnoses. */
	public List<Place> places(String residentId) {
		Map<String, Place> places = new LinkedHashMap<>();
		for (FollowUpRule.Diagnosis d : diagnoses(residentId)) {
			places.computeIfAbsent(d.institutionCode(),
					code -> registry.institution(code)
						.filter(i -> i.kind() != Institution.Kind.PHARMACY)
						.map(i -> new Place(i.code(), i.name()))
						.orElse(null));
		}
		places.values().removeIf(java.util.Objects::isNull);
		return new ArrayList<>(places.values());
	}

	/** The ICD-10 name of a code (its own, else its category's), or the code itself. */
	public String name(String code, LocalDate on) {
		return terminology.lookup(ICD10, code, on)
			.or(() -> terminology.lookup(ICD10, FollowUpRule.category(code), on))
			.map(Concept::name)
			.orElse(code);
	}

}
