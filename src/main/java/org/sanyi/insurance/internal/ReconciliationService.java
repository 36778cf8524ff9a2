package org.sanyi.insurance.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The platform's own reconciliation: checks the invariants of the settlement data every night (and on demand) and
 * stores the result. Every posting sums to zero; every settlement's ledger entries equal its amounts (the
 * institution's receivable the medical fees, cash, account and funds what they paid); its fund rows add up to its
 * fund total; each reversed settlement has exactly one reversal; the year-to-date totals equal the sum of the
 * settlements' deltas; every personal account's balance equals its ledger entries; every acknowledged settlement
 * message (2207/2304) has its settlement; every global-budget advance and clearing is posted with its amounts, and
 * what each group holds in advances equals its uncleared advances; the whole ledger sums to zero.
 */
@Service
public class ReconciliationService {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

	private static final int MAX_DETAILS = 100;

	private final JdbcClient jdbc;

	ReconciliationService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One broken invariant. */
	public record Problem(String check, String key, String expected, String actual) {
	}

	/** A stored run. */
	public record Run(long id, String trigger, String triggeredBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
			long settlements, long ledgerEntries, long accumulators, long accounts, int problems, boolean ok,
			List<Problem> details) {
	}

	private static final Map<String, String> CHECKS = Map.of(
			"LEDGER_UNBALANCED", """
					select txn_id, '0', sum(amount)::text from ins_ledger_entry group by txn_id having sum(amount) <> 0
					""",
			"SETTLEMENT_POSTING", """
					select s.setl_id,
					       concat_ws('/', s.medfee_sumamt, -s.psn_cash_pay, -s.acct_pay, -s.fund_pay_sumamt),
					       concat_ws('/', coalesce(sum(e.amount) filter (where e.account_kind = 'RECEIVABLE'), 0),
					                 coalesce(sum(e.amount) filter (where e.account_kind = 'CASH'), 0),
					                 coalesce(sum(e.amount) filter (where e.account_kind = 'PERSONAL'), 0),
					                 coalesce(sum(e.amount) filter (where e.account_kind = 'FUND'), 0))
					from ins_settlement s left join ins_ledger_entry e on e.txn_id = s.setl_id
					group by s.setl_id
					having coalesce(sum(e.amount) filter (where e.account_kind = 'RECEIVABLE'), 0) <> s.medfee_sumamt
					    or coalesce(sum(e.amount) filter (where e.account_kind = 'CASH'), 0) <> -s.psn_cash_pay
					    or coalesce(sum(e.amount) filter (where e.account_kind = 'PERSONAL'), 0) <> -s.acct_pay
					    or coalesce(sum(e.amount) filter (where e.account_kind = 'FUND'), 0) <> -s.fund_pay_sumamt
					""",
			"FUND_ROWS", """
					select s.setl_id, s.fund_pay_sumamt::text, coalesce(sum(f.fund_payamt), 0)::text
					from ins_settlement s left join ins_settlement_fund f on f.setl_id = s.setl_id
					group by s.setl_id having coalesce(sum(f.fund_payamt), 0) <> s.fund_pay_sumamt
					""",
			"REVERSALS", """
					select s.setl_id, '1', (select count(*) from ins_settlement r where r.init_setl_id = s.setl_id)::text
					from ins_settlement s
					where (s.status = 'REVERSED') <> exists (select 1 from ins_settlement r where r.init_setl_id = s.setl_id)
					   or (select count(*) from ins_settlement r where r.init_setl_id = s.setl_id) > 1
					""",
			"ACCUMULATORS", """
					with deltas as (
					    select s.psn_no, s.insutype, extract(year from coalesce(o.setl_date, s.setl_date))::int as year,
					           d.key, sum(d.value::numeric) as amount
					    from ins_settlement s left join ins_settlement o on o.setl_id = s.init_setl_id
					    cross join lateral jsonb_each_text(s.accum_delta) d
					    group by 1, 2, 3, 4),
					totals as (
					    select a.psn_no, a.insutype, a.year::int as year, t.key, t.value::numeric as amount
					    from ins_accumulator a cross join lateral jsonb_each_text(a.totals) t)
					select concat_ws('|', psn_no, insutype, year, key), coalesce(d.amount, 0)::text,
					       coalesce(t.amount, 0)::text
					from deltas d full join totals t using (psn_no, insutype, year, key)
					where coalesce(d.amount, 0) <> coalesce(t.amount, 0)
					""",
			"ACCOUNTS", """
					select a.psn_no, coalesce(sum(e.amount), 0)::text, a.balance::text
					from ins_personal_account a
					left join ins_ledger_entry e on e.account_kind = 'PERSONAL' and e.account_key = a.psn_no
					group by a.psn_no, a.balance having a.balance <> coalesce(sum(e.amount), 0)
					""",
			"ACKNOWLEDGED_MESSAGES", """
					select m.msgid, m.infno, 'no settlement' from ins_message m
					where m.infno in ('2207', '2304') and m.infcode = 0 and m.body_sha256 <> repeat('0', 64)
					  and not exists (select 1 from ins_settlement s where s.msgid = m.msgid)
					""",
			"BUDGET", """
					with adv as (
					    select alliance_id || ':' || fund_pay_type || ':' || budget_year as k, sum(amount) as amount
					    from ins_budget_advance group by 1),
					clr as (
					    select alliance_id || ':' || fund_pay_type || ':' || budget_year as k, * from ins_budget_clearing),
					held as (
					    select account_key as k, sum(amount) as amount from ins_ledger_entry
					    where account_kind = 'GROUP_ADV' group by 1)
					select 'advance ' || a.txn_id, concat_ws('/', a.amount, -a.amount),
					       concat_ws('/', coalesce(sum(e.amount) filter (where e.account_kind = 'GROUP_ADV'), 0),
					                 coalesce(sum(e.amount) filter (where e.account_kind = 'FUND_ADV'), 0))
					from ins_budget_advance a left join ins_ledger_entry e on e.txn_id = a.txn_id
					group by a.txn_id, a.amount
					having coalesce(sum(e.amount) filter (where e.account_kind = 'GROUP_ADV'), 0) <> a.amount
					    or coalesce(sum(e.amount) filter (where e.account_kind = 'FUND_ADV'), 0) <> -a.amount
					union all
					select 'held ' || coalesce(adv.k, held.k), (coalesce(adv.amount, 0) - coalesce(clr.advanced, 0))::text,
					       coalesce(held.amount, 0)::text
					from adv full join held on held.k = adv.k left join clr on clr.k = coalesce(adv.k, held.k)
					where coalesce(adv.amount, 0) - coalesce(clr.advanced, 0) <> coalesce(held.amount, 0)
					union all
					select 'clearing ' || c.txn_id,
					       concat_ws('/', coalesce(adv.amount, 0), -c.advanced, c.final_amount - c.spend,
					                 c.spend + c.retained - c.group_share),
					       concat_ws('/', c.advanced,
					                 coalesce((select sum(e.amount) from ins_ledger_entry e
					                           where e.txn_id = c.txn_id and e.account_kind = 'GROUP_ADV'), 0),
					                 coalesce((select sum(e.amount) from ins_ledger_entry e
					                           where e.txn_id = c.txn_id and e.account_kind = 'GROUP_CLR'), 0),
					                 c.final_amount)
					from clr c left join adv on adv.k = c.k
					where c.advanced <> coalesce(adv.amount, 0)
					   or -c.advanced <> coalesce((select sum(e.amount) from ins_ledger_entry e
					                               where e.txn_id = c.txn_id and e.account_kind = 'GROUP_ADV'), 0)
					   or c.final_amount - c.spend <> coalesce((select sum(e.amount) from ins_ledger_entry e
					                               where e.txn_id = c.txn_id and e.account_kind = 'GROUP_CLR'), 0)
					   or c.final_amount - c.spend <> -coalesce((select sum(e.amount) from ins_ledger_entry e
					                               where e.txn_id = c.txn_id and e.account_kind = 'FUND'), 0)
					   or c.final_amount <> c.spend + c.retained - c.group_share
					""",
			"LEDGER_TOTAL", """
					select 'ledger', '0', coalesce(sum(amount), 0)::text from ins_ledger_entry
					having coalesce(sum(amount), 0) <> 0
					""");

	private static final List<String> ORDER = List.of("LEDGER_UNBALANCED", "SETTLEMENT_POSTING", "FUND_ROWS",
			"REVERSALS", "ACCUMULATORS", "ACCOUNTS", "ACKNOWLEDGED_MESSAGES", "BUDGET", "LEDGER_TOTAL");

	/** Every night at 02:30 (Asia/Shanghai); {@code sanyi.insurance.reconcile.cron} changes it, "-" disables it. */
	@Scheduled(cron = "${sanyi.insurance.reconcile.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "insurance-reconciliation", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	void nightly() {
		Run run = run("SCHEDULED", null);
		if (!run.ok()) {
			log.warn("Insurance reconciliation found {} problems (run {})", run.problems(), run.id());
		}
	}

	/** Checks every invariant now and stores the result. */
	public Run run(String trigger, String user) {
		OffsetDateTime started = OffsetDateTime.now();
		List<Problem> problems = new ArrayList<>();
		int total = 0;
		for (String check : ORDER) {
			List<Problem> found = jdbc.sql(CHECKS.get(check))
				.query((rs, i) -> new Problem(check, rs.getString(1), rs.getString(2), rs.getString(3)))
				.list();
			total += found.size();
			for (Problem p : found) {
				if (problems.size() < MAX_DETAILS) {
					problems.add(p);
				}
			}
		}
		long settlements = count("ins_settlement");
		long entries = count("ins_ledger_entry");
		long accumulators = count("ins_accumulator");
		long accounts = count("ins_personal_account");
		OffsetDateTime finished = OffsetDateTime.now();
		long id = jdbc.sql("""
				insert into ins_reconciliation_run (trigger, triggered_by, started_at, finished_at, settlements,
				    ledger_entries, accumulators, accounts, problems, ok, details)
				values (:trigger, :by, :started, :finished, :settlements, :entries, :accumulators, :accounts, :problems,
				    :ok, cast(:details as jsonb)) returning id
				""")
			.param("trigger", trigger)
			.param("by", user)
			.param("started", started)
			.param("finished", finished)
			.param("settlements", settlements)
			.param("entries", entries)
			.param("accumulators", accumulators)
			.param("accounts", accounts)
			.param("problems", total)
			.param("ok", total == 0)
			.param("details", Json.write(problems))
			.query(Long.class)
			.single();
		return new Run(id, trigger, user, started, finished, settlements, entries, accumulators, accounts, total,
				total == 0, problems);
	}

	public List<Run> recent(int limit) {
		return jdbc.sql("select * from ins_reconciliation_run order by id desc limit :n").param("n", limit)
			.query((rs, i) -> run(rs))
			.list();
	}

	public Optional<Run> find(long id) {
		return jdbc.sql("select * from ins_reconciliation_run where id = :id").param("id", id)
			.query((rs, i) -> run(rs))
			.optional();
	}

	private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<Problem> details = new ArrayList<>();
		for (var node : Json.MAPPER.readTree(rs.getString("details")).values()) {
			details.add(new Problem(node.path("check").asString(), node.path("key").asString(),
					node.path("expected").asString(), node.path("actual").asString()));
		}
		return new Run(rs.getLong("id"), rs.getString("trigger"), rs.getString("triggered_by"),
				InsuranceConfiguration.local(rs.getObject("started_at", OffsetDateTime.class)),
				InsuranceConfiguration.local(rs.getObject("finished_at", OffsetDateTime.class)),
				rs.getLong("settlements"), rs.getLong("ledger_entries"), rs.getLong("accumulators"),
				rs.getLong("accounts"), rs.getInt("problems"), rs.getBoolean("ok"), details);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
