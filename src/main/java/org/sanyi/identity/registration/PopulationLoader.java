package org.sanyi.identity.registration;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.PopulationLoad;
import org.sanyi.identity.PopulationRecord;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.card.HealthCardNumber;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.Sex;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.SharedErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulk path of {@link ResidentIndexService#registerPopulation}: validates the whole
 * list, then writes residents, source records, identifiers, link events, health cards and
 * e-voucher accounts with one statement per table ({@code unnest} of arrays), which is
 * what makes a first start with tens of thousands of insured persons take seconds instead
 * of minutes. No probabilistic matching: the population is known to hold one record per
 * person, so only the ID number links (to a resident already in the index or to an
 * earlier record of the list). The caller holds the index gate exclusively and runs this
 * in one transaction; the nodes' match indexes learn the new source records by their
 * change numbers.
 */
@Component
class PopulationLoader {

	/** The rule stored with a new resident of a bulk load: no matcher was asked. */
	static final String RULE = "POPULATION";

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	private final Registry registry;

	private final SecureRandom random = new SecureRandom();

	PopulationLoader(JdbcClient jdbc, IdentityKeys keys, Registry registry) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.registry = registry;
	}

	/** A stored source record, for the caller's events. */
	record Loaded(int sourceId, String residentId, String institutionCode, String patientNo, boolean created) {
	}

	record Result(PopulationLoad load, List<Loaded> sources) {
	}

	private record Valid(Institution institution, String patientNo, DemographicRecord record, String bidx, String psnNo,
			String voucherRegion, String idEnc, String phoneEnc, String addressEnc) {
	}

	Result load(List<PopulationRecord> population, LocalDate today, String actor) {
		List<Valid> valid = validate(population, today);
		Set<String> registered = existingSources(valid);
		Map<String, String> residentByBidx = existingResidents(valid);
		List<Valid> fresh = valid.stream()
			.filter(v -> !registered.contains(v.institution().code() + "|" + v.patientNo()))
			.toList();
		long needed = fresh.stream().map(Valid::bidx).filter(b -> !residentByBidx.containsKey(b)).distinct().count();
		// resident numbers from the same sequence single registrations take theirs from,
		// on every node
		java.util.Iterator<Long> numbers = jdbc
			.sql("select nextval('idn_resident_number_seq') from generate_series(1, :n)")
			.param("n", needed)
			.query(Long.class)
			.list()
			.iterator();
		List<Row> rows = new ArrayList<>();
		for (Valid v : fresh) {
			String rid = residentByBidx.get(v.bidx());
			boolean created = rid == null;
			if (created) {
				rid = "R" + String.format("%012d", numbers.next());
				residentByBidx.put(v.bidx(), rid);
			}
			rows.add(new Row(v, rid, created));
		}
		insertResidents(rows.stream().filter(Row::created).toList());
		Map<String, Integer> sourceIds = insertSources(rows);
		List<Loaded> loaded = new ArrayList<>(rows.size());
		for (Row r : rows) {
			Valid v = r.valid();
			loaded.add(new Loaded(sourceIds.get(v.institution().code() + "|" + v.patientNo()), r.residentId(),
					v.institution().code(), v.patientNo(), r.created()));
		}
		insertIdentifiers(rows);
		insertLinkEvents(loaded, actor);
		issueCards(rows.stream().map(Row::residentId).distinct().toArray(String[]::new));
		openVouchers(rows);
		int created = (int) rows.stream().filter(Row::created).count();
		return new Result(new PopulationLoad(created, rows.size() - created, valid.size() - rows.size()), loaded);
	}

	/** A record to store: its resident, new or found by the ID number. */
	private record Row(Valid valid, String residentId, boolean created) {
	}

	/**
	 * Every record checked and prepared (normalised, blind-indexed, encrypted once for
	 * both the resident and the source row), in parallel; the first bad record in list
	 * order is thrown.
	 */
	private List<Valid> validate(List<PopulationRecord> population, LocalDate today) {
		Map<String, Institution> institutions = new HashMap<>();
		for (PopulationRecord r : population) {
			institutions.computeIfAbsent(r.institutionCode(), code -> registry.institution(code)
				.orElseThrow(() -> BusinessException.notFound("institution", code)));
		}
		List<Object> prepared = population.parallelStream().map(r -> {
			try {
				return prepare(r, institutions.get(r.institutionCode()), today);
			}
			catch (BusinessException ex) {
				return ex;
			}
		}).toList();
		Set<String> keysSeen = new HashSet<>();
		List<Valid> valid = new ArrayList<>(prepared.size());
		for (Object o : prepared) {
			if (o instanceof BusinessException ex) {
				throw ex;
			}
			Valid v = (Valid) o;
			if (!keysSeen.add(v.institution().code() + "|" + v.patientNo())) {
				throw new BusinessException(SharedErrors.INVALID_FIELD, "patientNo", v.patientNo());
			}
			valid.add(v);
		}
		return valid;
	}

	private Valid prepare(PopulationRecord r, Institution institution, LocalDate today) {
		PatientRegistration p = r.patient();
		if (p.patientNo() == null || p.patientNo().isBlank()) {
			throw new BusinessException(IdentityErrors.PATIENT_NO_REQUIRED);
		}
		Sex sex = p.sex() == null || p.sex().isBlank() ? Sex.UNKNOWN : Sex.ofCode(p.sex().trim());
		DemographicRecord record = DemographicRecord
			.of(p.name(), sex, p.birthDate(), p.idNumber(), p.phone(), p.address())
			.requireValid(today);
		if (!record.hasValidCitizenNumber()) {
			throw new BusinessException(IdentityErrors.INVALID_ID_NUMBER, Masking.idNumber(p.idNumber()));
		}
		String psnNo = p.psnNo() == null || p.psnNo().isBlank() ? null : p.psnNo().trim();
		return new Valid(institution, p.patientNo().trim(), record, keys.blindIndex(record.documentNumber()), psnNo,
				psnNo == null ? null : r.voucherRegion(), keys.encrypt(record.documentNumber()),
				keys.encrypt(record.phone()), keys.encrypt(record.address()));
	}

	private Set<String> existingSources(List<Valid> valid) {
		return new HashSet<>(jdbc.sql("""
				select s.institution_code || '|' || s.patient_no from idn_source_record s
				join unnest(:i, :p) as t(institution_code, patient_no)
				  on s.institution_code = t.institution_code and s.patient_no = t.patient_no""")
			.param("i", valid.stream().map(v -> v.institution().code()).toArray(String[]::new))
			.param("p", valid.stream().map(Valid::patientNo).toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/**
	 * Active residents holding one of the ID numbers, by blind index (as
	 * {@code residentByIdIndex} finds them).
	 */
	private Map<String, String> existingResidents(List<Valid> valid) {
		String[] bidx = valid.stream().map(Valid::bidx).distinct().toArray(String[]::new);
		Map<String, String> found = new HashMap<>();
		jdbc.sql("""
				select b.bidx, min(r.resident_id) from unnest(:b) as b(bidx)
				join idn_resident r on r.status = 'ACTIVE' and (r.id_number_bidx = b.bidx or exists (
				     select 1 from idn_identifier i where i.resident_id = r.resident_id and i.type = 'ID_NUMBER'
				     and i.lookup_key = b.bidx))
				group by b.bidx""")
			.param("b", bidx)
			.query((rs, n) -> found.put(rs.getString(1), rs.getString(2)))
			.list();
		return found;
	}

	private void insertResidents(List<Row> residents) {
		if (residents.isEmpty()) {
			return;
		}
		int n = residents.size();
		String[] rid = new String[n], name = new String[n], pinyin = new String[n], sex = new String[n],
				birth = new String[n], doc = new String[n], idEnc = new String[n], bidx = new String[n],
				idMask = new String[n], phoneEnc = new String[n], phoneBidx = new String[n], phoneMask = new String[n],
				addr = new String[n];
		for (int i = 0; i < n; i++) {
			Valid v = residents.get(i).valid();
			DemographicRecord r = v.record();
			rid[i] = residents.get(i).residentId();
			name[i] = r.name();
			pinyin[i] = r.pinyin();
			sex[i] = r.sex().code();
			birth[i] = r.birthDate() == null ? null : r.birthDate().toString();
			doc[i] = r.documentType().code();
			idEnc[i] = v.idEnc();
			bidx[i] = v.bidx();
			idMask[i] = Masking.idNumber(r.documentNumber());
			phoneEnc[i] = v.phoneEnc();
			phoneBidx[i] = keys.phoneIndex(r.phone());
			phoneMask[i] = Masking.phone(r.phone());
			addr[i] = v.addressEnc();
		}
		jdbc.sql("""
				insert into idn_resident (resident_id, name, pinyin, sex, birth_date, document_type, id_number_enc,
				    id_number_bidx, id_number_mask, phone_enc, phone_bidx, phone_mask, address_enc)
				select * from unnest(:rid, :name, :pinyin, :sex, :birth::date[], :doc, :idEnc, :bidx, :idMask,
				    :phoneEnc, :phoneBidx, :phoneMask, :addr)""")
			.param("rid", rid)
			.param("name", name)
			.param("pinyin", pinyin)
			.param("sex", sex)
			.param("birth", birth)
			.param("doc", doc)
			.param("idEnc", idEnc)
			.param("bidx", bidx)
			.param("idMask", idMask)
			.param("phoneEnc", phoneEnc)
			.param("phoneBidx", phoneBidx)
			.param("phoneMask", phoneMask)
			.param("addr", addr)
			.update();
	}

	/** The source records, returning their ids by institution and patient number. */
	private Map<String, Integer> insertSources(List<Row> fresh) {
		Map<String, Integer> ids = new HashMap<>();
		if (fresh.isEmpty()) {
			return ids;
		}
		int n = fresh.size();
		String[] inst = new String[n], region = new String[n], patientNo = new String[n], rid = new String[n],
				name = new String[n], pinyin = new String[n], sex = new String[n], birth = new String[n],
				doc = new String[n], idEnc = new String[n], phoneEnc = new String[n], addr = new String[n],
				decision = new String[n], rule = new String[n];
		for (int i = 0; i < n; i++) {
			Valid v = fresh.get(i).valid();
			DemographicRecord r = v.record();
			inst[i] = v.institution().code();
			region[i] = v.institution().regionCode();
			patientNo[i] = v.patientNo();
			rid[i] = fresh.get(i).residentId();
			name[i] = r.name();
			pinyin[i] = r.pinyin();
			sex[i] = r.sex().code();
			birth[i] = r.birthDate() == null ? null : r.birthDate().toString();
			doc[i] = r.documentType().code();
			idEnc[i] = v.idEnc();
			phoneEnc[i] = v.phoneEnc();
			addr[i] = v.addressEnc();
			decision[i] = fresh.get(i).created() ? "NEW" : "AUTO_LINK";
			rule[i] = fresh.get(i).created() ? RULE : "DETERMINISTIC_ID";
		}
		jdbc.sql("""
				insert into idn_source_record (institution_code, region_code, patient_no, resident_id, name, pinyin,
				    sex, birth_date, document_type, id_number_enc, phone_enc, address_enc, decision, rule)
				select * from unnest(:inst, :region, :p, :rid, :name, :pinyin, :sex, :birth::date[], :doc, :idEnc,
				    :phoneEnc, :addr, :decision, :rule)
				returning id, institution_code, patient_no""")
			.param("inst", inst)
			.param("region", region)
			.param("p", patientNo)
			.param("rid", rid)
			.param("name", name)
			.param("pinyin", pinyin)
			.param("sex", sex)
			.param("birth", birth)
			.param("doc", doc)
			.param("idEnc", idEnc)
			.param("phoneEnc", phoneEnc)
			.param("addr", addr)
			.param("decision", decision)
			.param("rule", rule)
			.query((rs, row) -> ids.put(rs.getString(2) + "|" + rs.getString(3), rs.getInt(1)))
			.list();
		return ids;
	}

	/**
	 * ID number (new residents), patient number (every record) and psn_no (unless the
	 * resident holds it).
	 */
	private void insertIdentifiers(List<Row> fresh) {
		List<String[]> rows = new ArrayList<>();
		for (Row row : fresh) {
			Valid v = row.valid();
			String rid = row.residentId();
			if (row.created()) {
				rows.add(new String[] { rid, IdentifierType.ID_NUMBER.name(), "", v.bidx(),
						Masking.idNumber(v.record().documentNumber()) });
			}
			rows.add(new String[] { rid, IdentifierType.PATIENT_NO.name(), v.institution().code(), v.patientNo(),
					v.patientNo() });
			if (v.psnNo() != null) {
				rows.add(
						new String[] { rid, IdentifierType.PSN_NO.name(), "", v.psnNo(), Masking.idNumber(v.psnNo()) });
			}
		}
		insertIdentifierRows(rows);
	}

	private void insertIdentifierRows(List<String[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into idn_identifier (resident_id, type, issuer, lookup_key, masked)
						select distinct t.* from unnest(:rid, :type, :issuer, :key, :masked) as t(rid, type, issuer, key, masked)
						where not exists (select 1 from idn_identifier i where i.resident_id = t.rid and i.type = t.type
						                  and i.issuer = t.issuer and i.lookup_key = t.key)""")
			.param("rid", column(rows, 0))
			.param("type", column(rows, 1))
			.param("issuer", column(rows, 2))
			.param("key", column(rows, 3))
			.param("masked", column(rows, 4))
			.update();
	}

	private void insertLinkEvents(List<Loaded> loaded, String actor) {
		if (loaded.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into idn_link_event (action, resident_id, source_record_id, rule, actor)
				select a, r, s, rule, :actor from unnest(:a, :r, :s, :rule) as t(a, r, s, rule)""")
			.param("a", loaded.stream().map(l -> l.created() ? "NEW" : "LINK").toArray(String[]::new))
			.param("r", loaded.stream().map(Loaded::residentId).toArray(String[]::new))
			.param("s", loaded.stream().map(Loaded::sourceId).toArray(Integer[]::new))
			.param("rule", loaded.stream().map(l -> l.created() ? RULE : "DETERMINISTIC_ID").toArray(String[]::new))
			.param("actor", actor)
			.update();
	}

	/**
	 * A card for every resident of the list that has no card in force, with serials no
	 * card has.
	 */
	private void issueCards(String[] residents) {
		String[] without = jdbc.sql("""
				select distinct r from unnest(:r) as t(r)
				where not exists (select 1 from idn_card c where c.resident_id = t.r and c.status = 'ACTIVE')""")
			.param("r", residents)
			.query(String.class)
			.list()
			.toArray(String[]::new);
		if (without.length == 0) {
			return;
		}
		Long[] serials = freeSerials("idn_card", without.length, 10_000_000_000_000L, 89_999_999_999_999L);
		jdbc.sql("insert into idn_card (serial, resident_id) select * from unnest(:s, :r)")
			.param("s", serials)
			.param("r", without)
			.update();
		List<String[]> identifiers = new ArrayList<>();
		for (int i = 0; i < without.length; i++) {
			HealthCardNumber number = HealthCardNumber.ofSerial(serials[i]);
			identifiers.add(new String[] { without[i], IdentifierType.HEALTH_CARD.name(), "", number.value(),
					number.masked() });
		}
		insertIdentifierRows(identifiers);
	}

	/**
	 * E-voucher accounts for the residents of records with a voucher region that have
	 * none yet.
	 */
	private void openVouchers(List<Row> fresh) {
		Map<String, Valid> wanted = new LinkedHashMap<>();
		for (Row row : fresh) {
			if (row.valid().voucherRegion() != null) {
				wanted.putIfAbsent(row.residentId(), row.valid());
			}
		}
		if (wanted.isEmpty()) {
			return;
		}
		List<String> open = jdbc.sql("""
				select r from unnest(:r) as t(r)
				where not exists (select 1 from idn_voucher_account a where a.resident_id = t.r)""")
			.param("r", wanted.keySet().toArray(String[]::new))
			.query(String.class)
			.list();
		if (open.isEmpty()) {
			return;
		}
		Long[] serials = freeSerials("idn_voucher_account", open.size(), 20_000_000_000_000L, 79_999_999_999_999L);
		jdbc.sql("insert into idn_voucher_account (serial, resident_id, psn_no, insuplc_admdvs) "
				+ "select * from unnest(:s, :r, :p, :a)")
			.param("s", serials)
			.param("r", open.toArray(String[]::new))
			.param("p", open.stream().map(r -> wanted.get(r).psnNo()).toArray(String[]::new))
			.param("a", open.stream().map(r -> wanted.get(r).voucherRegion()).toArray(String[]::new))
			.update();
	}

	/**
	 * {@code count} random serials in [base, base + range), distinct and not yet in the
	 * table's primary key.
	 */
	private Long[] freeSerials(String table, int count, long base, long range) {
		Set<Long> chosen = new java.util.LinkedHashSet<>();
		while (chosen.size() < count) {
			Set<Long> draw = new java.util.LinkedHashSet<>();
			while (chosen.size() + draw.size() < count) {
				long s = base + (random.nextLong() & Long.MAX_VALUE) % range;
				if (!chosen.contains(s) && !draw.contains(s)) {
					draw.add(s);
				}
			}
			Set<Long> taken = new HashSet<>(jdbc.sql("select serial from " + table + " where serial = any(:s)")
				.param("s", draw.toArray(Long[]::new))
				.query(Long.class)
				.list());
			draw.stream().filter(s -> !taken.contains(s)).forEach(chosen::add);
		}
		return chosen.toArray(Long[]::new);
	}

	private static String[] column(List<String[]> rows, int i) {
		return rows.stream().map(r -> r[i]).toArray(String[]::new);
	}

}
