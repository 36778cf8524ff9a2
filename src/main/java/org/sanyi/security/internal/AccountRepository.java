package org.sanyi.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.Like;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, roles and tokens in {@code sec_*} tables. */
@Repository
class AccountRepository {

	private static final String USER_COLUMNS = """
			u.id, u.username, u.password_hash, u.display_name, u.role_code, u.region_code, u.institution_code,
			u.resident_ref, u.enabled, r.scope_kind,
			array(select p.permission from sec_role_permission p where p.role_code = u.role_code) as permissions
			""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountDetails> findByUsername(String username) {
		return jdbc
			.sql("select " + USER_COLUMNS + " from sec_user u join sec_role r on r.code = u.role_code "
					+ "where u.username = :username")
			.param("username", username)
			.query(this::account)
			.optional();
	}

	/**
	 * The enabled account that carries a mobile number, when exactly one does: a number
	 * shared by two accounts signs in neither (it would be a guess which one is meant).
	 */
	Optional<AccountDetails> findByPhone(String phone) {
		List<AccountDetails> found = jdbc
			.sql("select " + USER_COLUMNS + " from sec_user u join sec_role r on r.code = u.role_code "
					+ "where u.phone = :phone and u.enabled limit 2")
			.param("phone", phone)
			.query(this::account)
			.list();
		return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
	}

	/**
	 * The username of the account a typed name stands for (ignoring case), else of the
	 * one enabled account with that mobile number, as sign-in resolves it.
	 */
	Optional<String> canonicalUsername(String typed) {
		Optional<String> byName = jdbc.sql("select username from sec_user where lower(username) = :t limit 1")
			.param("t", typed)
			.query(String.class)
			.optional();
		if (byName.isPresent() || !LoginCodes.isMobile(typed)) {
			return byName;
		}
		return findByPhone(typed).map(AccountDetails::getUsername);
	}

	/**
	 * The account of a live token (not revoked, not expired) and when the token expires.
	 */
	Optional<TokenAccount> findTokenAccount(String tokenHash) {
		return jdbc
			.sql("select " + USER_COLUMNS + ", t.expires_at from sec_api_token t join sec_user u on u.id = t.user_id "
					+ "join sec_role r on r.code = u.role_code "
					+ "where t.token_hash = :hash and t.revoked_at is null and t.expires_at > now()")
			.param("hash", tokenHash)
			.query((rs, n) -> new TokenAccount(account(rs, n), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	record TokenAccount(AccountDetails account, java.time.Instant expiresAt) {
	}

	boolean roleExists(String roleCode) {
		return jdbc.sql("select count(*) from sec_role where code = :code")
			.param("code", roleCode)
			.query(Long.class)
			.single() > 0;
	}

	String scopeKindOf(String roleCode) {
		return jdbc.sql("select scope_kind from sec_role where code = :code")
			.param("code", roleCode)
			.query(String.class)
			.single();
	}

	Optional<Long> idOf(String username) {
		return jdbc.sql("select id from sec_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional();
	}

	long insert(String username, String hash, String displayName, String role, String region, String institution,
			String resident, String phone) {
		return jdbc.sql("""
				insert into sec_user (username, password_hash, display_name, role_code, region_code,
				                      institution_code, resident_ref, phone)
				values (:username, :hash, :displayName, :role, :region, :institution, :resident, :phone)
				on conflict (username) do nothing
				returning id
				""")
			.param("username", username)
			.param("hash", hash)
			.param("displayName", displayName)
			.param("role", role)
			.param("region", region)
			.param("institution", institution)
			.param("resident", resident)
			.param("phone", phone)
			.query(Long.class)
			.optional()
			.orElseGet(() -> idOf(username).orElseThrow());
	}

	void touchLogin(String username) {
		jdbc.sql("update sec_user set last_login_at = now() where username = :u").param("u", username).update();
	}

	void insertToken(long userId, String name, String hash, int days) {
		jdbc.sql("""
				insert into sec_api_token (user_id, name, token_hash, expires_at)
				values (:user, :name, :hash, now() + make_interval(days => :days))
				""").param("user", userId).param("name", name).param("hash", hash).param("days", days).update();
	}

	/**
	 * Notes the token's use at minute precision (what the tokens page shows), so a busy
	 * REST client does not rewrite the token row on every request.
	 */
	void touchToken(String hash) {
		jdbc.sql("""
				update sec_api_token set last_used_at = now()
				where token_hash = :h and (last_used_at is null or last_used_at < now() - interval '1 minute')
				""").param("h", hash).update();
	}

	int revokeToken(long tokenId, long userId) {
		return jdbc
			.sql("update sec_api_token set revoked_at = now() where id = :id and user_id = :user "
					+ "and revoked_at is null")
			.param("id", tokenId)
			.param("user", userId)
			.update();
	}

	List<ApiTokens.TokenView> tokensOf(long userId) {
		return jdbc.sql("""
				select id, name, created_at, expires_at, revoked_at, last_used_at
				from sec_api_token where user_id = :user order by id desc
				""").param("user", userId).query(ApiTokens.TokenView.class).list();
	}

	List<UserView> users(String prefix, String keyword, int limit, int offset) {
		return jdbc.sql("""
				select u.id, u.username, u.display_name, u.role_code, u.region_code, u.institution_code,
				       u.phone, u.enabled, u.last_login_at
				from sec_user u
				where coalesce(u.region_code, '') like :prefix || '%'
				  and (:kw = '' or u.username ilike '%' || :kw || '%' or u.display_name ilike '%' || :kw || '%')
				order by u.id limit :limit offset :offset
				""")
			.param("prefix", prefix)
			.param("kw", Like.escape(keyword))
			.param("limit", limit)
			.param("offset", offset)
			.query(UserView.class)
			.list();
	}

	long countUsers(String prefix, String keyword) {
		return jdbc.sql("""
				select count(*) from sec_user u
				where coalesce(u.region_code, '') like :prefix || '%'
				  and (:kw = '' or u.username ilike '%' || :kw || '%' or u.display_name ilike '%' || :kw || '%')
				""").param("prefix", prefix).param("kw", Like.escape(keyword)).query(Long.class).single();
	}

	private AccountDetails account(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("role_code");
		var permissions = new HashSet<String>(List.of((String[]) rs.getArray("permissions").getArray()));
		String region = rs.getString("region_code");
		String institution = rs.getString("institution_code");
		DataScope scope = switch (DataScope.Kind.valueOf(rs.getString("scope_kind"))) {
			case ALL -> DataScope.all();
			case REGION -> DataScope.region(region);
			case INSTITUTION -> DataScope.institution(institution, region);
			case SELF -> DataScope.self(rs.getString("resident_ref"));
		};
		var user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), role,
				permissions, scope);
		return new AccountDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}

	record UserView(long id, String username, String displayName, String roleCode, String regionCode,
			String institutionCode, String phone, boolean enabled, java.time.OffsetDateTime lastLoginAt) {
	}

}
