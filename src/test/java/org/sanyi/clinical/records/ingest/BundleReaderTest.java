package org.sanyi.clinical.records.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;
import org.sanyi.clinical.records.BundleProblem;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.ingest.BundleReader.Kind;
import org.sanyi.shared.BusinessException;

/** Reading a posted bundle against the base specification, without Spring. */
class BundleReaderTest {

	static final BundleReader READER = new BundleReader(FhirContext.forR4Cached());

	static String bundle(String type, String... entries) {
		return "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[" + String.join(",", entries) + "]}";
	}

	static String post(String fullUrl, String resource) {
		return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + resource
				+ ",\"request\":{\"method\":\"POST\",\"url\":\""
				+ resource.replaceAll("(?s).*\"resourceType\":\"(\\w+)\".*", "$1") + "\"}}";
	}

	static final String OBSERVATION = """
			{"resourceType":"Observation","status":"final",
			 "code":{"coding":[{"system":"http://loinc.org","code":"2823-3","display":"血钾"}]},
			 "subject":{"reference":"urn:uuid:p1"},"effectiveDateTime":"2026-10-01T08:00:00+08:00",
			 "valueQuantity":{"value":4.1,"unit":"mmol/L"}}""";

	@Test
	void aValidTransactionIsReadWithItsReferences() {
		var parsed = READER.read(bundle("transaction", post("urn:uuid:o1", OBSERVATION)));
		assertThat(parsed.kind()).isEqualTo(Kind.TRANSACTION);
		assertThat(parsed.entries()).hasSize(1);
		var entry = parsed.entries().getFirst();
		assertThat(entry.problem()).isNull();
		assertThat(entry.resource().fhirType()).isEqualTo("Observation");
		assertThat(entry.references()).extracting(r -> r.path() + "=" + r.reference().getReference())
			.containsExactly("Observation.subject=urn:uuid:p1");
	}

	@Test
	void aCodeOutsideTheRequiredBindingNamesTheEntryAndElement() {
		var parsed = READER.read(bundle("transaction", post("urn:uuid:o1", OBSERVATION),
				post("urn:uuid:o2", OBSERVATION.replace("\"final\"", "\"finalised\""))));
		assertThat(parsed.entries().get(0).problem()).isNull();
		BundleProblem problem = parsed.entries().get(1).problem();
		assertThat(problem.error()).isEqualTo(RecordsErrors.INVALID_RESOURCE);
		assertThat(problem.resource()).isEqualTo("Observation (entry 1)");
		assertThat(problem.path()).isEqualTo("Bundle.entry[1].resource.status");
	}

	@Test
	void aMissingRequiredElementIsNamedByItsPath() {
		String noCode = OBSERVATION.replace(
				"\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2823-3\",\"display\":\"血钾\"}]},",
				"");
		assertThat(noCode).doesNotContain("2823-3");
		var problem = READER.read(bundle("batch", post("urn:uuid:o1", noCode))).entries().getFirst().problem();
		assertThat(problem.error()).isEqualTo(RecordsErrors.INVALID_RESOURCE);
		assertThat(problem.path()).isEqualTo("Bundle.entry[0].resource.code");
		assertThat(problem.args()[2].toString()).contains("required");
	}

	@Test
	void anUnknownElementAndARelativeCodeSystemAreRefused() {
		var unknown = READER
			.read(bundle("transaction",
					post("urn:uuid:o1",
							OBSERVATION.replace("\"status\":\"final\"", "\"status\":\"final\",\"colour\":\"red\""))))
			.entries()
			.getFirst()
			.problem();
		assertThat(unknown.error()).isEqualTo(RecordsErrors.INVALID_RESOURCE);
		var relative = READER
			.read(bundle("transaction", post("urn:uuid:o1", OBSERVATION.replace("http://loinc.org", "loinc"))))
			.entries()
			.getFirst()
			.problem();
		assertThat(relative.path()).isEqualTo("Bundle.entry[0].resource.code.coding[0].system");
	}

	@Test
	void typesTheSharedRecordDoesNotKeepAndOtherMethodsAreRefused() {
		var claim = READER
			.read(bundle("transaction", post("urn:uuid:c1", "{\"resourceType\":\"Claim\",\"status\":\"active\"}")))
			.entries()
			.getFirst()
			.problem();
		assertThat(claim.error()).isEqualTo(RecordsErrors.UNSUPPORTED_ENTRY);
		assertThat(claim.path()).isEqualTo("Bundle.entry[0].resource.resourceType");
		var delete = READER
			.read(bundle("transaction", "{\"request\":{\"method\":\"DELETE\",\"url\":\"Observation/1\"}}"))
			.entries()
			.getFirst()
			.problem();
		assertThat(delete.path()).isEqualTo("Bundle.entry[0].request.method");
	}

	@Test
	void anythingButATransactionOrBatchBundleIsRefusedWhole() {
		assertThatThrownBy(() -> READER.read("not json")).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).error())
			.isEqualTo(RecordsErrors.INVALID_BUNDLE);
		assertThatThrownBy(() -> READER.read(bundle("collection"))).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> READER.read("{\"resourceType\":\"Patient\"}")).isInstanceOf(BusinessException.class);
	}

	@Test
	void aStreamedBodyReadsAsItsTextInWhateverOrderItsPropertiesCome() {
		String body = bundle("transaction", post("urn:uuid:o1", OBSERVATION));
		var streamed = READER.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		assertThat(streamed.kind()).isEqualTo(Kind.TRANSACTION);
		assertThat(streamed.entries()).singleElement()
			.satisfies(e -> assertThat(e.resource().fhirType()).isEqualTo("Observation"));
		// the envelope after the entries, and elements the reader does not use
		var late = READER.read("{\"entry\":[" + post("urn:uuid:o1", OBSERVATION)
				+ "],\"id\":\"b1\",\"meta\":{\"tag\":[{\"code\":\"x\"}]},\"type\":\"batch\",\"resourceType\":\"Bundle\"}");
		assertThat(late.kind()).isEqualTo(Kind.BATCH);
		assertThat(late.entries()).hasSize(1);
		assertThat(late.entries().getFirst().problem()).isNull();
	}

	@Test
	void aTruncatedBodyTextAfterTheBundleAndTooManyEntriesAreRefusedWhole() {
		String body = bundle("transaction", post("urn:uuid:o1", OBSERVATION));
		assertThatThrownBy(() -> READER.read(body.substring(0, body.length() - 3))).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.error()).isEqualTo(RecordsErrors.INVALID_BUNDLE));
		assertThatThrownBy(() -> READER.read(body + "{}")).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error()).isEqualTo(RecordsErrors.INVALID_BUNDLE));
		String delete = "{\"request\":{\"method\":\"DELETE\",\"url\":\"Observation/1\"}}";
		String many = bundle("batch",
				java.util.Collections.nCopies(BundleReader.MAX_ENTRIES + 2, delete).toArray(String[]::new));
		assertThatThrownBy(() -> READER.read(many)).isInstanceOfSatisfying(BusinessException.class, e -> {
			assertThat(e.error()).isEqualTo(RecordsErrors.BUNDLE_TOO_LARGE);
			assertThat(e.args()).containsExactly(BundleReader.MAX_ENTRIES + 2, BundleReader.MAX_ENTRIES);
		});
	}

}
