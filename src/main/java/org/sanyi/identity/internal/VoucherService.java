package org.sanyi.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.sanyi.identity.EVouchers;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.card.BusinessType;
import org.sanyi.identity.card.EVoucherDecoder;
import org.sanyi.identity.card.EcTokenCodec;
import org.sanyi.identity.card.EcTokenLifecycle;
import org.sanyi.identity.card.EcTokenState;
import org.sanyi.identity.card.EcTokenStatus;
import org.sanyi.identity.card.InsuranceTransaction;
import org.sanyi.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** E-voucher accounts, counter decoding of voucher QRs into ecTokens, and token use by the insurance gateway. */
@Service
public class VoucherService implements EVouchers {

	private final JdbcClient jdbc;

	private final CardService cards;

	private final IdentityKeys keys;

	private final MpiRepository mpi;

	private final SecureRandom random = new SecureRandom();

	private volatile EcTokenCodec codec;

	VoucherService(JdbcClient jdbc, CardService cards, IdentityKeys keys, MpiRepository mpi) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.keys = keys;
		this.mpi = mpi;
	}

	private EcTokenCodec codec() {
		if (codec == null) {
			codec = new EcTokenCodec(keys.tokenKey());
		}
		return codec;
	}

	/** The resident's e-voucher account (made on first use with the psn_no and insurance region given). */
	@Override
	@Transactional
	public long openAccount(String residentId, String psnNo, String insuplcAdmdvs) {
		return jdbc.sql("select serial from idn_voucher_account where resident_id = :r").param("r", residentId)
			.query(Long.class).optional().orElseGet(() -> {
				long serial = 20_000_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 79_999_999_999_999L;
				jdbc.sql("""
						insert into idn_voucher_account (serial, resident_id, psn_no, insuplc_admdvs)
						values (:s, :r, :p, :a)""").param("s", serial).param("r", residentId).param("p", psnNo)
					.param("a", insuplcAdmdvs).update();
				return serial;
			});
	}

	public String voucherQr(String residentId, Instant now) {
		long serial = jdbc.sql("select serial from idn_voucher_account where resident_id = :r").param("r", residentId)
			.query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("resident", residentId));
		return cards.issueVoucherQr(serial, now);
	}

	public record Decoded(String ecToken, Instant expiresAt, String nameMasked) {
	}

	/** ec.query: the counter's scan of a voucher QR becomes an ecToken bound to the institution. */
	@Transactional
	public Decoded decode(String qrText, String institutionCode, BusinessType businessType, Instant now) {
		var decoder = new EVoucherDecoder(cards.verifier(), codec(), EVoucherDecoder.DEFAULT_TOKEN_LIFETIME, random);
		var decoding = decoder.decode(qrText == null ? "" : qrText.strip(), institutionCode, businessType, now);
		if (decoding instanceof EVoucherDecoder.Rejected rejected) {
			throw new BusinessException(IdentityErrors.QR_REJECTED, rejected.reason().name());
		}
		EcTokenState s = ((EVoucherDecoder.Decoded) decoding).state();
		jdbc.sql("""
				insert into idn_ec_token (token, voucher_serial, institution_code, business_type, issued_at, expires_at,
				    status, version) values (:t, :v, :i, :b, :ia, :ea, :st, 0)""")
			.param("t", s.token()).param("v", s.voucherSubject()).param("i", institutionCode)
			.param("b", businessType.code()).param("ia", OffsetDateTime.ofInstant(s.issuedAt(), ResidentIndexService.ZONE))
			.param("ea", OffsetDateTime.ofInstant(s.expiresAt(), ResidentIndexService.ZONE)).param("st", s.status().name())
			.update();
		String name = jdbc.sql("""
				select r.name from idn_voucher_account a join idn_resident r on r.resident_id = a.resident_id
				where a.serial = :s""").param("s", s.voucherSubject()).query(String.class).single();
		return new Decoded(s.token(), s.expiresAt(), org.sanyi.shared.Masking.name(name));
	}

	@Override
	@Transactional
	public VoucherHolder resolve(String ecToken, String institutionCode, String infno) {
		if (codec().read(ecToken) == null) {
			throw new BusinessException(IdentityErrors.INVALID_EC_TOKEN);
		}
		InsuranceTransaction transaction = InsuranceTransaction.ofInfno(infno);
		record Row(EcTokenState state, String residentId, String psnNo, String admdvs) {
		}
		Row row = jdbc.sql("""
				select t.token, t.voucher_serial, t.institution_code, t.business_type, t.issued_at, t.expires_at,
				       t.status, t.version, a.resident_id, a.psn_no, a.insuplc_admdvs
				from idn_ec_token t join idn_voucher_account a on a.serial = t.voucher_serial
				where t.token = :t for update of t""").param("t", ecToken)
			.query((rs, n) -> new Row(new EcTokenState(rs.getString(1), rs.getLong(2), rs.getString(3),
					BusinessType.ofCode(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getObject(6, OffsetDateTime.class).toInstant(), EcTokenStatus.valueOf(rs.getString(7)),
					rs.getInt(8)), rs.getString(9), rs.getString(10), rs.getString(11)))
			.optional()
			.orElseThrow(() -> new BusinessException(IdentityErrors.INVALID_EC_TOKEN));
		var use = EcTokenLifecycle.use(row.state(), transaction, institutionCode, Instant.now());
		if (use instanceof EcTokenLifecycle.Refused refused) {
			throw new BusinessException(IdentityErrors.EC_TOKEN_REFUSED, refused.reason().name());
		}
		EcTokenState next = ((EcTokenLifecycle.Allowed) use).next();
		int updated = jdbc.sql("""
				update idn_ec_token set status = :st, version = :nv,
				    used_at = case when :st = 'SETTLED' then now() else used_at end
				where token = :t and version = :v""")
			.param("st", next.status().name()).param("nv", next.version()).param("t", ecToken)
			.param("v", row.state().version()).update();
		if (updated != 1) {
			throw new BusinessException(IdentityErrors.EC_TOKEN_REFUSED, "OUT_OF_ORDER");
		}
		var resident = mpi.resident(row.residentId()).orElseThrow();
		return new VoucherHolder(row.residentId(), keys.decrypt(resident.idNumberEnc()), resident.name(), row.psnNo(),
				row.admdvs(), next.status().name(), next.expiresAt());
	}

}
