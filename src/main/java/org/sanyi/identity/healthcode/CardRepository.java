package org.sanyi.identity.healthcode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.card.CodeKind;
import org.sanyi.identity.card.HealthCardNumber;
import org.sanyi.identity.card.ReplayCache;
import org.sanyi.identity.healthcode.CardService.Card;
import org.sanyi.identity.healthcode.CardService.ScanRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Health cards ({@code idn_card}), their numbered revocations ({@code idn_revocation})
 * and the scan log.
 */
@Repository
class CardRepository {

	private final JdbcClient jdbc;

	CardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The replay cache the online verifier shares with every node on the database. */
	ReplayCache replayCache() {
		return new PgReplayCache(jdbc);
	}

	/** Whether the card is no longer in force (an unknown serial counts as revoked). */
	boolean revoked(long serial) {
		return jdbc.sql("select status <> 'ACTIVE' from idn_card where serial = :s")
			.param("s", serial)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	boolean exists(long serial) {
		return jdbc.sql("select count(*) from idn_card where serial = :s")
			.param("s", serial)
			.query(Long.class)
			.single() > 0;
	}

	void insert(long serial, String residentId) {
		jdbc.sql("insert into idn_card (serial, resident_id) values (:s, :r)")
			.param("s", serial)
			.param("r", residentId)
			.update();
	}

	/**
	 * Revokes the resident's active card and numbers the revocation; returns how many
	 * cards were revoked.
	 */
	int revokeActive(String residentId, String reason) {
		// serialises revocations until commit, so their sequence numbers become visible
		// in order
		jdbc.sql("select pg_advisory_xact_lock(hashtext('idn_revocation'))").query(Object.class).list();
		return jdbc.sql("""
				with revoked as (
				    update idn_card set status = 'REVOKED', revoked_at = now(), revoke_reason = :why
				    where resident_id = :r and status = 'ACTIVE' returning serial, revoked_at, revoke_reason)
				insert into idn_revocation (kind, subject, revoked_at, reason)
				select :kind, serial, revoked_at, revoke_reason from revoked order by serial""")
			.param("r", residentId)
			.param("why", reason)
			.param("kind", CodeKind.HEALTH_CARD.id())
			.update();
	}

	/** A numbered revocation. */
	record RevocationRow(long seq, int kind, long subject, OffsetDateTime revokedAt) {
	}

	List<RevocationRow> revocationsAfter(long since, int limit) {
		return jdbc.sql("""
				select seq, kind, subject, revoked_at from idn_revocation where seq > :since order by seq limit :l""")
			.param("since", since)
			.param("l", limit)
			.query(RevocationRow.class)
			.list();
	}

	long latestRevocation() {
		return jdbc.sql("select coalesce(max(seq), 0) from idn_revocation").query(Long.class).single();
	}

	Optional<Card> activeCard(String residentId) {
		return jdbc.sql("""
				select serial, resident_id, status, issued_at, revoked_at, revoke_reason from idn_card
				where resident_id = :r and status = 'ACTIVE'""")
			.param("r", residentId)
			.query((rs, n) -> new Card(HealthCardNumber.ofSerial(rs.getLong(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
			.optional();
	}

	Optional<String> residentOf(long serial) {
		return jdbc.sql("select resident_id from idn_card where serial = :s")
			.param("s", serial)
			.query(String.class)
			.optional();
	}

	void logScan(String kind, Long serial, String residentId, String institutionCode, String username, String purpose,
			String outcome) {
		jdbc.sql("""
				insert into idn_scan (kind, card_serial, resident_id, institution_code, username, purpose, outcome)
				values (:k, :s, :r, :i, :u, :p, :o)""")
			.param("k", kind)
			.param("s", serial)
			.param("r", residentId)
			.param("i", institutionCode)
			.param("u", username)
			.param("p", purpose)
			.param("o", outcome)
			.update();
	}

	List<ScanRow> scans(String residentId, int limit) {
		return jdbc.sql("""
				select at, institution_code, purpose, outcome from idn_scan where resident_id = :r
				order by id desc limit :l""").param("r", residentId).param("l", limit).query(ScanRow.class).list();
	}

}
