package org.sanyi.clinical.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.clinical.records.Bundles.bundle;
import static org.sanyi.clinical.records.Bundles.entry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.FhirClient;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.consent.AccessRepository;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * FHIR R4 bundles from a hospital into the shared record and back: stored with references
 * rewritten to the platform's ids and the resident of the master patient index, searched
 * by patient, type, date and code, $everything; bad input answered with an
 * OperationOutcome naming entry and path and nothing stored; reads of another hospital
 * only with the resident's consent, each in the audit log and the resident's access log.
 */
@IntegrationTest
class SharedRecordIT {

	static final String COUNTY = "H35992100001";

	static final String CITY = "H35990000001";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AccessRepository consents;

	FhirClient county;

	FhirClient city;

	@BeforeEach
	void clients() {
		county = new FhirClient(port, tokens.issue(userId("doctor"), "records-it", 1));
		long cityDoctor = accounts.ensure(
				new NewAccount("records_city_doctor", "Sanyi@2026", "周敏（市第一医院）", "DOCTOR", "359900", CITY, null, null));
		city = new FhirClient(port, tokens.issue(cityDoctor, "records-it", 1));
	}

	long userId(String username) {
		return jdbc.sql("select id from sec_user where username = :u").param("u", username).query(Long.class).single();
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * Spring Modulith 2.1 migrates a nested module's folder
	 * ({@code db/migration/clinical/records}) only when
	 * {@code db/migration/clinical.records/} has files, which it never does; the parent
	 * module's Flyway scans {@code db/migration/clinical} with its sub-folders instead.
	 * So the nested modules' scripts run once, in the parent's history, and their version
	 * numbers must differ across {@code clinical}'s nested modules.
	 */
	@Test
	void nestedModulesMigrateInTheParentsFlywayHistory() {
		assertThat(
				jdbc.sql("select script from \"flyway_schema_history_clinical\" where success order by installed_rank")
					.query(String.class)
					.list())
			.contains("records/V1__shared_health_record.sql", "recognition/V21__result_recognition.sql");
		assertThat(jdbc.sql(
				"select count(*) from information_schema.tables where table_name like 'flyway_schema_history_clinical.%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTransactionIsStoredSearchableAndReturnedAsFhir() {
		String idNumber = Bundles.newIdNumber();
		String visit = Bundles.visit(COUNTY, "SR-" + System.nanoTime(), idNumber, "V1-" + System.nanoTime());
		var answer = county.post("/fhir", visit);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("type").asString()).isEqualTo("transaction-response");
		assertThat(answer.body().path("entry")).hasSize(9);
		String rid = answer.body().at("/entry/0/response/location").asString().substring("Patient/".length());
		assertThat(answer.body().at("/entry/1/response/status").asString()).isEqualTo("201 Created");
		assertThat(answer.body().at("/entry/1/response/location").asString()).startsWith("Encounter/")
			.endsWith("/_history/1");

		var everything = county.get("/fhir/Patient/" + rid + "/$everything");
		assertThat(everything.status()).isEqualTo(200);
		assertThat(everything.body().path("type").asString()).isEqualTo("searchset");
		assertThat(everything.body().path("total").asInt()).isEqualTo(9);
		assertThat(everything.body().at("/entry/0/resource/resourceType").asString()).isEqualTo("Patient");
		String text = everything.body().toString();
		assertThat(text).doesNotContain("urn:uuid:")
			.contains("\"reference\":\"Patient/" + rid + "\"")
			.contains("urn:sanyi:institution:" + COUNTY);

		JsonNode potassium = county.get("/fhir/Observation?patient=Patient/" + rid + "&code=http://loinc.org|2823-3")
			.body();
		assertThat(potassium.path("total").asInt()).isEqualTo(1);
		assertThat(potassium.at("/entry/0/resource/valueQuantity/value").asDouble()).isEqualTo(3.3);
		assertThat(county.get("/fhir/Observation?patient=" + rid).body().path("total").asInt()).isEqualTo(2);
		assertThat(county.get("/fhir/Observation?patient=" + rid + "&date=ge2026-10-09").body().path("total").asInt())
			.isZero();
		assertThat(county.get("/fhir/Observation?patient=" + rid + "&date=ge2026-10-08&date=le2026-10-08")
			.body()
			.path("total")
			.asInt()).isEqualTo(2);
		assertThat(county.get("/fhir/Condition?patient=" + rid + "&code=I10.x00").body().path("total").asInt())
			.isEqualTo(1);
		String reportId = county.get("/fhir/DiagnosticReport?patient=" + rid)
			.body()
			.at("/entry/0/resource/id")
			.asString();
		var report = county.get("/fhir/DiagnosticReport/" + reportId);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body().at("/result/0/reference").asString()).startsWith("Observation/");

		// sent again: the visit (same identifier) is replaced, not duplicated; the
		// patient is the same resident
		var again = county.post("/fhir", visit);
		assertThat(again.body().at("/entry/0/response/location").asString()).isEqualTo("Patient/" + rid);
		assertThat(again.body().at("/entry/1/response/location").asString()).endsWith("/_history/2");
		assertThat(county.get("/fhir/Encounter?patient=" + rid).body().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void aBackfillOfTenYearsOverTheDocumentLimitIsStoredWhole() {
		// a hospital sends a patient's old records at once: 2,400 blood glucose results
		// with the doctor's note,
		// some 12 MB, over the 10 MB of other bodies and under the 64 MB of a bundle
		String patientNo = "SR-BF-" + System.nanoTime();
		String note = "空腹血糖复查，嘱低盐低脂糖尿病饮食，规律服用二甲双胍，监测血糖并记录，下次复诊带血糖记录本。".repeat(40);
		java.util.List<String> entries = new java.util.ArrayList<>();
		entries.add(Bundles.entry("urn:uuid:p", Bundles.patient(COUNTY, patientNo, Bundles.newIdNumber())));
		java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 1);
		for (int i = 0; i < 2_400; i++) {
			entries.add(Bundles.entry("urn:uuid:g" + i, """
					{"resourceType":"Observation","status":"final",
					 "identifier":[{"system":"urn:sanyi:lab:%s","value":"%s-%d"}],
					 "code":{"coding":[{"system":"http://loinc.org","code":"1558-6","display":"空腹血糖"}]},
					 "subject":{"reference":"urn:uuid:p"},"effectiveDateTime":"%sT07:30:00+08:00",
					 "valueQuantity":{"value":%s,"unit":"mmol/L"},"note":[{"text":"%s"}]}""".formatted(COUNTY,
					patientNo, i, day.minusDays(i + i / 2), 5.6 + (i % 30) / 10.0, note)));
		}
		String body = Bundles.bundle("transaction", entries.toArray(String[]::new));
		assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(11 << 20);
		var answer = county.post("/fhir", body);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("entry")).hasSize(2_401);
		String rid = answer.body().at("/entry/0/response/location").asString().substring("Patient/".length());
		assertThat(count("select count(*) from cr_resource where resident_id = '" + rid + "'")).isEqualTo(2_400);
	}

	@Test
	void aBadEntryAnswersWithItsPathAndStoresNothing() {
		String idNumber = Bundles.newIdNumber();
		String patient = Bundles.patient(COUNTY, "SR-BAD-" + System.nanoTime(), idNumber);
		long resources = count("select count(*) from cr_resource");
		long sources = count("select count(*) from idn_source_record");
		String good = """
				{"resourceType":"Observation","status":"final","code":{"text":"血糖"},"subject":{"reference":"urn:uuid:p"}}""";

		var invalid = county.post("/fhir", bundle("transaction", entry("urn:uuid:p", patient),
				entry("urn:uuid:o1", good), entry("urn:uuid:o2", good.replace("\"final\"", "\"done\""))));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(invalid.issueCode()).isEqualTo("CR-0002");
		assertThat(invalid.expression()).isEqualTo("Bundle.entry[2].resource.status");

		var dangling = county.post("/fhir", bundle("transaction", entry("urn:uuid:p", patient), entry("urn:uuid:c", """
				{"resourceType":"Condition","code":{"text":"肺炎"},"subject":{"reference":"urn:uuid:p"},
				 "encounter":{"reference":"urn:uuid:nowhere"}}""")));
		assertThat(dangling.status()).isEqualTo(422);
		assertThat(dangling.issueCode()).isEqualTo("CR-0004");
		assertThat(dangling.expression()).isEqualTo("Bundle.entry[1].resource.encounter");
		assertThat(county.post("/fhir", bundle("transaction", entry("urn:uuid:p", patient), entry("urn:uuid:c", """
				{"resourceType":"Condition","code":{"text":"肺炎"},"subject":{"reference":"urn:uuid:p"},
				 "encounter":{"reference":"Encounter/no-such-visit"}}"""))).issueCode()).isEqualTo("CR-0004");

		var unknownPatient = county.post("/fhir", bundle("transaction", entry("urn:uuid:o",
				good.replace("urn:uuid:p", "Patient?identifier=urn:oid:2.16.156.10011.1.3|" + Bundles.newIdNumber()))));
		assertThat(unknownPatient.status()).isEqualTo(422);
		assertThat(unknownPatient.issueCode()).isEqualTo("CR-0005");
		assertThat(unknownPatient.expression()).isEqualTo("Bundle.entry[0].resource.subject");
		assertThat(county
			.post("/fhir", bundle("transaction", entry("urn:uuid:o", good.replace("urn:uuid:p", "Patient/R-NOBODY"))))
			.issueCode()).isEqualTo("CR-0005");

		// a check character that is certainly wrong: only one of the eleven is right
		String wrongId = idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0");
		var refusedPatient = county.post("/fhir", bundle("transaction",
				entry("urn:uuid:p", patient.replace(idNumber, wrongId)), entry("urn:uuid:o1", good)));
		assertThat(refusedPatient.status()).isEqualTo(422);
		assertThat(refusedPatient.issueCode()).isEqualTo("CR-0010");
		assertThat(county.post("/fhir", "{\"resourceType\":\"Bundle\",\"type\":\"document\"}").issueCode())
			.isEqualTo("CR-0001");

		// one resource twice in a bundle (as Synthea wrote a DocumentReference in 1 of
		// 1,000 lifetimes): the same
		// fullUrl, or two fullUrls with the same identifier; refused with the second
		// entry's path, not a 500
		String keyed = good.replace("\"status\"", "\"identifier\":[{\"system\":\"urn:sanyi:lab:" + COUNTY
				+ "\",\"value\":\"DUP-" + System.nanoTime() + "\"}],\"status\"");
		var sameUrl = county.post("/fhir", bundle("transaction", entry("urn:uuid:p", patient),
				entry("urn:uuid:o1", good), entry("urn:uuid:o1", good)));
		assertThat(sameUrl.status()).isEqualTo(422);
		assertThat(sameUrl.issueCode()).isEqualTo("CR-0002");
		assertThat(sameUrl.expression()).isEqualTo("Bundle.entry[2].fullUrl");
		var sameKey = county.post("/fhir", bundle("transaction", entry("urn:uuid:p", patient),
				entry("urn:uuid:o1", keyed), entry("urn:uuid:o2", keyed)));
		assertThat(sameKey.status()).isEqualTo(422);
		assertThat(sameKey.expression()).isEqualTo("Bundle.entry[2].resource.identifier");

		assertThat(count("select count(*) from cr_resource")).isEqualTo(resources);
		assertThat(count("select count(*) from idn_source_record")).isEqualTo(sources);
	}

	@Test
	void aBatchAnswersEachEntryOnItsOwn() {
		String rid = county
			.post("/fhir",
					Bundles.visit(COUNTY, "SR-B-" + System.nanoTime(), Bundles.newIdNumber(),
							"VB-" + System.nanoTime()))
			.body()
			.at("/entry/0/response/location")
			.asString()
			.substring(8);
		String good = """
				{"resourceType":"Observation","status":"final","code":{"text":"血糖"},"subject":{"reference":"Patient/%s"},
				 "effectiveDateTime":"2026-11-02T08:00:00+08:00","valueQuantity":{"value":6.1,"unit":"mmol/L"}}"""
			.formatted(rid);
		var answer = county.post("/fhir",
				bundle("batch", entry("urn:uuid:a", good), entry("urn:uuid:b", good.replace("\"final\"", "\"done\""))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("type").asString()).isEqualTo("batch-response");
		assertThat(answer.body().at("/entry/0/response/status").asString()).isEqualTo("201 Created");
		assertThat(answer.body().at("/entry/1/response/status").asString()).startsWith("422");
		assertThat(answer.body().at("/entry/1/response/outcome/issue/0/expression/0").asString())
			.isEqualTo("Bundle.entry[1].resource.status");
		assertThat(county.get("/fhir/Observation?patient=" + rid).body().path("total").asInt()).isEqualTo(3);
	}

	@Test
	void anotherHospitalReadsOnlyWithTheResidentsConsentAndEveryReadIsLogged() {
		String rid = county
			.post("/fhir",
					Bundles.visit(COUNTY, "SR-C-" + System.nanoTime(), Bundles.newIdNumber(),
							"VC-" + System.nanoTime()))
			.body()
			.at("/entry/0/response/location")
			.asString()
			.substring(8);

		var refused = city.get("/fhir/Patient/" + rid + "/$everything");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.issueCode()).isEqualTo("CR-0007");
		assertThat(city.get("/fhir/Observation?patient=" + rid).status()).isEqualTo(403);
		assertThat(count("select count(*) from idn_access where resident_id = '" + rid
				+ "' and username = 'records_city_doctor'"))
			.isZero();

		consents.addConsent(rid, "INSTITUTION", CITY, "ALLOW", null);
		var allowed = city.get("/fhir/Patient/" + rid + "/$everything");
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.body().path("total").asInt()).isEqualTo(9);
		assertThat(count("select count(*) from idn_access where resident_id = '" + rid
				+ "' and username = 'records_city_doctor' and basis = 'CONSENT'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from sec_audit_log where username = 'records_city_doctor' and action = 'READ'"
				+ " and target = '" + rid + "'"))
			.isGreaterThanOrEqualTo(1);

		// the hospital that sent the records reads them as its own patient's
		assertThat(county.get("/fhir/Patient/" + rid + "/$everything").status()).isEqualTo(200);
		assertThat(count("select count(*) from idn_access where resident_id = '" + rid
				+ "' and username = 'doctor' and basis = 'REGISTERED'"))
			.isGreaterThanOrEqualTo(1);
	}

}
