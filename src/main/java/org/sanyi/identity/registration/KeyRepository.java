package org.sanyi.identity.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity module's generated secrets ({@code idn_key}, wrapped under the master
 * key), for installations that configure none.
 */
@Repository
class KeyRepository {

	private final JdbcClient jdbc;

	KeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the value of a name unless the name has one (the first node wins). */
	void insertIfAbsent(String name, byte[] value) {
		jdbc.sql("insert into idn_key (name, value) values (:n, :v) on conflict (name) do nothing")
			.param("n", name)
			.param("v", value)
			.update();
	}

	byte[] value(String name) {
		return jdbc.sql("select value from idn_key where name = :n").param("n", name).query(byte[].class).single();
	}

	/** Replaces the value of a name if it is still {@code old}. */
	void replace(String name, byte[] old, byte[] value) {
		jdbc.sql("update idn_key set value = :w where name = :n and value = :raw")
			.param("w", value)
			.param("n", name)
			.param("raw", old)
			.update();
	}

}
