package org.sanyi.identity.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity module's generated secrets ({@code idn_key}), for installations that configure none. */
@Repository
class KeyRepository {

	private final JdbcClient jdbc;

	KeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored secret of a name, storing {@code generated} first when there is none (the first node wins). */
	byte[] storeOnce(String name, byte[] generated) {
		jdbc.sql("insert into idn_key (name, value) values (:n, :v) on conflict (name) do nothing")
			.param("n", name)
			.param("v", generated)
			.update();
		return jdbc.sql("select value from idn_key where name = :n").param("n", name).query(byte[].class).single();
	}

}
