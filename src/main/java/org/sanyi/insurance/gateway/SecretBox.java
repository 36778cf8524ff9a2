package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the institutions' gateway secrets at rest with AES-256-GCM under the master key
 * {@code sanyi.insurance.gateway.master-key} (Base64 of 32 bytes). The gateway has to recompute each request's HMAC,
 * so the secret cannot be stored as a one-way hash; it is kept encrypted instead and decrypted only in memory.
 * Without a configured key a fixed development key is used and a warning logged: fine for the demo, never for
 * production.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(@Value("${sanyi.insurance.gateway.master-key:}") String masterKey) {
		byte[] bytes;
		if (masterKey == null || masterKey.isBlank()) {
			log.warn("sanyi.insurance.gateway.master-key is not set: gateway secrets are encrypted with the "
					+ "development key. Set a Base64 32-byte key in production.");
			bytes = sha256("sanyi-development-gateway-key");
		}
		else {
			bytes = Base64.getDecoder().decode(masterKey.trim());
			if (bytes.length != 32) {
				throw new IllegalStateException("sanyi.insurance.gateway.master-key must be 32 bytes (Base64)");
			}
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

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
