package org.sanyi.identity.registration;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.ResidentContacts;
import org.sanyi.identity.ResidentContacts.SharedPhone;
import org.sanyi.shared.IdNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一个手机号关联多人 from the golden records: one phone written three ways by three insured
 * persons is one phone (grouped by its blind index, identity V10), two persons are not
 * enough for three, a merged resident does not count, and a resident stored before V10
 * (no index, the phone as typed) counts the same before and after
 * {@link PhoneIndexBackfill} gives it one.
 */
@IntegrationTest
class ResidentContactsIT {

	static final String HOSPITAL = "H35992100001";

	@Autowired
	ResidentIndexService index;

	@Autowired
	ResidentContacts contacts;

	@Autowired
	PhoneIndexBackfill backfill;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityKeys keys;

	@Test
	void onePhoneWrittenThreeWaysIsSharedByThreePersons() {
		String a = register("PH-1001", "赵测甲", 101, "138 5997 0001", "PSNPH0000001");
		String b = register("PH-1002", "钱测乙", 102, "+86 13859970001", "PSNPH0000002");
		register("PH-1003", "孙测丙", 103, "138-5997-0001", "PSNPH0000003");
		register("PH-1004", "李测丁", 104, "13859970002", "PSNPH0000004");
		register("PH-1005", "周测戊", 105, "13859970002", "PSNPH0000005");
		String bidx = jdbc.sql("select phone_bidx from idn_resident where resident_id = :r")
			.param("r", a)
			.query(String.class)
			.single();
		assertThat(bidx).hasSize(64).doesNotContain("13859970001");

		assertThat(ours(contacts.sharedPhones(3)))
			.containsExactly(new SharedPhone("138****0001", List.of("PSNPH0000001", "PSNPH0000002", "PSNPH0000003")));
		assertThat(ours(contacts.sharedPhones(2))).extracting(SharedPhone::phoneMasked)
			.containsExactly("138****0001", "138****0002");

		// stored before V10 (or by a node not yet upgraded), and as typed: counted all
		// the
		// same, then given its index by the backfill
		jdbc.sql("update idn_resident set phone_bidx = null, phone_enc = :p where resident_id = :r")
			.param("p", keys.encrypt("+86 138 5997 0001"))
			.param("r", b)
			.update();
		assertThat(ours(contacts.sharedPhones(3))).extracting(SharedPhone::psnNos)
			.containsExactly(List.of("PSNPH0000001", "PSNPH0000002", "PSNPH0000003"));
		assertThat(backfill.fill()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select phone_bidx from idn_resident where resident_id = :r")
			.param("r", b)
			.query(String.class)
			.single()).isEqualTo(bidx);
		assertThat(backfill.fill()).isZero();

		// a resident merged into another is no longer a person of its own
		jdbc.sql("update idn_resident set status = 'MERGED' where resident_id = :r").param("r", a).update();
		assertThat(ours(contacts.sharedPhones(3))).isEmpty();
		jdbc.sql("update idn_resident set status = 'ACTIVE' where resident_id = :r").param("r", a).update();
	}

	private String register(String patientNo, String name, int seq, String phone, String psnNo) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(397L * (seq - 100));
		String first17 = "359921" + birth.toString().replace("-", "") + "%03d".formatted(seq);
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		return index
			.register(HOSPITAL,
					new PatientRegistration(patientNo, name, seq % 2 == 1 ? "1" : "2", birth, idNumber, phone, null,
							psnNo))
			.residentId();
	}

	private static List<SharedPhone> ours(List<SharedPhone> all) {
		return all.stream().filter(p -> p.psnNos().getFirst().startsWith("PSNPH")).toList();
	}

}
