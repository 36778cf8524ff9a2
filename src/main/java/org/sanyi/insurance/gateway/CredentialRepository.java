package org.sanyi.insurance.gateway;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gateway accounts of the institutions and the nonces seen recently. */
@Repository
public class CredentialRepository {

	private final JdbcClient jdbc;

	CredentialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredCredential(String paasid, String institutionCode, byte[] secretCipher) {
	}

	public void insert(String paasid, String institutionCode, byte[] cipher) {
		jdbc.sql("insert into ins_gateway_credential (paasid, fixmedins_code, secret_cipher) values (:p, :i, :c)")
			.param("p", paasid)
			.param("i", institutionCode)
			.param("c", cipher)
			.update();
	}

	Optional<StoredCredential> find(String paasid) {
		return jdbc.sql("select paasid, fixmedins_code, secret_cipher from ins_gateway_credential "
				+ "where paasid = :p and revoked_at is null")
			.param("p", paasid)
			.query((rs, i) -> new StoredCredential(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	boolean exists(String paasid) {
		return jdbc.sql("select exists (select 1 from ins_gateway_credential where paasid = :p)").param("p", paasid)
			.query(Boolean.class)
			.single();
	}

	/** Records a nonce (an unlogged table: no WAL, see V5); false when the account already used it (a replay). */
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
