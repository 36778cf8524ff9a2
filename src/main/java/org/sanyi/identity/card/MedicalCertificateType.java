package org.sanyi.identity.card;

/**
 * {@code mdtrt_cert_type} of the national insurance interface: how the insured identified
 * themself. With {@link #E_VOUCHER} the {@code mdtrt_cert_no} is the {@code ecToken}
 * obtained by decoding the e-voucher QR.
 */
public enum MedicalCertificateType {

	E_VOUCHER("01"), RESIDENT_ID_CARD("02"), SOCIAL_SECURITY_CARD("03");

	private final String code;

	MedicalCertificateType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static MedicalCertificateType ofCode(String code) {
		for (MedicalCertificateType type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		return null;
	}

}
