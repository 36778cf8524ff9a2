package org.sanyi.identity.healthcode;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.sanyi.identity.card.BusinessType;
import org.sanyi.identity.card.EcTokenState;
import org.sanyi.identity.card.EcTokenStatus;
import org.sanyi.identity.registration.ResidentIndexService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-voucher accounts ({@code idn_voucher_account}) and the ecTokens decoded from their QR
 * codes.
 */
@Repository
class VoucherRepository {

	private final JdbcClient jdbc;

	VoucherRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token locked for its use, with the account it was issued for. */
	record TokenRow(EcTokenState state, String residentId, String psnNo, String admdvs) {
	}

	Optional<Long> accountSerial(String residentId) {
		return jdbc.sql("select serial from idn_voucher_account where resident_id = :r")
			.param("r", residentId)
			.query(Long.class)
			.optional();
	}

	void insertAccount(long serial, String residentId, String psnNo, String insuplcAdmdvs) {
		jdbc.sql("""
				insert into idn_voucher_account (serial, resident_id, psn_no, insuplc_admdvs)
				values (:s, :r, :p, :a)""")
			.param("s", serial)
			.param("r", residentId)
			.param("p", psnNo)
			.param("a", insuplcAdmdvs)
			.update();
	}

	void insertToken(EcTokenState s, String institutionCode, BusinessType businessType) {
		jdbc.sql("""
				insert into idn_ec_token (token, voucher_serial, institution_code, business_type, issued_at, expires_at,
				    status, version) values (:t, :v, :i, :b, :ia, :ea, :st, 0)""")
			.param("t", s.token())
			.param("v", s.voucherSubject())
			.param("i", institutionCode)
			.param("b", businessType.code())
			.param("ia", OffsetDateTime.ofInstant(s.issuedAt(), ResidentIndexService.ZONE))
			.param("ea", OffsetDateTime.ofInstant(s.expiresAt(), ResidentIndexService.ZONE))
			.param("st", s.status().name())
			.update();
	}

	/** The name of the resident an account belongs to. */
	String holderName(long serial) {
		return jdbc.sql("""
				select r.name from idn_voucher_account a join idn_resident r on r.resident_id = a.resident_id
				where a.serial = :s""").param("s", serial).query(String.class).single();
	}

	Optional<TokenRow> lockToken(String ecToken) {
		return jdbc.sql("""
				select t.token, t.voucher_serial, t.institution_code, t.business_type, t.issued_at, t.expires_at,
				       t.status, t.version, a.resident_id, a.psn_no, a.insuplc_admdvs
				from idn_ec_token t join idn_voucher_account a on a.serial = t.voucher_serial
				where t.token = :t for update of t""")
			.param("t", ecToken)
			.query((rs,
					n) -> new TokenRow(new EcTokenState(rs.getString(1), rs.getLong(2), rs.getString(3),
							BusinessType.ofCode(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant(),
							rs.getObject(6, OffsetDateTime.class).toInstant(), EcTokenStatus.valueOf(rs.getString(7)),
							rs.getInt(8)), rs.getString(9), rs.getString(10), rs.getString(11)))
			.optional();
	}

	/**
	 * Moves the token to {@code next} if it is still at {@code version}; false when
	 * another use came first.
	 */
	boolean advance(String ecToken, EcTokenState next, int version) {
		return jdbc.sql("""
				update idn_ec_token set status = :st, version = :nv,
				    used_at = case when :st = 'SETTLED' then now() else used_at end
				where token = :t and version = :v""")
			.param("st", next.status().name())
			.param("nv", next.version())
			.param("t", ecToken)
			.param("v", version)
			.update() == 1;
	}

}
