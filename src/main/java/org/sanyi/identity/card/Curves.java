package org.sanyi.identity.card;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/**
 * The two curves on BouncyCastle's specialised implementations
 * ({@code CustomNamedCurves}: fixed-size field arithmetic for sm2p256v1 and secp256r1,
 * several times faster than the generic prime-field code).
 */
final class Curves {

	private static final ECNamedDomainParameters SM2 = named(GMObjectIdentifiers.sm2p256v1, "sm2p256v1");

	private static final ECNamedDomainParameters P256 = named(SECObjectIdentifiers.secp256r1, "secp256r1");

	private Curves() {
	}

	static ECDomainParameters domain(QrAlgorithm algorithm) {
		return namedDomain(algorithm);
	}

	static ECNamedDomainParameters namedDomain(QrAlgorithm algorithm) {
		return switch (algorithm) {
			case SM2_SM3 -> SM2;
			case ECDSA_P256_SHA256 -> P256;
		};
	}

	private static ECNamedDomainParameters named(ASN1ObjectIdentifier oid, String name) {
		X9ECParameters x9 = CustomNamedCurves.getByName(name);
		return new ECNamedDomainParameters(oid, x9);
	}

}
