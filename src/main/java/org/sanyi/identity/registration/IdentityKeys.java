package org.sanyi.identity.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.security.KeyVault;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The identity module's secrets: the data key (AES-256-GCM for ID numbers, phones,
 * addresses), the blind-index key (HMAC-SHA256 of ID numbers and phones for lookups), the
 * ecToken key and the QR signing key. Each is read from
 * {@code sanyi.identity.keys.<name>} (base64) when configured; otherwise generated at
 * first start and kept in {@code idn_key} wrapped under the platform master key
 * ({@link KeyVault}), so the table alone opens nothing. A key an older version stored raw
 * is wrapped in place the first time it is read.
 */
@Component
public class IdentityKeys {

	static final String DATA = "data";

	static final String INDEX = "index";

	static final String TOKEN = "ectoken";

	private static final int IV = 12;

	private final KeyRepository keyStore;

	private final Environment env;

	private final KeyVault vault;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	/**
	 * Looking a cipher up costs ten times encrypting with it: each thread keeps its own
	 * (neither is thread-safe).
	 */
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding"));

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance("HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	});

	IdentityKeys(KeyRepository keyStore, Environment env, KeyVault vault) {
		this.keyStore = keyStore;
		this.env = env;
		this.vault = vault;
	}

	/** A secret by name: configured, stored, or made now and stored. */
	public byte[] secret(String name, java.util.function.Supplier<byte[]> generator) {
		return cache.computeIfAbsent(name, n -> {
			String configured = env.getProperty("sanyi.identity.keys." + n);
			if (configured != null && !configured.isBlank()) {
				return Base64.getDecoder().decode(configured.trim());
			}
			keyStore.insertIfAbsent(n, vault.wrap(n, generator.get()));
			byte[] value = keyStore.value(n);
			if (vault.isWrapped(value)) {
				return vault.unwrap(n, value);
			}
			// a key stored in the clear by an older version: wrap it now, unless another
			// node did
			keyStore.replace(n, value, vault.wrap(n, value));
			return value;
		});
	}

	byte[] randomKey(String name) {
		return secret(name, () -> {
			byte[] key = new byte[32];
			random.nextBytes(key);
			return key;
		});
	}

	/** AES-256-GCM, base64 of IV and ciphertext; null stays null. */
	public String encrypt(String clear) {
		if (clear == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV];
			random.nextBytes(iv);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(randomKey(DATA), "AES"), new GCMParameterSpec(128, iv));
			byte[] ct = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[IV + ct.length];
			System.arraycopy(iv, 0, all, 0, IV);
			System.arraycopy(ct, 0, all, IV, ct.length);
			return Base64.getEncoder().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(randomKey(DATA), "AES"),
					new GCMParameterSpec(128, all, 0, IV));
			return new String(cipher.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * HMAC-SHA256 of the upper-cased value, hex: equal values give equal indexes, nothing
	 * else is revealed.
	 */
	public String blindIndex(String value) {
		if (value == null) {
			return null;
		}
		try {
			Mac mac = macs.get();
			mac.init(new SecretKeySpec(randomKey(INDEX), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The blind index of a phone number, normalized as {@link DemographicRecord} does
	 * (its digits, without 86), so one number written two ways, or stored by a version
	 * that kept it as typed, gives one index; kept apart from the ID numbers' by a
	 * prefix; null for no phone.
	 */
	public String phoneIndex(String phone) {
		String digits = DemographicRecord.normalizePhone(phone);
		return digits == null ? null : blindIndex("TEL:" + digits);
	}

	private static Cipher instance(String transformation) {
		try {
			return Cipher.getInstance(transformation);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public byte[] tokenKey() {
		return randomKey(TOKEN);
	}

}
