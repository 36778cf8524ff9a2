package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.registration.MpiRepository;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registration decisions, validation, data scope and audit of reads, merge and unmerge.
 */
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

	@Autowired
	HealthCards cards;

	static String id(String region, String birth, int seq) {
		String first17 = region + birth + String.format("%03d", seq);
		return first17 + IdNumber.checkCharacter(first17);
	}

	static String json(String patientNo, String name, String sex, String birth, String idNumber, String phone,
			String address) {
		return """
				{"patientNo":"%s","name":"%s","sex":"%s","birthDate":%s,"idNumber":%s,"phone":%s,"address":%s}"""
			.formatted(patientNo, name, sex, birth == null ? "null" : "\"" + birth + "\"", q(idNumber), q(phone),
					q(address));
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
			.param("r", namesake.body().path("residentId").asString())
			.param("c", rid)
			.query(Long.class)
			.single()).isEqualTo(1);

		var stranger = doctor.postJson("/api/identity/patients",
				json("T-1002", "覃测红", "2", "1988-12-01", id("359921", "19881201", 142), null, null));
		assertThat(stranger.body().path("decision").asString()).isEqualTo("NEW");

		var again = doctor.postJson("/api/identity/patients",
				json("T-1002", "覃测红", "2", "1988-12-01", id("359921", "19881201", 142), null, null));
		assertThat(again.body().path("rule").asString()).isEqualTo("SAME_SOURCE");
		assertThat(again.body().path("residentId").asString()).isEqualTo(stranger.body().path("residentId").asString());

		assertThat(index.findByIdNumber(idNo)).get().extracting(Resident::residentId).isEqualTo(rid);
		assertThat(index.identifiers(rid)).extracting(i -> i.type().name()).contains("ID_NUMBER", "PATIENT_NO");
		// stored encrypted: the clear number is nowhere in the table
		assertThat(jdbc.sql("select count(*) from idn_resident where id_number_enc like '%' || :n || '%'")
			.param("n", idNo)
			.query(Long.class)
			.single()).isZero();
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
		String mine = doctor
			.postJson("/api/identity/patients",
					json("S-1", "单测一", "1", "1965-05-06", id("359921", "19650506", 171), "13900003333", null))
			.body()
			.path("residentId")
			.asString();
		String theirs = clerk
			.postJson("/api/identity/patients",
					json("S-2", "上官测二", "2", "1992-07-08", id("359900", "19920708", 182), null, null))
			.body()
			.path("residentId")
			.asString();

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
		assertThat(jdbc.sql("select basis from idn_access where resident_id = :r")
			.param("r", theirs)
			.query(String.class)
			.list()).contains("BREAK_GLASS", "REGION");
	}

	@Test
	void mergeAndUnmergeKeepHistory() {
		var doctor = new IdentityApiClient(port, "doctor");
		String a = doctor
			.postJson("/api/identity/patients", json("M-1", "曾测甲", "1", "1950-01-02", null, "13900004444", null))
			.body()
			.path("residentId")
			.asString();
		String b = doctor
			.postJson("/api/identity/patients", json("M-2", "郑测乙", "2", "1951-02-03", null, "13900005555", null))
			.body()
			.path("residentId")
			.asString();
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

	@Test
	void aPopulationLoadLinksByIdNumberGivesEveryoneACardAndIsRefusedWholeForOneBadRecord() {
		String known = id("359921", "19660512", 171);
		String knownId = index
			.register(CITY_HOSPITAL,
					new PatientRegistration("P-1", "柯测原", "1", LocalDate.of(1966, 5, 12), known, null, null, null))
			.residentId();
		String fresh = id("359921", "19720830", 182);
		List<PopulationRecord> list = List.of(
				new PopulationRecord(COUNTY_HOSPITAL,
						new PatientRegistration("P-2", "柯测原", "1", LocalDate.of(1966, 5, 12), known, "13900007777",
								"青溪市云岫县城关镇批量路1号", "3599009900000101"),
						"359900"),
				new PopulationRecord(COUNTY_HOSPITAL, new PatientRegistration("P-3", "岑测新", "2",
						LocalDate.of(1972, 8, 30), fresh, null, null, "3599009900000102"), "359900"));

		assertThat(index.registerPopulation(list)).isEqualTo(new PopulationLoad(1, 1, 0));

		// the known person linked by the ID number, the new one created; both with the
		// psn_no and a card
		assertThat(index.findByPsnNo("3599009900000101")).map(Resident::residentId).contains(knownId);
		String freshId = index.findByIdNumber(fresh).orElseThrow().residentId();
		assertThat(index.findByPsnNo("3599009900000102")).map(Resident::residentId).contains(freshId);
		assertThat(cards.activeCardNumber(knownId)).isPresent();
		assertThat(cards.activeCardNumber(freshId)).isPresent();
		assertThat(jdbc.sql("select count(*) from idn_voucher_account where resident_id = :r and psn_no = :p")
			.param("r", freshId)
			.param("p", "3599009900000102")
			.query(Long.class)
			.single()).isOne();
		assertThat(index.registerPopulation(list)).isEqualTo(new PopulationLoad(0, 0, 2));

		long residents = count("idn_resident");
		long sources = count("idn_source_record");
		long identifiers = count("idn_identifier");
		long cardsIssued = count("idn_card");
		PopulationRecord good = new PopulationRecord(COUNTY_HOSPITAL, new PatientRegistration("P-4", "岑测好", "1",
				LocalDate.of(1980, 1, 1), id("359921", "19800101", 193), null, null, null), null);
		String goodId = id("359921", "19800101", 195);
		String badChecksum = goodId.substring(0, 17) + (goodId.charAt(17) == '0' ? '1' : '0');
		PopulationRecord bad = new PopulationRecord(COUNTY_HOSPITAL,
				new PatientRegistration("P-5", "岑测坏", "1", LocalDate.of(1980, 1, 1), badChecksum, null, null, null),
				null);
		PopulationRecord nowhere = new PopulationRecord("H00000000000",
				new PatientRegistration("P-6", "岑测外", "1", LocalDate.of(1980, 1, 1), goodId, null, null, null), null);
		assertThatThrownBy(() -> index.registerPopulation(List.of(good, bad)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.error().code()).isEqualTo("IDN-0001"));
		assertThatThrownBy(() -> index.registerPopulation(List.of(good, nowhere)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.error().code()).isEqualTo("SH-0004"));
		assertThat(count("idn_resident")).isEqualTo(residents);
		assertThat(count("idn_source_record")).isEqualTo(sources);
		assertThat(count("idn_identifier")).isEqualTo(identifiers);
		assertThat(count("idn_card")).isEqualTo(cardsIssued);
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
