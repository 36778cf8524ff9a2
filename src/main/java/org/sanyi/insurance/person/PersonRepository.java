package org.sanyi.insurance.person;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewIdentity;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.person.Persons.Enrolment;
import org.sanyi.insurance.person.Persons.Identity;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.support.Json;
import org.sanyi.insurance.support.PersonalDataCipher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Insured persons, their special identities, enrolments and personal-account balances.
 */
@Repository
public class PersonRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final PersonalDataCipher cipher;

	PersonRepository(JdbcClient jdbc, JdbcTemplate batch, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.cipher = cipher;
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from ins_person)").query(Boolean.class).single();
	}

	public Optional<Person> find(String psnNo) {
		return jdbc.sql("select * from ins_person where psn_no = :p").param("p", psnNo).query(this::person).optional();
	}

	public Optional<Person> findByCertificate(String certType, String certNo) {
		return jdbc.sql("select * from ins_person where psn_cert_type = :t and certno_index = :n")
			.param("t", certType)
			.param("n", cipher.blindIndex(certNo))
			.query(this::person)
			.optional();
	}

	public Optional<Person> findByCard(String cardNo) {
		return jdbc.sql("select * from ins_person where card_no = :c")
			.param("c", cardNo)
			.query(this::person)
			.optional();
	}

	public List<Enrolment> enrolments(String psnNo) {
		return jdbc.sql("select * from ins_enrolment where psn_no = :p order by year desc, insutype")
			.param("p", psnNo)
			.query(PersonRepository::enrolment)
			.list();
	}

	public Optional<Enrolment> enrolment(String psnNo, String insutype, int year) {
		return jdbc.sql("select * from ins_enrolment where psn_no = :p and insutype = :t and year = :y")
			.param("p", psnNo)
			.param("t", insutype)
			.param("y", year)
			.query(PersonRepository::enrolment)
			.optional();
	}

	public List<Identity> identities(String psnNo) {
		return jdbc.sql("select * from ins_person_identity where psn_no = :p order by begntime, psn_idet_type")
			.param("p", psnNo)
			.query((rs, i) -> new Identity(rs.getString("psn_no"), rs.getString("psn_idet_type"),
					rs.getObject("begntime", LocalDate.class), rs.getObject("endtime", LocalDate.class)))
			.list();
	}

	/**
	 * What a visit or settlement needs about a person, in one round trip: the person, the
	 * enrolment of the scheme and year (if any), the account balance (if any) and the
	 * special identities.
	 */
	public record Context(Person person, Persons.Enrolment enrolment, BigDecimal balance, List<Identity> identities) {
	}

	public Optional<Context> context(String psnNo, String insutype, int year) {
		return jdbc
			.sql("""
					select p.*, e.psn_insu_stas, e.psn_insu_date, e.paus_insu_date, a.balance,
					       (select json_agg(json_build_array(i.psn_idet_type, i.begntime, i.endtime) order by i.begntime)::text
					        from ins_person_identity i where i.psn_no = p.psn_no) as identities
					from ins_person p
					left join ins_enrolment e on e.psn_no = p.psn_no and e.insutype = :t and e.year = :y
					left join ins_personal_account a on a.psn_no = p.psn_no
					where p.psn_no = :p
					""")
			.param("p", psnNo)
			.param("t", insutype)
			.param("y", year)
			.query((rs, i) -> {
				Person person = person(rs, i);
				String status = rs.getString("psn_insu_stas");
				Persons.Enrolment enrolment = status == null ? null
						: new Persons.Enrolment(psnNo, insutype, year, status,
								rs.getObject("psn_insu_date", LocalDate.class),
								rs.getObject("paus_insu_date", LocalDate.class));
				List<Identity> identities = new ArrayList<>();
				String json = rs.getString("identities");
				if (json != null) {
					for (var row : Json.MAPPER.readTree(json).values()) {
						identities
							.add(new Identity(psnNo, row.get(0).asString(), LocalDate.parse(row.get(1).asString()),
									row.get(2).isNull() ? null : LocalDate.parse(row.get(2).asString())));
					}
				}
				return new Context(person, enrolment, rs.getBigDecimal("balance"), identities);
			})
			.optional();
	}

	/** The personal-account balance; empty when the person has no account. */
	public Optional<BigDecimal> balance(String psnNo) {
		return jdbc.sql("select balance from ins_personal_account where psn_no = :p")
			.param("p", psnNo)
			.query(BigDecimal.class)
			.optional();
	}

	/**
	 * Debits the personal account if the balance still covers the amount
	 * ({@code UPDATE ... WHERE balance >= amt}): the new balance, or empty when it did
	 * not (the caller fails the settlement).
	 */
	public Optional<BigDecimal> debit(String psnNo, BigDecimal amount) {
		return jdbc
			.sql("update ins_personal_account set balance = balance - :a, version = version + 1, updated_at = now() "
					+ "where psn_no = :p and balance >= :a returning balance")
			.param("a", amount)
			.param("p", psnNo)
			.query(BigDecimal.class)
			.optional();
	}

	/** Credits the personal account (a reversal refunds it); the new balance. */
	public BigDecimal credit(String psnNo, BigDecimal amount) {
		return jdbc
			.sql("update ins_personal_account set balance = balance + :a, version = version + 1, updated_at = now() "
					+ "where psn_no = :p returning balance")
			.param("a", amount)
			.param("p", psnNo)
			.query(BigDecimal.class)
			.single();
	}

	// --- bulk reads and writes for recorded activity
	// --------------------------------------------------------------

	public Map<String, Person> findAll(Collection<String> psnNos) {
		Map<String, Person> found = new HashMap<>();
		jdbc.sql("select * from ins_person where psn_no = any (:p)")
			.param("p", psnNos.toArray(String[]::new))
			.query(this::person)
			.list()
			.forEach(p -> found.put(p.psnNo(), p));
		return found;
	}

	public Map<String, List<Identity>> identitiesOf(Collection<String> psnNos) {
		Map<String, List<Identity>> found = new HashMap<>();
		jdbc.sql("select * from ins_person_identity where psn_no = any (:p) order by begntime")
			.param("p", psnNos.toArray(String[]::new))
			.query((rs, i) -> new Identity(rs.getString("psn_no"), rs.getString("psn_idet_type"),
					rs.getObject("begntime", LocalDate.class), rs.getObject("endtime", LocalDate.class)))
			.list()
			.forEach(identity -> found.computeIfAbsent(identity.psnNo(), k -> new ArrayList<>()).add(identity));
		return found;
	}

	/** Keys {@code psn_no|insutype|year} of the active enrolments of these persons. */
	public Set<String> activeEnrolments(Collection<String> psnNos) {
		return new HashSet<>(jdbc
			.sql("select psn_no || '|' || insutype || '|' || year from ins_enrolment "
					+ "where psn_no = any (:p) and psn_insu_stas = '1'")
			.param("p", psnNos.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	public Map<String, BigDecimal> balances(Collection<String> psnNos) {
		Map<String, BigDecimal> found = new HashMap<>();
		jdbc.sql("select psn_no, balance from ins_personal_account where psn_no = any (:p)")
			.param("p", psnNos.toArray(String[]::new))
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	public void setBalances(Map<String, BigDecimal> balances) {
		List<Object[]> rows = new ArrayList<>();
		balances.forEach((psn, balance) -> rows.add(new Object[] { balance, psn }));
		batch.batchUpdate("update ins_personal_account set balance = ?, version = version + 1, updated_at = now() "
				+ "where psn_no = ?", rows);
	}

	public void insert(List<NewPerson> persons) {
		batch.batchUpdate("""
				insert into ins_person (psn_no, psn_cert_type, certno_cipher, certno_index, psn_name, gend, brdy,
				    insuplc_admdvs, region_code, psn_type, cvlserv_flag, card_no, emp_name)
				values (?, '01', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", persons, 1000, (ps, p) -> {
			ps.setString(1, p.psnNo());
			ps.setString(2, cipher.encrypt(p.certNo()));
			ps.setString(3, cipher.blindIndex(p.certNo()));
			ps.setString(4, p.name());
			ps.setString(5, p.sex());
			ps.setDate(6, Date.valueOf(p.birthDate()));
			ps.setString(7, p.insuredRegion());
			ps.setString(8, p.region());
			ps.setString(9, p.psnType());
			ps.setBoolean(10, p.civilServant());
			ps.setString(11, p.cardNo());
			ps.setString(12, p.employer());
		});
		List<Object[]> identities = new ArrayList<>();
		List<Object[]> enrolments = new ArrayList<>();
		for (NewPerson p : persons) {
			for (NewIdentity identity : p.identities()) {
				identities.add(new Object[] { p.psnNo(), identity.type(), Date.valueOf(identity.from()),
						identity.to() == null ? null : Date.valueOf(identity.to()) });
			}
			for (NewEnrolment e : p.enrolments()) {
				enrolments.add(new Object[] { p.psnNo(), e.insutype(), e.year(), e.status(), Date.valueOf(e.since()),
						"2".equals(e.status()) ? Date.valueOf(e.since()) : null });
			}
		}
		batch.batchUpdate(
				"insert into ins_person_identity (psn_no, psn_idet_type, begntime, endtime) " + "values (?, ?, ?, ?)",
				identities);
		batch.batchUpdate("insert into ins_enrolment (psn_no, insutype, year, psn_insu_stas, psn_insu_date, "
				+ "paus_insu_date) values (?, ?, ?, ?, ?, ?)", enrolments);
	}

	/**
	 * Opens personal accounts with their opening balances (the deposits are posted to the
	 * ledger separately).
	 */
	public void openAccounts(List<Object[]> psnNoAndBalance) {
		batch.batchUpdate("insert into ins_personal_account (psn_no, balance) values (?, ?)", psnNoAndBalance);
	}

	/** The persons holding an ID number, found by its blind index. */
	public List<String> psnNosByIdNumber(String idNumber) {
		return jdbc
			.sql("select psn_no from ins_person where psn_cert_type = '01' and certno_index = :n order by psn_no")
			.param("n", cipher.blindIndex(idNumber))
			.query(String.class)
			.list();
	}

	/**
	 * Encrypts up to {@code limit} ID numbers an older version stored in the clear
	 * (insurance V8 keeps the column until they are all gone); the number encrypted.
	 * Several nodes may run it at once: each takes other rows.
	 */
	public int encryptPlainCertificates(int limit) {
		List<String[]> plain = jdbc
			.sql("select psn_no, certno from ins_person where certno is not null limit :n " + "for update skip locked")
			.param("n", limit)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		List<Object[]> rows = new ArrayList<>();
		for (String[] p : plain) {
			rows.add(new Object[] { cipher.encrypt(p[1]), cipher.blindIndex(p[1]), p[0] });
		}
		batch.batchUpdate("update ins_person set certno_cipher = ?, certno_index = ?, certno = null where psn_no = ?",
				rows);
		return rows.size();
	}

	Person person(ResultSet rs, int row) throws SQLException {
		String cipherText = rs.getString("certno_cipher");
		return new Person(rs.getString("psn_no"), rs.getString("psn_cert_type"),
				cipherText == null ? rs.getString("certno") : cipher.decrypt(cipherText), rs.getString("psn_name"),
				rs.getString("gend"), rs.getObject("brdy", LocalDate.class), rs.getString("naty"),
				rs.getString("insuplc_admdvs"), rs.getString("region_code"), rs.getString("psn_type"),
				rs.getBoolean("cvlserv_flag"), rs.getString("card_no"), rs.getString("emp_name"));
	}

	private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
		return new Enrolment(rs.getString("psn_no"), rs.getString("insutype"), rs.getInt("year"),
				rs.getString("psn_insu_stas"), rs.getObject("psn_insu_date", LocalDate.class),
				rs.getObject("paus_insu_date", LocalDate.class));
	}

}
