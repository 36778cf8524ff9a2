package org.sanyi.insurance;

import java.util.Optional;

import org.sanyi.shared.BusinessException;

/**
 * The default {@link VoucherTokens} while no e-voucher service is connected: every token is refused with
 * {@code INS-0044} ("医保电子凭证解码服务尚未接入"), so a HIS gets a clear answer and falls back to the ID card (02)
 * or the social-security card (03). The gateway uses it only when the application context has no other
 * {@link VoucherTokens} bean.
 */
public final class UnavailableVoucherTokens implements VoucherTokens {

	@Override
	public Optional<String> certNoForToken(String ecToken, String institutionCode, String infno) {
		throw new BusinessException(InsuranceErrors.VOUCHER_SERVICE_UNAVAILABLE);
	}

}
