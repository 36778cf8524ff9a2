package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.registration.MpiRepository;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration decisions, validation, data scope and audit of reads, merge and unmerge. */
@IntegrationTest
class ResidentIndexIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String CITY_HOSPITAL = "H35990000001";

	@LocalServerPort
	int port;

	@Autowired
	ResidentIndexService index;

	@Autowired
	MpiRepository repository;

	@Autowired
	JdbcClient jdbc;

	static String id(String region, String birth, int seq) {
		String first17 = region + birth + String.format("%03d", seq);
		return first17 + IdNumber.checkCharacter(first17);
	}

	static String json(String patientNo, String name, String sex, String birth, String idNumber, String phone,
			String address) {
		return """
				{"patientNo":"%s","name":"%s","sex":"%s","birthDate":%s,"idNumber":%s,"phone":%s,"address":%s}"""
			.formatted(patientNo, name, sex, birth == null ? "null" : "\"" + birth + "\"",
					q(idNumber), q(phone), q(address));
	}

	static String q(String v) {
		return v == null ? "null" : "\"" + v + "\"";
	}

	@Test
	void deterministicAndProbabilisticLinksReviewAndNew() {
		var doctor = new IdentityApiClient(port, "doctor");
		var clerk = new IdentityApiClient(port, "ybb");
		String idNo = id("359921", "19710304", 131);
		var first = doctor.postJson("/api/identity/patients",
				json("T-1001", "欧阳测明", "1", "1971-03-04", idNo, "13900001111", "青溪市云岫县城关镇测试路1号"));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("decision").asString()).isEqualTo("NEW");
		String rid = first.body().path("residentId").asString();
		assertThat(first.body().toString()).doesNotContain(idNo).contains(idNo.substring(0, 6) + "********");

		var second = clerk.postJson("/api/identity/patients",
				json("C-77", "欧阳测明", "1", "1971-03-04", idNo, "13900002222", null));
		assertThat(second.body().path("decision").asString()).isEqualTo("AUTO_LINK");
		assertThat(second.body().path("rule").asString()).isEqualTo("DETERMINISTIC_ID");
		assertThat(second.body().path("residentId").asString()).isEqualTo(rid);

		var third = clerk.postJson("/api/identity/patients",
				json("C-78", "欧阳测明", "1", "1971-03-04", null, "13900001111", "青溪市云岫县城关镇测试路1号"));
		assertThat(third.body().path("decision").asString()).isEqualTo("AUTO_LINK");
		assertThat(third.body().path("rule").asString()).isEqualTo("PROBABILISTIC");
		assertThat(third.body().path("residentId").asString()).isEqualTo(rid);

		var namesake = clerk.postJson("/api/identity/patients",
				json("C-79", "欧阳测明", "1", "1971-03-04", null, null, null));
		assertThat(namesake.body().path("decision").asString()).isEqualTo("REVIEW");
		assertThat(namesake.body().path("residentId").asString()).isNotEqualTo(rid);
		assertThat(jdbc.sql("select count(*) from idn_review where resident_id = :r and candidate_resident_id = :c")
			.param("r", namesake.body().path("residentId").asString()).param("c", rid).query(Long.class).single())
			.isEqualTo(1);

		var stranger = doctor.postJson("/api/identity/patients",
				json("T-1002", "覃测红", "2", "1988-12-01", id("359921", "19881201", 142), null, null));
		assertThat(stranger.body().path("decision").asString()).isEqualTo("NEW");

		var again = doctor.postJson("/api/identity/patients",
				json("T-1002", "覃测红", "2", "1988-12-01", id("359921", "19881201", 142), null, null));
		assertThat(again.body().path("rule").asString()).isEqualTo("SAME_SOURCE");
		assertThat(again.body().path("residentId").asString()).isEqualTo(stranger.body().path("residentId").asString());

		assertThat(index.findByIdNumber(idNo)).get().extracting(Resident::residentId).isEqualTo(rid);
		assertThat(index.identifiers(rid)).extracting(i -> i.type().name())
			.contains("ID_NUMBER", "PATIENT_NO");
		// stored encrypted: the clear number is nowhere in the table
		assertThat(jdbc.sql("select count(*) from idn_resident where id_number_enc like '%' || :n || '%'")
			.param("n", idNo).query(Long.class).single()).isZero();
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		var doctor = new IdentityApiClient(port, "doctor");
		long residents = count("idn_resident");
		long sources = count("idn_source_record");
		long identifiers = count("idn_identifier");
		String good = id("359921", "19800101", 151);
		String badChecksum = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		var bad = doctor.postJson("/api/identity/patients", json("B-1", "林测", "1", null, badChecksum, null, null));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("IDN-0001");
		assertThat(bad.body().toString()).doesNotContain(badChecksum);
		var future = doctor.postJson("/api/identity/patients", json("B-2", "林测", "1", "2999-01-01", null, null, null));
		assertThat(future.code()).isEqualTo("IDN-0002");
		var noName = doctor.postJson("/api/identity/patients", json("B-3", " ", "1", "1980-01-01", null, null, null));
		assertThat(noName.code()).isEqualTo("IDN-0005");
		var wrongSex = doctor.postJson("/api/identity/patients", json("B-4", "林测", "2", null, good, null, null));
		assertThat(wrongSex.code()).isEqualTo("IDN-0004");
		assertThat(count("idn_resident")).isEqualTo(residents);
		assertThat(count("idn_source_record")).isEqualTo(sources);
		assertThat(count("idn_identifier")).isEqualTo(identifiers);
	}

	@Test
	void readsAreScopedAndAudited() {
		var doctor = new IdentityApiClient(port, "doctor");
		var clerk = new IdentityApiClient(port, "ybb");
		String mine = doctor.postJson("/api/identity/patients",
				json("S-1", "单测一", "1", "1965-05-06", id("359921", "19650506", 171), "13900003333", null))
			.body().path("residentId").asString();
		String theirs = clerk.postJson("/api/identity/patients",
				json("S-2", "上官测二", "2", "1992-07-08", id("359900", "19920708", 182), null, null))
			.body().path("residentId").asString();

		var read = doctor.get("/api/identity/residents/" + mine);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("basis").asString()).isEqualTo("REGISTERED");
		assertThat(read.body().path("phone").asString()).isEqualTo("139****3333");
		assertThat(doctor.get("/api/identity/residents/" + theirs).status()).isEqualTo(404);
		var glass = doctor.get("/api/identity/residents/" + theirs + "?breakGlass=true&reason=urgent");
		assertThat(glass.status()).isEqualTo(200);
		assertThat(glass.body().path("basis").asString()).isEqualTo("BREAK_GLASS");
		assertThat(new IdentityApiClient(port, "wjw").get("/api/identity/residents/" + theirs).status()).isEqualTo(200);
		assertThat(new IdentityApiClient(port, "wjw_county").get("/api/identity/residents/" + theirs).status())
			.isEqualTo(404);
		assertThat(new IdentityApiClient(port, "resident").get("/api/identity/residents/" + mine).status())
			.isEqualTo(404);

		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where action = 'READ' and resource = 'identity:resident'
				and target = :t and username = 'doctor'""").param("t", mine).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select basis from idn_access where resident_id = :r").param("r", theirs)
			.query(String.class).list()).contains("BREAK_GLASS", "REGION");
	}

	@Test
	void mergeAndUnmergeKeepHistory() {
		var doctor = new IdentityApiClient(port, "doctor");
		String a = doctor.postJson("/api/identity/patients",
				json("M-1", "曾测甲", "1", "1950-01-02", null, "13900004444", null)).body().path("residentId").asString();
		String b = doctor.postJson("/api/identity/patients",
				json("M-2", "郑测乙", "2", "1951-02-03", null, "13900005555", null)).body().path("residentId").asString();
		long merge = index.merge(a, b);
		assertThat(index.find(b)).get().extracting(Resident::status).isEqualTo("MERGED");
		assertThat(repository.sourcesOf(a)).hasSize(2);
		assertThat(repository.sourcesOf(b)).isEmpty();
		index.unmerge(merge);
		assertThat(index.find(b)).get().extracting(Resident::status).isEqualTo("ACTIVE");
		assertThat(repository.sourcesOf(a)).extracting(s -> s.patientNo()).containsExactly("M-1");
		assertThat(repository.sourcesOf(b)).extracting(s -> s.patientNo()).containsExactly("M-2");
		assertThat(repository.history(a)).extracting(MpiRepository.LinkEvent::action)
			.containsExactly("NEW", "MERGE", "UNMERGE");
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
