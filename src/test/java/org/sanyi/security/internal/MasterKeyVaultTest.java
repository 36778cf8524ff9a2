package org.sanyi.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyVaultTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MasterKeyVault vault = new MasterKeyVault(key(), null);

	@Test
	void keysOfAnyLengthAreWrappedAndOpenUnderTheirOwnNameOnly() {
		for (int length : new int[] { 32, 150 }) {
			byte[] key = new byte[length];
			RANDOM.nextBytes(key);
			byte[] wrapped = vault.wrap("qr-signing-1", key);
			assertThat(vault.isWrapped(wrapped)).isTrue();
			assertThat(vault.unwrap("qr-signing-1", wrapped)).isEqualTo(key);
			assertThatThrownBy(() -> vault.unwrap("data", wrapped)).hasMessageContaining("master key");
		}
	}

	@Test
	void rawKeysOfOlderVersionsAreToldApart() {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		assertThat(vault.isWrapped(raw)).isFalse();
		byte[] pkcs8 = new byte[150];
		pkcs8[0] = 0x30;
		assertThat(vault.isWrapped(pkcs8)).isFalse();
	}

	@Test
	void anotherMasterKeyOpensNothing() {
		byte[] wrapped = vault.wrap("data", new byte[32]);
		assertThatThrownBy(() -> new MasterKeyVault(key(), null).unwrap("data", wrapped))
			.hasMessageContaining("sanyi.security.master-key");
	}

	@Test
	void aMissingOrMalformedMasterKeyNamesTheProperty() {
		assertThatThrownBy(() -> new MasterKeyVault("", null)).hasMessageContaining("SANYI_MASTER_KEY");
		assertThatThrownBy(() -> new MasterKeyVault("c2hvcnQ=", null)).hasMessageContaining("32 bytes");
	}

	private static String key() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
