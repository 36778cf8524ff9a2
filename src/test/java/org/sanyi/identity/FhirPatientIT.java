package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.FhirClient;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.healthcode.CardService;
import org.sanyi.security.internal.ApiTokens;
import org.sanyi.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * FHIR R4 Patient for hospitals with bearer tokens: create registers like the REST API
 * (201 new, 200 linked), read and search by identifier within the data scope, audited;
 * errors as OperationOutcome with the IDN code.
 */
@IntegrationTest
class FhirPatientIT {

	static final String ID_SYSTEM = "urn:oid:2.16.156.10011.1.3";

	static final String COUNTY = "H35992100001";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CardService cards;

	FhirClient doctor;

	FhirClient cityClerk;

	@BeforeEach
	void tokens() {
		doctor = new FhirClient(port, tokens.issue(userId("doctor"), "fhir-it", 1));
		cityClerk = new FhirClient(port, tokens.issue(userId("ybb"), "fhir-it", 1));
	}

	long userId(String username) {
		return jdbc.sql("select id from sec_user where username = :u").param("u", username).query(Long.class).single();
	}

	static String patient(String patientNo, String idNumber, String name) {
		return """
				{"resourceType":"Patient",
				 "identifier":[{"system":"urn:sanyi:patient-no:H35992100001","value":"%s"},
				               {"system":"urn:oid:2.16.156.10011.1.3","value":"%s"}],
				 "name":[{"family":"%s","given":["%s"]}],
				 "gender":"female","birthDate":"1979-05-06",
				 "telecom":[{"system":"phone","value":"13905556666"}],
				 "address":[{"text":"福建省青溪市云岫县城关镇北街3号"}]}""".formatted(patientNo, idNumber, name.substring(0, 1),
				name.substring(1));
	}

	@Test
	void createReadAndSearchLikeTheRestApi() {
		String first17 = "35992119790506" + "%03d".formatted((int) (System.nanoTime() % 500) * 2); // even:
																									// female
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		String patientNo = "FHIR-" + System.nanoTime();

		var created = doctor.post("/fhir/Patient", patient(patientNo, idNumber, "欧阳慧琳"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.contentType()).startsWith("application/fhir+json");
		String rid = created.body().path("id").asString();
		assertThat(created.location()).isEqualTo("/fhir/Patient/" + rid);
		assertThat(created.body().path("resourceType").asString()).isEqualTo("Patient");
		assertThat(identifier(created.body(), "urn:oid:2.16.156.10011.1.13")).isEqualTo(rid);
		assertThat(identifier(created.body(), ID_SYSTEM)).startsWith("359921").contains("*").doesNotContain("19790506");
		assertThat(created.body().at("/meta/tag/0/code").asString()).isEqualTo("NEW");
		assertThat(created.body().at("/meta/security/0/code").asString()).isEqualTo("MASKED");
		assertThat(created.body().at("/name/0/text").asString()).isEqualTo("欧阳**");

		// the same person from another patient number of the hospital: linked to the
		// existing resident
		var linked = doctor.post("/fhir/Patient", patient(patientNo + "-B", idNumber, "欧阳慧琳"));
		assertThat(linked.status()).isEqualTo(200);
		assertThat(linked.location()).isNull();
		assertThat(linked.body().path("id").asString()).isEqualTo(rid);
		assertThat(linked.body().at("/meta/tag/0/code").asString()).isEqualTo("AUTO_LINK");
		assertThat(doctor.post("/fhir/Patient", patient(patientNo, idNumber, "欧阳慧琳")).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from idn_source_record where resident_id = :r")
			.param("r", rid)
			.query(Long.class)
			.single()).isEqualTo(2);

		var read = doctor.get("/fhir/Patient/" + rid);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("gender").asString()).isEqualTo("female");
		assertThat(read.body().path("birthDate").asString()).isEqualTo("1979-05-06");
		assertThat(read.body().path("identifier").toString()).contains("urn:sanyi:patient-no:H35992100001")
			.contains(patientNo);

		JsonNode byId = doctor.get("/fhir/Patient?identifier=" + ID_SYSTEM + "|" + idNumber).body();
		assertThat(byId.path("resourceType").asString()).isEqualTo("Bundle");
		assertThat(byId.path("type").asString()).isEqualTo("searchset");
		assertThat(byId.path("total").asInt()).isEqualTo(1);
		assertThat(byId.at("/entry/0/resource/id").asString()).isEqualTo(rid);
		assertThat(byId.at("/entry/0/search/mode").asString()).isEqualTo("match");
		assertThat(doctor.get("/fhir/Patient?identifier=urn:sanyi:patient-no:" + COUNTY + "|" + patientNo + "-B")
			.body()
			.at("/entry/0/resource/id")
			.asString()).isEqualTo(rid);
		assertThat(
				doctor.get("/fhir/Patient?identifier=urn:oid:2.16.156.10011.1.13|" + rid).body().path("total").asInt())
			.isEqualTo(1);
		assertThat(doctor.get("/fhir/Patient?identifier=" + ID_SYSTEM + "|110101199001011234")
			.body()
			.path("total")
			.asInt()).isZero();

		// audited like the REST API: platform audit log and the resident's access log
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where resource = 'identity:resident' and target = :r
				and username = 'doctor'""").param("r", rid).query(Long.class).single()).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("select count(*) from idn_access where resident_id = :r and username = 'doctor'")
			.param("r", rid)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);

		// another hospital without consent: not found, and the search finds nothing
		var other = cityClerk.get("/fhir/Patient/" + rid);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(other.body().at("/issue/0/code").asString()).isEqualTo("not-found");
		assertThat(cityClerk.get("/fhir/Patient?identifier=" + ID_SYSTEM + "|" + idNumber).body().path("total").asInt())
			.isZero();
	}

	@Test
	void searchByHealthCardFindsTheDemoResident() {
		String card = cards.activeCardNumber("demo-resident-1").orElseGet(() -> cards.issue("demo-resident-1"));
		var found = doctor.get("/fhir/Patient?identifier=urn:oid:2.16.156.10011.1.19|" + card.replace(" ", ""));
		assertThat(found.body().path("total").asInt()).isEqualTo(1);
		JsonNode p = found.body().at("/entry/0/resource");
		assertThat(p.path("id").asString()).isEqualTo("demo-resident-1");
		assertThat(p.at("/name/0/text").asString()).isEqualTo("李**");
		assertThat(p.path("identifier").toString()).contains("urn:oid:2.16.156.10011.1.19")
			.doesNotContain(card.replace(" ", ""));
		// the county hospital sees its own patient number of her, not the city hospital's
		assertThat(p.path("identifier").toString()).contains("urn:sanyi:patient-no:H35992100001")
			.doesNotContain("urn:sanyi:patient-no:H35990000001");
		// a reissued card: the old number finds no one any more, the new one does
		String reissued = cards.issue("demo-resident-1");
		assertThat(doctor.get("/fhir/Patient?identifier=urn:oid:2.16.156.10011.1.19|" + card.replace(" ", ""))
			.body()
			.path("total")
			.asInt()).isZero();
		assertThat(doctor.get("/fhir/Patient?identifier=urn:oid:2.16.156.10011.1.19|" + reissued.replace(" ", ""))
			.body()
			.path("total")
			.asInt()).isEqualTo(1);
	}

	@Test
	void badInputIsAnOperationOutcomeAndSavesNothing() {
		long before = jdbc.sql("select count(*) from idn_source_record").query(Long.class).single();
		String first17 = "35992119790506001";
		String wrong = first17 + (IdNumber.checkCharacter(first17) == '1' ? '2' : '1');
		var invalidId = doctor.post("/fhir/Patient", patient("FHIR-BAD-1", wrong, "司马无效"));
		assertThat(invalidId.status()).isEqualTo(422);
		assertThat(invalidId.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(invalidId.issueCode()).isEqualTo("IDN-0001");
		assertThat(invalidId.issueText()).contains("身份证");
		assertThat(invalidId.body().at("/issue/0/code").asString()).isEqualTo("business-rule");

		var noPatientNo = doctor.post("/fhir/Patient", """
				{"resourceType":"Patient","name":[{"text":"上官无号"}],"gender":"male"}""");
		assertThat(noPatientNo.status()).isEqualTo(422);
		assertThat(noPatientNo.issueCode()).isEqualTo("IDN-0012");

		var noName = doctor.post("/fhir/Patient",
				"""
						{"resourceType":"Patient","identifier":[{"system":"urn:sanyi:patient-no:H35992100001","value":"FHIR-BAD-2"}]}""");
		assertThat(noName.status()).isEqualTo(422);
		assertThat(noName.issueCode()).isEqualTo("IDN-0005");

		var notJson = doctor.post("/fhir/Patient", "<Patient/>");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.issueCode()).isEqualTo("IDN-0020");
		var observation = doctor.post("/fhir/Patient", "{\"resourceType\":\"Observation\",\"status\":\"final\"}");
		assertThat(observation.status()).isEqualTo(400);
		assertThat(observation.issueCode()).isEqualTo("IDN-0020");
		assertThat(jdbc.sql("select count(*) from idn_source_record").query(Long.class).single()).isEqualTo(before);

		var noBar = doctor.get("/fhir/Patient?identifier=359921197905060011");
		assertThat(noBar.status()).isEqualTo(400);
		assertThat(noBar.issueCode()).isEqualTo("IDN-0021");
		assertThat(doctor.get("/fhir/Patient?identifier=http://example.org/mrn|1").issueCode()).isEqualTo("IDN-0021");
		assertThat(doctor.get("/fhir/Patient").status()).isEqualTo(400);
		var unknown = doctor.get("/fhir/Patient/R999999999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.issueCode()).isEqualTo("SH-0004");

		// a regulator may read but not register
		var regulator = new FhirClient(port, tokens.issue(userId("wjw"), "fhir-it", 1));
		var denied = regulator.post("/fhir/Patient", patient("FHIR-BAD-3", "359921197905060011", "司马无权"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
	}

	@Test
	void capabilityStatementDescribesPatient() {
		var cs = doctor.get("/fhir/metadata");
		assertThat(cs.status()).isEqualTo(200);
		assertThat(cs.body().path("resourceType").asString()).isEqualTo("CapabilityStatement");
		assertThat(cs.body().path("fhirVersion").asString()).isEqualTo("4.0.1");
		assertThat(cs.body().at("/rest/0/resource/0/type").asString()).isEqualTo("Patient");
		assertThat(cs.body().at("/rest/0/resource/0/searchParam/0/name").asString()).isEqualTo("identifier");
		assertThat(cs.body().at("/rest/0/resource/0/interaction").toString()).contains("read")
			.contains("create")
			.contains("search-type");
	}

	@Test
	void theCapabilityStatementIsPublicAndPatientsNeedAToken() throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		var metadata = http.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/fhir/metadata"))
					.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(metadata.statusCode()).isEqualTo(200);
		assertThat(metadata.body()).contains("CapabilityStatement");
		var patient = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/fhir/Patient/R000000000001"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(patient.statusCode()).as("no login redirect for FHIR clients").isEqualTo(401);
	}

	static String identifier(JsonNode patient, String system) {
		for (JsonNode i : patient.path("identifier")) {
			if (system.equals(i.path("system").asString())) {
				return i.path("value").asString();
			}
		}
		return null;
	}

}
