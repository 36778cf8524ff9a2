package org.sanyi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sanyi.security.KeyVault;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Wraps keys under the master key {@code sanyi.security.master-key} (Base64 of 32 bytes;
 * the demo profile brings a development key, anything else must configure one:
 * {@link UnsafeSettingsCheck}). A wrapped key is the marker {@code SYK1}, a 12-byte IV
 * and the AES-256-GCM ciphertext of the key with its name as associated data, so a
 * wrapped key moved to another row does not open. Keys of any length are wrapped
 * (identity's QR signing key is a PKCS#8 document); the marker tells them from the raw
 * keys older versions stored.
 */
@Service
class MasterKeyVault implements KeyVault {

	static final String PROPERTY = "sanyi.security.master-key";

	private static final byte[] MARKER = { 'S', 'Y', 'K', '1' };

	private static final int IV = 12;

	private final SecretKeySpec master;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	MasterKeyVault(@Value("${" + PROPERTY + ":}") String masterKey, JdbcClient jdbc) {
		this.master = new SecretKeySpec(decode(masterKey), "AES");
		this.jdbc = jdbc;
	}

	/**
	 * The 32 bytes of a configured key, or a start-up failure that names the property.
	 */
	static byte[] decode(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException(PROPERTY + " (SANYI_MASTER_KEY) is not set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(PROPERTY + " is not Base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(PROPERTY + " must be 32 bytes (Base64), got " + bytes.length);
		}
		return bytes;
	}

	@Override
	public byte[] dataKey(String name) {
		return cache.computeIfAbsent(name, n -> {
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			// every node may start at once: the first insert wins, everybody reads the
			// row back
			jdbc.sql("insert into sec_data_key (name, wrapped) values (:n, :w) on conflict (name) do nothing")
				.param("n", n)
				.param("w", wrap(n, fresh))
				.update();
			byte[] stored = jdbc.sql("select wrapped from sec_data_key where name = :n")
				.param("n", n)
				.query(byte[].class)
				.single();
			return unwrap(n, stored);
		}).clone();
	}

	@Override
	public byte[] wrap(String name, byte[] key) {
		try {
			byte[] iv = new byte[IV];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, iv));
			cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(key);
			byte[] out = new byte[MARKER.length + IV + sealed.length];
			System.arraycopy(MARKER, 0, out, 0, MARKER.length);
			System.arraycopy(iv, 0, out, MARKER.length, IV);
			System.arraycopy(sealed, 0, out, MARKER.length + IV, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public byte[] unwrap(String name, byte[] wrapped) {
		if (!isWrapped(wrapped)) {
			throw new IllegalStateException("key " + name + " is not wrapped");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			int head = MARKER.length + IV;
			cipher.init(Cipher.DECRYPT_MODE, master,
					new GCMParameterSpec(128, Arrays.copyOfRange(wrapped, MARKER.length, head)));
			cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(wrapped, head, wrapped.length - head);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"cannot unwrap the key " + name + ": " + PROPERTY + " is not the master key it was wrapped with",
					ex);
		}
	}

	@Override
	public boolean isWrapped(byte[] stored) {
		return stored != null && stored.length > MARKER.length + IV + 16
				&& Arrays.equals(stored, 0, MARKER.length, MARKER, 0, MARKER.length);
	}

}
