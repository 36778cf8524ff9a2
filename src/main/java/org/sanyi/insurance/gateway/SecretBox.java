package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the institutions' gateway secrets at rest with AES-256-GCM under the master
 * key {@code sanyi.insurance.gateway.master-key} (Base64 of 32 bytes). The gateway has to
 * recompute each request's HMAC, so the secret cannot be stored as a one-way hash; it is
 * kept encrypted instead and decrypted only in memory. The key is required: the demo
 * profile configures a published development key, and outside it start-up refuses that
 * key or none (security's UnsafeSettingsCheck).
 */
@Component
public class SecretBox {

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(@Value("${sanyi.insurance.gateway.master-key:}") String masterKey) {
		if (masterKey == null || masterKey.isBlank()) {
			throw new IllegalStateException("sanyi.insurance.gateway.master-key (SANYI_GATEWAY_MASTER_KEY) is not set");
		}
		byte[] bytes = Base64.getDecoder().decode(masterKey.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("sanyi.insurance.gateway.master-key must be 32 bytes (Base64)");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	public byte[] seal(String secret) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String open(byte[] box) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, box, 0, IV_BYTES));
			return new String(cipher.doFinal(box, IV_BYTES, box.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt a gateway secret (wrong master key?)", ex);
		}
	}

}
