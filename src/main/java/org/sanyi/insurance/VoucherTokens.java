package org.sanyi.insurance;

import java.util.Optional;

/**
 * The port through which the gateway resolves a medical-insurance e-voucher (医保电子凭证) for
 * 1101 with {@code mdtrt_cert_type 01}: the HIS scans the patient's QR code, gets an
 * {@code ecToken} from the e-voucher middle platform and sends it as
 * {@code mdtrt_cert_no}. The identity module owns e-vouchers; the implementation that
 * asks it is {@code gateway.IdentityVoucherTokens}.
 */
public interface VoucherTokens {

	/**
	 * The ID number (公民身份号码) of the person a token was issued to, or empty when the token
	 * is unknown, expired, decoded for another institution or not usable for this
	 * transaction (the gateway then answers {@code INS-0045}). Tokens are opaque and
	 * short-lived.
	 */
	Optional<String> certNoForToken(String ecToken, String institutionCode, String infno);

}
