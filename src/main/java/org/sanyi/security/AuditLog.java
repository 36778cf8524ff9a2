package org.sanyi.security;

/**
 * The append-only audit trail. Every write request is recorded automatically (with its
 * outcome); controllers add what it was about with {@link #describe}. Reads of personal
 * data must be recorded explicitly with {@link #read}.
 */
public interface AuditLog {

	/**
	 * Records that the current user read personal data: {@code resource} e.g.
	 * {@code identity:resident}.
	 */
	void read(String resource, String target, String detail);

	/**
	 * Records an action of the current user outside a web write request (e.g. an import
	 * job, an export).
	 */
	void record(AuditAction action, String resource, String target, String detail);

	/**
	 * Names the resource and target of the current write request, for its automatic audit
	 * entry.
	 */
	void describe(String resource, String target, String detail);

}
