package org.sanyi.drg.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.drg.engine.CasePayment;
import org.sanyi.drg.engine.CasePayment.Outcome;
import org.sanyi.drg.engine.CasePayment.Rules;
import org.sanyi.drg.engine.MonthSummary;
import org.sanyi.drg.engine.MonthSummary.PaidCase;
import org.sanyi.drg.internal.ParameterRepository.VersionRow;
import org.sanyi.drg.internal.ParameterRepository.WeightRow;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly DRG settlement of a hospital: every current settlement list of an unreversed settlement discharged in
 * the month is paid by {@link CasePayment} with the parameter version in force for its region and discharge date,
 * the month summed up by {@link MonthSummary}, both stored (replacing an earlier run of the same month) and
 * {@link DrgMonthSettled} published. Runs as a job on the 5th of each month for the month before, and as an action
 * of the bureau on the report page.
 */
@Service
public class MonthSettlementService {

	private static final Logger log = LoggerFactory.getLogger(MonthSettlementService.class);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ParameterService parameters;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MonthSettlementService(JdbcClient jdbc, ParameterService parameters, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.events = events;
		this.transactions = transactions;
		this.clock = Clock.system(CHINA);
	}

	/** A case of the month with what payment needs. */
	record MonthCase(String setlListId, String setlId, String status, String drg, String drgName, String schemeRegion,
			LocalDate dscgDate, int los, BigDecimal cost, BigDecimal fund) {
	}

	/** Settles one hospital's month in its own transaction; empty months remove an earlier result. */
	public DrgMonthSettled settle(String institution, YearMonth month, String by) {
		checkMonth(month);
		return transactions.execute(status -> settleInTransaction(institution, month, by));
	}

	/** Settles every hospital in the scope with lists discharged in the month; returns how many were settled. */
	public int settleAll(YearMonth month, String by, DataScope scope) {
		checkMonth(month);
		List<String> institutions = jdbc.sql("""
				select distinct institution_code from drg_setl_list
				where current_version and dscg_time >= :from and dscg_time < :to
				  and (:all or institution_region like :prefix || '%' or institution_code = :own)
				order by institution_code""")
			.param("from", month.atDay(1).atStartOfDay()).param("to", month.plusMonths(1).atDay(1).atStartOfDay())
			.param("all", scope.kind() == DataScope.Kind.ALL).param("prefix", scope.regionPrefix())
			.param("own", scope.institutionCode() == null ? "~" : scope.institutionCode())
			.query(String.class).list();
		int settled = 0;
		for (String institution : institutions) {
			if (settle(institution, month, by) != null) {
				settled++;
			}
		}
		return settled;
	}

	/** The job: on the 5th, the month before, for every hospital. */
	@Scheduled(cron = "${sanyi.drg.settlement.cron:0 0 4 5 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "drg-month-settlement", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	void monthly() {
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		try {
			int n = settleAll(month, "system", DataScope.all());
			log.info("DRG month {} settled for {} hospitals", month, n);
		}
		catch (BusinessException ex) {
			log.warn("DRG month {} not settled: {} {}", month, ex.error().code(), List.of(ex.args()));
		}
	}

	/** The month's cases, 200 rows a statement. */
	private void insertCases(long monthId, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 200) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 200));
			StringBuilder sql = new StringBuilder("""
					insert into drg_month_case (month_id, setl_list_id, setl_id, drg, drg_name, kind, ffs_reason, rw,
					    group_mean_cost, group_mean_los, cost, los, patient_paid, ffs_fund, standard, drg_fund) values """);
			List<Object> params = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				params.add(monthId);
				params.addAll(java.util.Arrays.asList(chunk.get(i)));
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	private void checkMonth(YearMonth month) {
		if (month == null || month.isAfter(YearMonth.now(clock))) {
			throw new BusinessException(DrgErrors.MONTH_INVALID, String.valueOf(month));
		}
	}

	private DrgMonthSettled settleInTransaction(String institution, YearMonth month, String by) {
		List<MonthCase> cases = jdbc.sql("""
				select l.setl_list_id, l.setl_id, l.status, l.drg, l.drg_name, l.scheme_region,
				       cast(l.dscg_time as date) as dscg_date, l.act_ipt_days as los, s.medfee_sumamt as cost,
				       s.fund_pay_sumamt as fund
				from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id
				where l.current_version and not s.reversed and l.institution_code = :i
				  and l.dscg_time >= :from and l.dscg_time < :to
				order by l.dscg_time, l.setl_list_id""")
			.param("i", institution).param("from", month.atDay(1).atStartOfDay())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay()).query(MonthCase.class).list();
		jdbc.sql("delete from drg_month where institution_code = :i and month = :m").param("i", institution)
			.param("m", month.atDay(1)).update();
		if (cases.isEmpty()) {
			return null;
		}
		String region = jdbc.sql("select institution_region from drg_settlement where setl_id = :s")
			.param("s", cases.getFirst().setlId()).query(String.class).single();
		Map<String, List<VersionRow>> approvedByRegion = new HashMap<>();
		Map<Long, Map<String, WeightRow>> weightsByVersion = new HashMap<>();
		List<PaidCase> paid = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		VersionRow last = null;
		for (MonthCase c : cases) {
			List<VersionRow> approved = approvedByRegion.computeIfAbsent(c.schemeRegion(), parameters::approvedFor);
			VersionRow v = ParameterService.pick(approved, c.dscgDate())
				.orElseThrow(() -> new BusinessException(DrgErrors.NO_PARAMETERS, c.schemeRegion(),
						c.dscgDate().toString()));
			last = v;
			Map<String, WeightRow> weights = weightsByVersion.computeIfAbsent(v.id(), id -> {
				Map<String, WeightRow> m = new HashMap<>();
				parameters.weights(id).forEach(w -> m.put(w.drg(), w));
				return m;
			});
			WeightRow w = weights.get(c.drg());
			BigDecimal rw = w == null ? null : w.rw();
			BigDecimal mean = w == null ? null : w.meanCost();
			BigDecimal patient = c.cost().subtract(c.fund());
			Outcome o = CasePayment.pay(new CasePayment.Case(c.status(), rw, mean, c.cost(), patient, c.fund()),
					new Rules(v.baseRate(), v.highFactor(), v.highRatio(), v.lowFactor()));
			BigDecimal caseRw = o.kind() == CasePayment.Kind.FFS ? null : rw;
			paid.add(new PaidCase(c.drg(), caseRw, mean, w == null ? null : w.meanLos(), c.cost(), c.los(), o.kind(),
					c.fund(), o.drgFund(), o.surplus()));
			rows.add(new Object[] { c.setlListId(), c.setlId(), c.drg(), c.drgName(), o.kind().name(),
					o.ffsReason() == null ? null : o.ffsReason().name(), caseRw, mean, w == null ? null : w.meanLos(),
					c.cost(), c.los(), patient, c.fund(), o.standard(), o.drgFund() });
		}
		MonthSummary.Result m = MonthSummary.summarise(paid);
		long id = jdbc.sql("""
				insert into drg_month (institution_code, institution_region, month, param_version_id, cases, drg_cases,
				    ffs_cases, high_cases, low_cases, cmi, total_cost, drg_fund, ffs_fund, settle_rate, surplus,
				    cost_index, time_index, settled_by)
				values (:i, :r, :m, :v, :cases, :drgCases, :ffs, :high, :low, :cmi, :cost, :drgFund, :ffsFund, :rate,
				    :surplus, :costIndex, :timeIndex, :by) returning id""")
			.param("i", institution).param("r", region).param("m", month.atDay(1)).param("v", last.id())
			.param("cases", m.cases()).param("drgCases", m.drgCases()).param("ffs", m.ffsCases())
			.param("high", m.highCases()).param("low", m.lowCases()).param("cmi", m.cmi())
			.param("cost", m.totalCost()).param("drgFund", m.drgFund()).param("ffsFund", m.ffsFund())
			.param("rate", m.settleRate()).param("surplus", m.surplus()).param("costIndex", m.costIndex())
			.param("timeIndex", m.timeIndex()).param("by", by).query(Long.class).single();
		insertCases(id, rows);
		DrgMonthSettled event = new DrgMonthSettled(institution, region, month, m.cases(), m.drgCases(),
				m.ffsCases(), m.highCases(), m.lowCases(), m.cmi(), m.drgFund(), m.ffsFund(), m.settleRate(),
				m.surplus(), m.costIndex(), m.timeIndex(), last.code(), OffsetDateTime.now(clock));
		events.publishEvent(event);
		return event;
	}

}
