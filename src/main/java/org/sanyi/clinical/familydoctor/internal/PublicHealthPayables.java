package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the basic public-health fund (基本公共卫生服务经费) owes for family-doctor signing fees: the
 * public-health share of each contract collected, less what went back on early
 * termination, per month, institution and team ({@code fd_public_health_payable}, written
 * by {@link ContractFees}). The county health commission pays it to the centres and
 * records each payment (拨付, {@code fd_public_health_disbursement}) against a team's
 * month, never above what is still to pay; a county bureau sees its county's teams, a
 * team its institution's.
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
	 * @param disbursed what the commission has paid of it
	 */
	public record Due(String period, String institutionCode, String institutionName, long teamId, String teamName,
			long signed, BigDecimal collected, BigDecimal refunded, BigDecimal due, BigDecimal disbursed) {

		/** What is still to pay (never below zero: a refund may follow a payment). */
		public BigDecimal outstanding() {
			return due.subtract(disbursed).max(BigDecimal.ZERO);
		}

	}

	/** The year's totals. */
	public record Totals(long signed, BigDecimal collected, BigDecimal refunded, BigDecimal due, BigDecimal disbursed,
			BigDecimal outstanding) {
	}

	/** A recorded payment. */
	public record Disbursement(long id, long teamId, String period, BigDecimal amount, LocalDate paidOn,
			String voucherNo) {
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
					       sum(p.amount) as due,
					       coalesce((select sum(d.amount) from fd_public_health_disbursement d
					                  where d.team_id = t.id and d.period = p.period), 0) as disbursed
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
				dues.stream().map(Due::due).reduce(BigDecimal.ZERO, BigDecimal::add),
				dues.stream().map(Due::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add),
				dues.stream().map(Due::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/**
	 * Records a payment of the public-health fund to a team for a month of collection.
	 * The team's row is locked first, so two payments of one team's month are decided one
	 * after the other and together never exceed what was due. Refused, nothing stored: a
	 * team outside the caller's scope (FD-0018); a month not of the form yyyy-MM or after
	 * this one, an amount not above zero or with more than two decimals, a payment date
	 * before the month or after today, a voucher number missing or longer than 40
	 * characters (FD-0022 naming the field); above what is still to pay (FD-0023); a
	 * voucher already recorded for the team's month (FD-0024).
	 */
	@Transactional
	public Disbursement disburse(DataScope scope, long teamId, String period, BigDecimal amount, LocalDate paidOn,
			String voucherNo, String by, Instant now) {
		String institution = jdbc.sql("""
				select institution_code from fd_team
				 where id = :id and (cast(:inst as varchar) is null or institution_code = :inst)
				   and region_code like :prefix || '%'
				   for update""")
			.param("id", teamId)
			.param("inst", institution(scope))
			.param("prefix", prefix(scope))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.UNKNOWN_TEAM, teamId));
		LocalDate today = PlatformTime.today();
		LocalDate first = firstDay(period);
		if (first == null || first.isAfter(today)) {
			throw invalid("fd.ph.period");
		}
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw invalid("fd.ph.amount");
		}
		if (paidOn == null || paidOn.isBefore(first) || paidOn.isAfter(today)) {
			throw invalid("fd.ph.paidOn");
		}
		String voucher = voucherNo == null ? "" : voucherNo.strip();
		if (voucher.isEmpty() || voucher.length() > 40) {
			throw invalid("fd.ph.voucher");
		}
		BigDecimal outstanding = jdbc
			.sql("""
					select coalesce((select sum(amount) from fd_public_health_payable where team_id = :t and period = :p), 0)
					     - coalesce((select sum(amount) from fd_public_health_disbursement where team_id = :t and period = :p), 0)""")
			.param("t", teamId)
			.param("p", period)
			.query(BigDecimal.class)
			.single();
		if (amount.compareTo(outstanding) > 0) {
			throw new BusinessException(FamilyDoctorErrors.DISBURSEMENT_TOO_HIGH, outstanding.max(BigDecimal.ZERO));
		}
		try {
			long id = jdbc.sql("""
					insert into fd_public_health_disbursement
					       (team_id, institution_code, period, amount, paid_on, voucher_no, recorded_by, recorded_at)
					values (:t, :i, :p, :a, :d, :v, :by, :at) returning id""")
				.param("t", teamId)
				.param("i", institution)
				.param("p", period)
				.param("a", amount)
				.param("d", paidOn)
				.param("v", voucher)
				.param("by", by)
				.param("at", java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
			return new Disbursement(id, teamId, period, amount, paidOn, voucher);
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessException(FamilyDoctorErrors.DISBURSEMENT_RECORDED);
		}
	}

	private static BusinessException invalid(String fieldKey) {
		return new BusinessException(FamilyDoctorErrors.DISBURSEMENT_INVALID,
				new DefaultMessageSourceResolvable(fieldKey));
	}

	/** The first day of a {@code yyyy-MM} month, or null when it is not one. */
	private static LocalDate firstDay(String period) {
		if (period == null || !period.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
			return null;
		}
		return LocalDate.of(Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5)), 1);
	}

	private static String institution(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : null;
	}

	private static String prefix(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION ? "" : scope.regionPrefix();
	}

}
