package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.sanyi.insurance.SigningScheme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gateway accounts of the institutions and the nonces seen recently. */
@Repository
public class CredentialRepository {

	private final JdbcClient jdbc;

	CredentialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredCredential(String paasid, String institutionCode, byte[] secretCipher, SigningScheme scheme) {
	}

	/** An account as the bureau sees it (no secret). */
	record Account(String paasid, String institutionCode, SigningScheme scheme, OffsetDateTime createdAt,
			OffsetDateTime revokedAt) {
	}

	public void insert(String paasid, String institutionCode, byte[] cipher, SigningScheme scheme) {
		jdbc.sql("insert into ins_gateway_credential (paasid, fixmedins_code, secret_cipher, sign_scheme) "
				+ "values (:p, :i, :c, :s)")
			.param("p", paasid)
			.param("i", institutionCode)
			.param("c", cipher)
			.param("s", scheme.code())
			.update();
	}

	Optional<StoredCredential> find(String paasid) {
		return jdbc
			.sql("select paasid, fixmedins_code, secret_cipher, sign_scheme from ins_gateway_credential "
					+ "where paasid = :p and revoked_at is null")
			.param("p", paasid)
			.query((rs, i) -> new StoredCredential(rs.getString(1), rs.getString(2), rs.getBytes(3),
					scheme(rs.getString(4))))
			.optional();
	}

	Optional<Account> account(String paasid) {
		return jdbc
			.sql("select paasid, fixmedins_code, sign_scheme, created_at, revoked_at from ins_gateway_credential "
					+ "where paasid = :p")
			.param("p", paasid)
			.query((rs, i) -> new Account(rs.getString(1), rs.getString(2), scheme(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
			.optional();
	}

	void changeScheme(String paasid, SigningScheme scheme) {
		jdbc.sql("update ins_gateway_credential set sign_scheme = :s where paasid = :p")
			.param("s", scheme.code())
			.param("p", paasid)
			.update();
	}

	private static SigningScheme scheme(String code) {
		return SigningScheme.ofCode(code).orElseThrow(() -> new IllegalStateException("signing scheme " + code));
	}

	boolean exists(String paasid) {
		return jdbc.sql("select exists (select 1 from ins_gateway_credential where paasid = :p)")
			.param("p", paasid)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records a nonce (an unlogged table: no WAL, see V5); false when the account already
	 * used it (a replay).
	 */
	boolean firstUse(String paasid, String nonce) {
		return jdbc.sql("insert into ins_gateway_nonce (paasid, nonce) values (:p, :n) on conflict do nothing")
			.param("p", paasid)
			.param("n", nonce)
			.update() == 1;
	}

	int forgetNoncesOlderThan(long seconds) {
		return jdbc.sql("delete from ins_gateway_nonce where seen_at < now() - make_interval(secs => :s)")
			.param("s", seconds)
			.update();
	}

}
