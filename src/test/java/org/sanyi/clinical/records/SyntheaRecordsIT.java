package org.sanyi.clinical.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.FhirClient;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.records.SyntheaBundles.Converted;
import org.sanyi.clinical.records.SyntheaBundles.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Synthea's patients (generated with a fixed seed by Synthea 3.3.0 from Maven Central)
 * become residents of the demo city: each is mapped to a demo resident of the same sex
 * and nearest birth date without records yet, sent by the county hospital as one FHIR
 * transaction, resolved by the master patient index to that resident by the ID number,
 * and returned whole by {@code $everything}, type by type. Synthea's bundle as it comes
 * (claims, benefit statements, care plans…) is refused, naming the first entry the shared
 * record does not keep, and nothing of it is stored.
 */
@IntegrationTest
class SyntheaRecordsIT {

	static final String COUNTY = "H35992100001";

	static final int PATIENTS = 6;

	static final long SEED = 20260601L;

	static List<Path> files;

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentIndex index;

	FhirClient county;

	@BeforeAll
	static void generate() throws Exception {
		Path out = Path.of("target", "synthea-it", SEED + "-" + PATIENTS);
		files = SyntheaBundles.patientFiles(out);
		if (files.size() < PATIENTS) {
			files = SyntheaRun.generate(out, PATIENTS, SEED, "30-75", 5);
		}
	}

	@BeforeEach
	void client() {
		long doctor = jdbc.sql("select id from sec_user where username = 'doctor'").query(Long.class).single();
		county = new FhirClient(port, tokens.issue(doctor, "synthea-it", 1));
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * Living adults of the demo city with an ID number and nothing in the shared record.
	 */
	List<Resident> demoResidents() {
		return jdbc.sql("""
				select r.resident_id, r.name, r.sex, r.birth_date from idn_resident r
				where r.status = 'ACTIVE' and r.id_number_enc is not null and r.sex in ('1', '2')
				  and r.birth_date between date '1945-01-01' and date '1996-12-31'
				  and not exists (select 1 from cr_resource c where c.resident_id = r.resident_id)
				  and not exists (select 1 from idn_death d where d.resident_id = r.resident_id)
				order by r.resident_id limit 400""")
			.query((rs, n) -> new Resident(rs.getString(1), null, rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list()
			.stream()
			.map(r -> index.idNumberOf(r.residentId())
				.map(id -> new Resident(r.residentId(), id, r.name(), r.sex(), r.birthDate()))
				.orElse(null))
			.filter(r -> r != null)
			.toList();
	}

	@Test
	void syntheaPatientsBecomeDemoResidentsAndComeBackWhole() throws Exception {
		assertThat(files).hasSize(PATIENTS);
		List<Resident> pool = demoResidents();
		assertThat(pool).hasSizeGreaterThan(PATIENTS);
		Set<String> used = new HashSet<>();
		Map<String, Integer> droppedTypes = new TreeMap<>();
		int stored = 0;
		for (int i = 0; i < files.size(); i++) {
			JsonNode synthea = SyntheaBundles.read(files.get(i));
			Resident resident = SyntheaBundles.match(synthea, pool, used);
			assertThat(resident).isNotNull();
			used.add(resident.idNumber());
			Converted c = SyntheaBundles.convert(synthea, resident, COUNTY, "SYN-IT-" + System.nanoTime());
			c.dropped().forEach((k, v) -> droppedTypes.merge(k, v, Integer::sum));
			assertThat(c.json()).doesNotContain("us-ssn", "passport-USA");

			var answer = county.post("/fhir", c.json());
			assertThat(answer.status()).as("%s: %s", files.get(i), answer.body()).isEqualTo(200);
			assertThat(answer.body().path("type").asString()).isEqualTo("transaction-response");
			assertThat(answer.body().path("entry")).hasSize(c.entries());
			// the master patient index resolved the Patient to the demo resident by the
			// ID number
			String rid = resident.residentId();
			assertThat(answer.body().at("/entry/0/response/location").asString()).isEqualTo("Patient/" + rid);

			var everything = county.get("/fhir/Patient/" + rid + "/$everything");
			assertThat(everything.status()).isEqualTo(200);
			assertThat(everything.body().path("total").asInt()).isEqualTo(1 + c.stored());
			Map<String, Integer> byType = new TreeMap<>();
			for (JsonNode e : everything.body().path("entry")) {
				byType.merge(e.at("/resource/resourceType").asString(), 1, Integer::sum);
			}
			assertThat(byType).isEqualTo(c.kept());
			String text = everything.body().toString();
			// no reference left to a bundle entry (Synthea's identifiers are urn:uuid
			// values too)
			assertThat(text).doesNotContain("\"reference\":\"urn:uuid:")
				.contains("\"reference\":\"Patient/" + rid + "\"");
			assertThat(jdbc.sql("select count(*) from cr_resource where resident_id = :rid")
				.param("rid", rid)
				.query(Long.class)
				.single()).isEqualTo(c.stored());
			stored += c.stored();
		}
		// Synthea's insurance, care planning and supply resources were there and left out
		assertThat(droppedTypes).containsKeys("Claim", "ExplanationOfBenefit", "Provenance");
		assertThat(stored).isGreaterThan(PATIENTS * 20);
	}

	@Test
	void syntheasOwnBundleIsRefusedNamingTheFirstEntryNotKept() throws Exception {
		JsonNode synthea = SyntheaBundles.read(files.getFirst());
		int first = -1;
		JsonNode entries = synthea.path("entry");
		for (int i = 0; i < entries.size() && first < 0; i++) {
			String type = entries.get(i).at("/resource/resourceType").asString();
			if (!"Patient".equals(type)
					&& !org.sanyi.clinical.records.ingest.BundleReader.STORED_TYPES.contains(type)) {
				first = i;
			}
		}
		assertThat(first).isPositive();
		long resources = count("select count(*) from cr_resource");
		long sources = count("select count(*) from idn_source_record");

		var refused = county.post("/fhir", SyntheaBundles.JSON.writeValueAsString(synthea));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.issueCode()).isEqualTo("CR-0003");
		assertThat(refused.expression()).isEqualTo("Bundle.entry[" + first + "].resource.resourceType");
		assertThat(count("select count(*) from cr_resource")).isEqualTo(resources);
		assertThat(count("select count(*) from idn_source_record")).isEqualTo(sources);
	}

}
