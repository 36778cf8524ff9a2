package org.sanyi.supervision.audit;

import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The data scope over {@code sup_suspicion} in a WHERE clause, for every query of the
 * module that reads suspicions (cases, notices, statistics): the platform sees all, a
 * region its institutions' (by {@code fixmedins_region}), an institution its own.
 */
public final class SuspicionScope {

	private SuspicionScope() {
	}

	/** The condition, with {@code :all}, {@code :prefix} and {@code :institution}. */
	public static final String WHERE = """
			(:all or fixmedins_region like :prefix || '%' or fixmedins_code = :institution)""";

	/** Binds the condition's parameters for a scope. */
	public static StatementSpec bind(StatementSpec spec, DataScope scope) {
		return spec.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.param("institution", scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "~");
	}

}
