package org.sanyi.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of a personal-data column with a blind index for lookups, as identity keeps
 * ID numbers: the value is stored as AES-256-GCM (base64 of IV and ciphertext, a fresh IV
 * each time), and next to it the HMAC-SHA256 of the trimmed, upper-cased value (hex), so
 * equal values are found by equality without decrypting anything. The two keys are
 * separate: the index key alone decrypts nothing.
 */
public final class FieldCipher {

	private static final int IV = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec dataKey;

	private final SecretKeySpec indexKey;

	public FieldCipher(byte[] dataKey, byte[] indexKey) {
		if (dataKey.length != 32 || indexKey.length != 32) {
			throw new IllegalArgumentException("field keys must be 32 bytes");
		}
		this.dataKey = new SecretKeySpec(dataKey, "AES");
		this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
	}

	/**
	 * The keys of a column from the vault: {@code <name>.data} and {@code <name>.index}.
	 */
	public static FieldCipher of(KeyVault vault, String name) {
		return new FieldCipher(vault.dataKey(name + ".data"), vault.dataKey(name + ".index"));
	}

	/** Base64 of IV and ciphertext; null stays null. */
	public String encrypt(String clear) {
		if (clear == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[IV + sealed.length];
			System.arraycopy(iv, 0, all, 0, IV);
			System.arraycopy(sealed, 0, all, IV, sealed.length);
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
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(128, all, 0, IV));
			return new String(cipher.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("cannot decrypt a protected column (wrong key?)", ex);
		}
	}

	/** HMAC-SHA256 of the trimmed, upper-cased value, hex; null stays null. */
	public String blindIndex(String value) {
		if (value == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(value.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
