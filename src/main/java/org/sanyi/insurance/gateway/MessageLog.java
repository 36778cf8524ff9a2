package org.sanyi.insurance.gateway;

import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.support.PersonalDataCipher;
import org.sanyi.shared.Masking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accepted messages with their answers ({@code ins_message}), written in the
 * transaction of the business change, and the refused ones ({@code ins_message_error}),
 * written on their own.
 */
@Repository
public class MessageLog {

	/**
	 * Marks a msgid reserved by a 2601 before its message arrived: that message will
	 * never be processed.
	 */
	static final String RESERVED = "0".repeat(64);

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	MessageLog(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A stored message. */
	public record Stored(String msgid, String infno, String institution, String bodySha256, String response,
			int infcode, String reversedBy) {

		public boolean reserved() {
			return RESERVED.equals(bodySha256);
		}

	}

	public Optional<Stored> find(String msgid) {
		return jdbc
			.sql("select msgid, infno, fixmedins_code, body_sha256, response, infcode, reversed_by from ins_message "
					+ "where msgid = :m")
			.param("m", msgid)
			.query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					cipher.open(rs.getString(5)), rs.getInt(6), rs.getString(7)))
			.optional();
	}

	/** Locks a stored message (2601 marks it reversed). */
	Optional<Stored> lock(String msgid) {
		return jdbc
			.sql("select msgid, infno, fixmedins_code, body_sha256, response, infcode, reversed_by from ins_message "
					+ "where msgid = :m for update")
			.param("m", msgid)
			.query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					cipher.open(rs.getString(5)), rs.getInt(6), rs.getString(7)))
			.optional();
	}

	/**
	 * Stores an answered message; the primary key refuses a second message with the same
	 * msgid. The request is kept for the record with its ID numbers masked; the answer is
	 * kept encrypted, whole, so a replay gets it unchanged.
	 */
	public void store(String msgid, String infno, String institution, String bodySha256, String request,
			String response, int infcode) {
		jdbc.sql("insert into ins_message (msgid, infno, fixmedins_code, body_sha256, request, response, infcode) "
				+ "values (:m, :n, :i, :h, :req, :res, :c)")
			.param("m", msgid)
			.param("n", infno)
			.param("i", institution)
			.param("h", bodySha256)
			.param("req", Masking.idNumbersIn(request))
			.param("res", cipher.seal(response))
			.param("c", infcode)
			.update();
	}

	void markReversed(String msgid, String by) {
		jdbc.sql("update ins_message set reversed_by = :b where msgid = :m").param("b", by).param("m", msgid).update();
	}

	/**
	 * Reserves a msgid that never arrived (2601 of an unknown message): a late arrival
	 * gets the stored answer.
	 */
	void reserve(String msgid, String infno, String institution, String response, String by) {
		jdbc.sql("insert into ins_message (msgid, infno, fixmedins_code, body_sha256, request, response, infcode, "
				+ "reversed_by) values (:m, :n, :i, :h, '', :res, -2, :b)")
			.param("m", msgid)
			.param("n", infno)
			.param("i", institution)
			.param("h", RESERVED)
			.param("res", cipher.seal(response))
			.param("b", by)
			.update();
	}

	public void refused(String msgid, String infno, String institution, int infcode, String errMsg) {
		jdbc.sql(
				"insert into ins_message_error (msgid, infno, fixmedins_code, infcode, err_msg) values (:m, :n, :i, :c, :e)")
			.param("m", truncate(msgid, 64))
			.param("n", truncate(infno, 10))
			.param("i", truncate(institution, 20))
			.param("c", infcode)
			.param("e", truncate(Masking.idNumbersIn(errMsg), 1000))
			.update();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	/**
	 * Encrypts up to {@code limit} answers an older version stored in the clear and masks
	 * the ID numbers in their requests; the number done. Several nodes may run it at
	 * once: each takes other rows.
	 */
	public int sealPlainAnswers(int limit) {
		List<String[]> plain = jdbc
			.sql("select msgid, request, response from ins_message " + "where response not like '"
					+ PersonalDataCipher.SEALED + "%' limit :n for update skip locked")
			.param("n", limit)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		for (String[] m : plain) {
			jdbc.sql("update ins_message set request = :req, response = :res where msgid = :m")
				.param("req", Masking.idNumbersIn(m[1]))
				.param("res", cipher.seal(m[2]))
				.param("m", m[0])
				.update();
		}
		return plain.size();
	}

}
