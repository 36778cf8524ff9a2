package org.sanyi.clinical.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;
import org.sanyi.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results sent by the city hospital become reusable for the county hospital's orders:
 * offered within the item's window from an assessed laboratory, answered at once for a
 * FHIR ServiceRequest; an acceptance saves the item's catalogue price, a decline needs a
 * reason from the national list, and a lookup is decided once.
 */
@IntegrationTest
class RecognitionIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	final HttpClient http = HttpClient.newHttpClient();

	record Answer(int status, JsonNode body) {
	}

	Answer post(String token, String path, String contentType, String body) throws Exception {
		var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
	}

	static String day(int daysAgo) {
		return LocalDate.now(ZONE).minusDays(daysAgo) + "T09:00:00+08:00";
	}

	static String lab(String fullUrl, String loinc, String name, String value, String unit, int daysAgo) {
		return """
				{"fullUrl":"%s","request":{"method":"POST","url":"Observation"},"resource":{"resourceType":"Observation",
				 "status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],
				 "code":{"coding":[{"system":"http://loinc.org","code":"%s","display":"%s"}]},"subject":{"reference":"urn:uuid:p"},
				 "effectiveDateTime":"%s","valueQuantity":{"value":%s,"unit":"%s"}}}"""
			.formatted(fullUrl, loinc, name, day(daysAgo), value, unit);
	}

	@Test
	void aCityResultIsOfferedToTheCountyAndAcceptedOnce() throws Exception {
		String first17 = "35992119700101" + "%03d".formatted((int) (System.nanoTime() % 499) * 2 + 1);
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		long cityDoctor = accounts.ensure(new NewAccount("records_city_doctor", "Sanyi@2026", "周敏（市第一医院）", "DOCTOR",
				"359900", "H35990000001", null, null));
		String city = tokens.issue(cityDoctor, "recognition-it", 1);
		String county = tokens.issue(
				jdbc.sql("select id from sec_user where username = 'doctor'").query(Long.class).single(),
				"recognition-it", 1);
		String bundle = """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:p","request":{"method":"POST","url":"Patient"},"resource":{"resourceType":"Patient",
				  "identifier":[{"system":"urn:sanyi:patient-no:H35990000001","value":"RC-%s"},
				                {"system":"urn:oid:2.16.156.10011.1.3","value":"%s"}],
				  "name":[{"text":"吴国栋"}],"gender":"male","birthDate":"1970-01-01"}},
				 %s, %s, %s,
				 {"fullUrl":"urn:uuid:ct","request":{"method":"POST","url":"ImagingStudy"},"resource":{"resourceType":"ImagingStudy",
				  "status":"available","subject":{"reference":"urn:uuid:p"},"started":"%s","description":"胸部CT平扫",
				  "series":[{"uid":"1.2.156.9.%s","modality":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"CT"},
				             "bodySite":{"system":"http://snomed.info/sct","code":"51185008","display":"胸部"}}]}}]}"""
			.formatted(System.nanoTime(), idNumber, lab("urn:uuid:k", "2823-3", "血钾", "4.1", "mmol/L", 2),
					lab("urn:uuid:k-old", "2823-3", "血钾", "3.9", "mmol/L", 12),
					lab("urn:uuid:a1c", "4548-4", "糖化血红蛋白", "7.2", "%", 20), day(5), System.nanoTime());
		var stored = post(city, "/fhir", "application/fhir+json", bundle);
		assertThat(stored.status()).isEqualTo(200);
		String rid = stored.body().at("/entry/0/response/location").asString().substring("Patient/".length());
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from crr_result where resident_id = :r")
			.param("r", rid)
			.query(Long.class)
			.single() < 4; i++) {
			Thread.sleep(100);
		}

		// potassium: only the result of two days ago is within its 7 days; the county
		// doctor has no consent
		var potassium = post(county, "/api/recognition/lookups", "application/json",
				"{\"residentId\":\"" + rid + "\",\"itemCode\":\"HR-L003\"}");
		assertThat(potassium.status()).isEqualTo(200);
		assertThat(potassium.body().path("offers")).hasSize(1);
		JsonNode offer = potassium.body().at("/offers/0");
		assertThat(offer.path("institutionCode").asString()).isEqualTo("H35990000001");
		assertThat(offer.path("valueShown").asBoolean()).isFalse();
		assertThat(offer.path("value").isNull()).isTrue();
		// the lookup read the resident's results: one READ row in the audit log,
		// whichever way access was decided
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where action = 'READ' and resource = 'identity:resident'
				and target = :r and detail like 'recognition%HR-L003%'""").param("r", rid).query(Long.class).single())
			.isEqualTo(1);

		// HbA1c ordered by the HIS as a FHIR ServiceRequest coded with LOINC
		var hba1c = post(county, "/fhir/ServiceRequest", "application/fhir+json",
				"""
						{"resourceType":"ServiceRequest","status":"active","intent":"order",
						 "code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},"subject":{"reference":"Patient/%s"}}"""
					.formatted(rid));
		assertThat(hba1c.status()).isEqualTo(200);
		assertThat(hba1c.body().at("/item/code").asString()).isEqualTo("HR-L005");
		assertThat(hba1c.body().path("offers")).hasSize(1);
		assertThat(hba1c.body().path("price").decimalValue()).isEqualByComparingTo("45.00");
		long lookup = hba1c.body().path("lookupId").asLong();
		String reference = hba1c.body().at("/offers/0/reference").asString();

		var noReason = post(county, "/api/recognition/lookups/" + lookup + "/decision", "application/json",
				"{\"accept\":false}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().path("code").asString()).isEqualTo("CRR-0004");
		var wrong = post(county, "/api/recognition/lookups/" + lookup + "/decision", "application/json",
				"{\"accept\":true,\"resultReference\":\"Observation/not-offered\"}");
		assertThat(wrong.body().path("code").asString()).isEqualTo("CRR-0005");

		var accepted = post(county, "/api/recognition/lookups/" + lookup + "/decision", "application/json",
				"{\"accept\":true,\"resultReference\":\"" + reference + "\"}");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body().path("saved").decimalValue()).isEqualByComparingTo("45.00");
		var again = post(county, "/api/recognition/lookups/" + lookup + "/decision", "application/json",
				"{\"accept\":false,\"reason\":\"PATIENT_REQUEST\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().path("code").asString()).isEqualTo("CRR-0003");

		// the chest CT is declined with a reason from the national list
		var ct = post(county, "/api/recognition/lookups", "application/json",
				"{\"residentId\":\"" + rid + "\",\"itemCode\":\"HR-I001\"}");
		assertThat(ct.body().path("offers")).hasSize(1);
		var declined = post(county, "/api/recognition/lookups/" + ct.body().path("lookupId").asLong() + "/decision",
				"application/json", "{\"accept\":false,\"reason\":\"CONDITION_CHANGED\"}");
		assertThat(declined.status()).isEqualTo(200);
		assertThat(jdbc.sql("""
				select decision || ':' || coalesce(reason, '') || ':' || coalesce(saved, 0) from crr_lookup
				where resident_id = :r and decision is not null order by id""")
			.param("r", rid)
			.query(String.class)
			.list()).containsExactly("ACCEPT::45.00", "DECLINE:CONDITION_CHANGED:0.00");

		// nothing recognisable for an item never done
		assertThat(post(county, "/api/recognition/lookups", "application/json",
				"{\"residentId\":\"" + rid + "\",\"itemCode\":\"HR-I003\"}")
			.body()
			.path("offers")).isEmpty();
	}

}
