package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The institutions' 9001 sign-ins ({@code ins_sign_in}). */
@Repository
class SignInRepository {

	private final JdbcClient jdbc;

	SignInRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a sign-in; returns when it was made. */
	OffsetDateTime insert(String signNo, String institution, String operator, String mac, String ip) {
		return jdbc
			.sql("insert into ins_sign_in (sign_no, fixmedins_code, opter, mac, ip) "
					+ "values (:s, :i, :o, :m, :ip) returning signed_in_at")
			.param("s", signNo)
			.param("i", institution)
			.param("o", operator)
			.param("m", mac)
			.param("ip", ip)
			.query(OffsetDateTime.class)
			.single();
	}

	/** The institution a sign_no belongs to. */
	Optional<String> institutionOf(String signNo) {
		return jdbc.sql("select fixmedins_code from ins_sign_in where sign_no = :s")
			.param("s", signNo)
			.query(String.class)
			.optional();
	}

}
