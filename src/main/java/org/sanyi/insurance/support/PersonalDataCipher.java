package org.sanyi.insurance.support;

import org.sanyi.security.FieldCipher;
import org.sanyi.security.KeyVault;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Insurance's personal data at rest: ID numbers of insured persons encrypted with a blind
 * index for lookups (as identity keeps them), and the answers of the message log
 * encrypted whole, because a replayed msgid must get the stored answer byte for byte. The
 * keys are security's data keys, wrapped under the master key.
 */
@Component
public class PersonalDataCipher implements SmartInitializingSingleton {

	/**
	 * Marks an encrypted stored answer; rows without it were written in the clear by an
	 * older version.
	 */
	public static final String SEALED = "aes:";

	private final KeyVault vault;

	private volatile FieldCipher cipher;

	PersonalDataCipher(KeyVault vault) {
		this.vault = vault;
	}

	/** Reads (or makes) the keys once at start-up, so no request pays the round trips. */
	@Override
	public void afterSingletonsInstantiated() {
		cipher();
	}

	public String encrypt(String clear) {
		return cipher().encrypt(clear);
	}

	public String decrypt(String stored) {
		return cipher().decrypt(stored);
	}

	public String blindIndex(String idNumber) {
		return cipher().blindIndex(idNumber);
	}

	public String seal(String answer) {
		return answer == null ? null : SEALED + cipher().encrypt(answer);
	}

	public String open(String stored) {
		return stored != null && stored.startsWith(SEALED) ? cipher().decrypt(stored.substring(SEALED.length()))
				: stored;
	}

	private FieldCipher cipher() {
		FieldCipher c = cipher;
		if (c == null) {
			// the keys are read from (or made in) the database, so not before the
			// migrations ran
			c = FieldCipher.of(vault, "insurance.personal");
			cipher = c;
		}
		return c;
	}

}
