package org.sanyi.identity;

import java.time.Instant;

/**
 * Insurance e-voucher (医保电子凭证) tokens for the insurance gateway: a 1101 with
 * {@code mdtrt_cert_type = 01} carries the {@code ecToken} the counter obtained by
 * decoding the resident's voucher QR. {@link #resolve} checks the token (ours, not
 * expired, the institution it was decoded for, the transaction order) and advances it:
 * 1101 identifies, 2201/2401 open the visit, 2207/2304 settle and use it up.
 */
public interface EVouchers {

	/**
	 * The holder of a token, for the transaction {@code infno} at
	 * {@code institutionCode}. Throws IDN-0010 for text that is not our token, IDN-0011
	 * with the reason when the token may not be used for this now.
	 */
	VoucherHolder resolve(String ecToken, String institutionCode, String infno);

	/**
	 * Opens (or returns) the resident's e-voucher account; returns its subject serial.
	 */
	long openAccount(String residentId, String psnNo, String insuplcAdmdvs);

	/**
	 * @param residentId the master patient index id
	 * @param idNumber the ID number in clear (for 1101's psn_cert_type 01 lookups; never
	 * shown to users)
	 * @param name the name
	 * @param psnNo the insurance person number
	 * @param insuplcAdmdvs the insurance region (参保地医保区划)
	 * @param tokenStatus ISSUED, IDENTIFIED, IN_VISIT or SETTLED after this use
	 * @param tokenExpiresAt the token's expiry
	 */
	record VoucherHolder(String residentId, String idNumber, String name, String psnNo, String insuplcAdmdvs,
			String tokenStatus, Instant tokenExpiresAt) {

		@Override
		public String toString() {
			return "VoucherHolder[" + residentId + ", " + tokenStatus + "]";
		}

	}

}
