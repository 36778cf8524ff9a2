package org.sanyi.identity.registration;

import java.util.Arrays;
import java.util.List;

import org.sanyi.identity.matching.BlockingKeys;
import org.sanyi.identity.matching.DemographicRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that keeps the match indexes of several nodes correct: PostgreSQL advisory locks,
 * held to the end of the transaction, and the source records changed since a node last
 * looked.
 * <p>
 * A registration locks each {@link BlockingKeys blocking key} of the incoming record. Two
 * records that could match share a key (the matcher finds candidates only through keys),
 * so the later registration waits until the earlier one has committed and then sees it;
 * registrations of unrelated people do not wait for each other. The blocking keys
 * themselves are the lock keys: they are positive {@code long}s with the key kind in the
 * top six bits (kinds 1 to 6), so they cannot meet the small keys of
 * {@code hashtext(...)} used elsewhere; the two locks below take kinds 30 and 31, which
 * no blocking key has.
 */
@Repository
class MatchIndexFeed {

	private static final long VALUE_MASK = (1L << 58) - 1;

	/**
	 * Taken shared by every registration and exclusively by merges, unmerges and a node
	 * loading its index: no registration is between its match and its commit while the
	 * owner of source records changes.
	 */
	static final long GATE = 31L << 58;

	/**
	 * Kind of the key of an institution's patient number, so that its second registration
	 * waits for the first.
	 */
	private static final long SOURCE = 30L << 58;

	private static final String COLUMNS = """
			change_no, id, institution_code, region_code, patient_no, resident_id, name, pinyin, sex, birth_date,
			document_type, id_number_enc, phone_enc, address_enc""";

	private final JdbcClient jdbc;

	MatchIndexFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A source record with its change number. */
	record SourceChange(long changeNo, SourceRow source) {
	}

	/**
	 * The locks of a registration, in one statement: the gate (shared) first, then the
	 * record's keys in ascending order, so two registrations never wait for each other in
	 * a circle.
	 */
	void lockForRegistration(DemographicRecord record, String institutionCode, String patientNo) {
		jdbc.sql("""
				select count(*) from (
				    select pg_advisory_xact_lock_shared(:gate)
				    union all
				    select pg_advisory_xact_lock(k) from unnest(:keys) as k) locked""")
			.param("gate", GATE)
			.param("keys", lockKeys(record, institutionCode, patientNo))
			.query(Long.class)
			.single();
	}

	/** The keys a registration locks, ascending and distinct. */
	static long[] lockKeys(DemographicRecord record, String institutionCode, String patientNo) {
		long[] blocking = BlockingKeys.of(record);
		long[] keys = Arrays.copyOf(blocking, blocking.length + 1);
		keys[blocking.length] = SOURCE | (fnv(institutionCode + '/' + patientNo) & VALUE_MASK);
		return Arrays.stream(keys).sorted().distinct().toArray();
	}

	/**
	 * Waits until no registration is between its match and its commit, and keeps new ones
	 * waiting until commit.
	 */
	void lockForMerge() {
		jdbc.sql("select pg_advisory_xact_lock(:gate)").param("gate", GATE).query(Object.class).list();
	}

	/**
	 * The highest change number while nothing changes source records (the gate held
	 * exclusively until the caller's transaction ends): every lower number is committed
	 * or abandoned, so a node that loads everything after this has to watch only the
	 * numbers above it.
	 */
	long settledChangeNo() {
		lockForMerge();
		return jdbc.sql("select coalesce(max(change_no), 0) from idn_source_record").query(Long.class).single();
	}

	List<SourceChange> all() {
		return jdbc.sql("select " + COLUMNS + " from idn_source_record").query(MatchIndexFeed::change).list();
	}

	/**
	 * Source records whose change number is above {@code after} or one of
	 * {@code missing}, by change number, and the institution's record of
	 * {@code patientNo} if it exists, whatever its number: one query on two indexes.
	 */
	List<SourceChange> changes(long after, long[] missing, String institutionCode, String patientNo) {
		return jdbc.sql("select " + COLUMNS + """
				 from idn_source_record
				where change_no > :after or change_no = any(:missing) or (institution_code = :i and patient_no = :p)
				order by change_no""")
			.param("after", after)
			.param("missing", missing)
			.param("i", institutionCode)
			.param("p", patientNo)
			.query(MatchIndexFeed::change)
			.list();
	}

	private static SourceChange change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SourceChange(rs.getLong("change_no"),
				new SourceRow(rs.getInt("id"), rs.getString("institution_code"), rs.getString("region_code"),
						rs.getString("patient_no"), rs.getString("resident_id"), rs.getString("name"),
						rs.getString("pinyin"), rs.getString("sex"),
						rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("document_type"),
						rs.getString("id_number_enc"), rs.getString("phone_enc"), rs.getString("address_enc")));
	}

	/** FNV-1a, 64 bits. */
	private static long fnv(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

}
