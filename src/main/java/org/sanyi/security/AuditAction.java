package org.sanyi.security;

/** What an audit entry records. */
public enum AuditAction {

	LOGIN, LOGIN_FAILED, LOGOUT, READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT, WRITE

}
