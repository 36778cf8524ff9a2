package org.sanyi.insurance.gateway;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.identity.EVouchers;
import org.sanyi.insurance.VoucherTokens;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * Resolves e-voucher tokens through the identity module, which owns them and checks that
 * the token is its own, not expired, decoded for this institution and used in the
 * national order (1101 identifies; the visit and settlement transactions advance it). Any
 * refusal becomes "token invalid or expired" at the gateway; the reason is logged, not
 * sent, so a HIS learns nothing about whose token it was.
 */
@Component
class IdentityVoucherTokens implements VoucherTokens {

	private static final Logger log = LoggerFactory.getLogger(IdentityVoucherTokens.class);

	private final EVouchers vouchers;

	IdentityVoucherTokens(EVouchers vouchers) {
		this.vouchers = vouchers;
	}

	@Override
	public Optional<String> certNoForToken(String ecToken, String institutionCode, String infno) {
		try {
			return Optional.ofNullable(vouchers.resolve(ecToken, institutionCode, infno).idNumber());
		}
		catch (BusinessException refused) {
			log.info("e-voucher token refused for {} in {}: {}", institutionCode, infno, refused.error().code());
			return Optional.empty();
		}
	}

}
