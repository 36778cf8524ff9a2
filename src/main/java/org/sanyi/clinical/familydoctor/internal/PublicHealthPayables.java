package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the basic public-health fund (基本公共卫生服务经费) owes for family-doctor signing fees: the
 * public-health share of each contract collected, less what went back on early
 * termination, per month, institution and team ({@code fd_public_health_payable}, written
 * by {@link ContractFees}). The county health commission pays it to the centres; a county
 * bureau sees its county's teams, a team its institution's.
 */
@Service
public class PublicHealthPayables {

	private final JdbcClient jdbc;

	PublicHealthPayables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is due to a team for a month.
	 *
	 * @param period {@code yyyy-MM}
	 * @param signed contracts whose share was collected in the month
	 * @param collected their public-health share
	 * @param refunded what went back in the month (positive)
	 * @param due collected less refunded
	 */
	public record Due(String period, String institutionCode, String institutionName, long teamId, String teamName,
			long signed, BigDecimal collected, BigDecimal refunded, BigDecimal due) {
	}

	/** The year's totals. */
	public record Totals(long signed, BigDecimal collected, BigDecimal refunded, BigDecimal due) {
	}

	/** The month of a day as the payable stores it. */
	public static String period(LocalDate day) {
		return "%04d-%02d".formatted(day.getYear(), day.getMonthValue());
	}

	/**
	 * The dues of a year in the scope, latest month first, then by institution and team.
	 */
	public List<Due> dues(DataScope scope, int year) {
		return jdbc
			.sql("""
					select p.period, t.institution_code, t.institution_name, t.id as team_id, t.name as team_name,
					       count(*) filter (where p.kind = 'SIGN') as signed,
					       coalesce(sum(p.amount) filter (where p.kind = 'SIGN'), 0) as collected,
					       coalesce(-sum(p.amount) filter (where p.kind = 'REFUND'), 0) as refunded,
					       sum(p.amount) as due
					  from fd_public_health_payable p join fd_team t on t.id = p.team_id
					 where p.period between :first and :last
					   and (cast(:inst as varchar) is null or t.institution_code = :inst) and t.region_code like :prefix || '%'
					 group by p.period, t.institution_code, t.institution_name, t.id, t.name
					 order by p.period desc, t.institution_code, t.name""")
			.param("first", period(LocalDate.of(year, 1, 1)))
			.param("last", period(LocalDate.of(year, 12, 1)))
			.param("inst", institution(scope))
			.param("prefix", prefix(scope))
			.query(Due.class)
			.list();
	}

	/** The sum of {@code dues}. */
	public static Totals totals(List<Due> dues) {
		return new Totals(dues.stream().mapToLong(Due::signed).sum(),
				dues.stream().map(Due::collected).reduce(BigDecimal.ZERO, BigDecimal::add),
				dues.stream().map(Due::refunded).reduce(BigDecimal.ZERO, BigDecimal::add),
				dues.stream().map(Due::due).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private static String institution(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : null;
	}

	private static String prefix(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? "" : scope.regionPrefix();
	}

}
