package org.sanyi.identity.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/**
 * The platform's private key for signing codes, with its algorithm and key id. Kept in
 * the platform's key store (PKCS#8); only the {@link QrPublicKey} leaves it.
 *
 * @param algorithm the signature algorithm
 * @param keyId 0 to 255, written into every code; rotate by issuing with a new id while
 * verifiers trust both
 * @param privateKey the private key on the algorithm's curve
 */
public record QrSigningKey(QrAlgorithm algorithm, int keyId, ECPrivateKeyParameters privateKey) {

	public QrSigningKey {
		if (keyId < 0 || keyId > 255) {
			throw new IllegalArgumentException("key id is one byte: " + keyId);
		}
		privateKey = new ECPrivateKeyParameters(privateKey.getD(), Curves.domain(algorithm));
	}

	public static QrSigningKey generate(QrAlgorithm algorithm, int keyId, SecureRandom random) {
		var generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(Curves.domain(algorithm), random));
		var pair = generator.generateKeyPair();
		return new QrSigningKey(algorithm, keyId, (ECPrivateKeyParameters) pair.getPrivate());
	}

	/** Reads a PKCS#8 DER private key. */
	public static QrSigningKey fromPkcs8(QrAlgorithm algorithm, int keyId, byte[] der) {
		try {
			AsymmetricKeyParameter key = PrivateKeyFactory.createKey(der);
			return new QrSigningKey(algorithm, keyId, (ECPrivateKeyParameters) key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] pkcs8() {
		try {
			var named = new ECPrivateKeyParameters(privateKey.getD(), Curves.namedDomain(algorithm));
			return PrivateKeyInfoFactory.createPrivateKeyInfo(named).getEncoded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public QrPublicKey publicKey() {
		var q = Curves.domain(algorithm).getG().multiply(privateKey.getD()).normalize();
		return new QrPublicKey(algorithm, keyId, new ECPublicKeyParameters(q, Curves.domain(algorithm)));
	}

	@Override
	public String toString() {
		return "QrSigningKey[" + algorithm + ", " + keyId + "]";
	}

}
