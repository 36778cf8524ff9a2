package org.sanyi.security;

/**
 * The platform's keys at rest. A module that keeps a key in the database keeps it wrapped
 * (AES-256-GCM) under the master key from configuration
 * ({@code sanyi.security.master-key}), so a copy of the database, a backup or a dump of
 * one table never holds a key in the clear next to the data it protects.
 */
public interface KeyVault {

	/**
	 * A named 256-bit data key: made on first use and kept wrapped in
	 * {@code sec_data_key}; every node gets the same key. Names are module-qualified,
	 * e.g. {@code insurance.certno.data}.
	 */
	byte[] dataKey(String name);

	/**
	 * Wraps a key for a module that stores its own keys; {@code name} binds the wrapped
	 * key to its row.
	 */
	byte[] wrap(String name, byte[] key);

	/**
	 * Opens what {@link #wrap} made for the same name; fails when it was wrapped under
	 * another master key.
	 */
	byte[] unwrap(String name, byte[] wrapped);

	/**
	 * Whether a stored value is a wrapped key (and not a raw one kept by an older
	 * version).
	 */
	boolean isWrapped(byte[] stored);

}
