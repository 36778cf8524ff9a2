package org.sanyi.identity.healthcode;

import java.security.SecureRandom;
import java.time.Instant;

import org.sanyi.identity.EVouchers;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.card.BusinessType;
import org.sanyi.identity.card.EVoucherDecoder;
import org.sanyi.identity.card.EcTokenCodec;
import org.sanyi.identity.card.EcTokenLifecycle;
import org.sanyi.identity.card.EcTokenState;
import org.sanyi.identity.card.InsuranceTransaction;
import org.sanyi.identity.registration.IdentityKeys;
import org.sanyi.identity.registration.MpiRepository;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-voucher accounts, counter decoding of voucher QRs into ecTokens, and token use by the
 * insurance gateway.
 */
@Service
public class VoucherService implements EVouchers {

	private final VoucherRepository vouchers;

	private final CardService cards;

	private final IdentityKeys keys;

	private final MpiRepository mpi;

	private final SecureRandom random = new SecureRandom();

	private volatile EcTokenCodec codec;

	VoucherService(VoucherRepository vouchers, CardService cards, IdentityKeys keys, MpiRepository mpi) {
		this.vouchers = vouchers;
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

	/**
	 * The resident's e-voucher account (made on first use with the psn_no and insurance
	 * region given).
	 */
	@Override
	@Transactional
	public long openAccount(String residentId, String psnNo, String insuplcAdmdvs) {
		return vouchers.accountSerial(residentId).orElseGet(() -> {
			long serial = 20_000_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 79_999_999_999_999L;
			vouchers.insertAccount(serial, residentId, psnNo, insuplcAdmdvs);
			return serial;
		});
	}

	public String voucherQr(String residentId, Instant now) {
		long serial = vouchers.accountSerial(residentId)
			.orElseThrow(() -> BusinessException.notFound("resident", residentId));
		return cards.issueVoucherQr(serial, now);
	}

	public record Decoded(String ecToken, Instant expiresAt, String nameMasked) {
	}

	/**
	 * ec.query: the counter's scan of a voucher QR becomes an ecToken bound to the
	 * institution.
	 */
	@Transactional
	public Decoded decode(String qrText, String institutionCode, BusinessType businessType, Instant now) {
		var decoder = new EVoucherDecoder(cards.verifier(), codec(), EVoucherDecoder.DEFAULT_TOKEN_LIFETIME, random);
		var decoding = decoder.decode(qrText == null ? "" : qrText.strip(), institutionCode, businessType, now);
		if (decoding instanceof EVoucherDecoder.Rejected rejected) {
			throw new BusinessException(IdentityErrors.QR_REJECTED, rejected.reason().name());
		}
		EcTokenState s = ((EVoucherDecoder.Decoded) decoding).state();
		vouchers.insertToken(s, institutionCode, businessType);
		String name = vouchers.holderName(s.voucherSubject());
		return new Decoded(s.token(), s.expiresAt(), org.sanyi.shared.Masking.name(name));
	}

	@Override
	@Transactional
	public VoucherHolder resolve(String ecToken, String institutionCode, String infno) {
		if (codec().read(ecToken) == null) {
			throw new BusinessException(IdentityErrors.INVALID_EC_TOKEN);
		}
		InsuranceTransaction transaction = InsuranceTransaction.ofInfno(infno);
		VoucherRepository.TokenRow row = vouchers.lockToken(ecToken)
			.orElseThrow(() -> new BusinessException(IdentityErrors.INVALID_EC_TOKEN));
		var use = EcTokenLifecycle.use(row.state(), transaction, institutionCode, Instant.now());
		if (use instanceof EcTokenLifecycle.Refused refused) {
			throw new BusinessException(IdentityErrors.EC_TOKEN_REFUSED, refused.reason().name());
		}
		EcTokenState next = ((EcTokenLifecycle.Allowed) use).next();
		if (!vouchers.advance(ecToken, next, row.state().version())) {
			throw new BusinessException(IdentityErrors.EC_TOKEN_REFUSED, "OUT_OF_ORDER");
		}
		var resident = mpi.resident(row.residentId()).orElseThrow();
		return new VoucherHolder(row.residentId(), keys.decrypt(resident.idNumberEnc()), resident.name(), row.psnNo(),
				row.admdvs(), next.status().name(), next.expiresAt());
	}

}
