package org.sanyi.identity.card;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * A verification key as distributed to counters and partner platforms: algorithm, key id
 * and the public key, which travels as X.509 SubjectPublicKeyInfo DER so that any
 * standard tool can read it.
 *
 * @param algorithm the signature algorithm
 * @param keyId the key id codes carry
 * @param key the public point on the algorithm's curve
 */
public record QrPublicKey(QrAlgorithm algorithm, int keyId, ECPublicKeyParameters key) {

	public QrPublicKey {
		if (keyId < 0 || keyId > 255) {
			throw new IllegalArgumentException("key id is one byte: " + keyId);
		}
		// re-homed on the fast curve implementation whatever curve object the key was
		// decoded with
		var domain = Curves.domain(algorithm);
		key = new ECPublicKeyParameters(domain.getCurve().decodePoint(key.getQ().getEncoded(false)), domain);
	}

	public static QrPublicKey fromSpki(QrAlgorithm algorithm, int keyId, byte[] der) {
		try {
			return new QrPublicKey(algorithm, keyId, (ECPublicKeyParameters) PublicKeyFactory.createKey(der));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] spki() {
		try {
			var named = new ECPublicKeyParameters(key.getQ(), Curves.namedDomain(algorithm));
			return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(named).getEncoded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
