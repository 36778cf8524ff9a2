package org.sanyi.insurance.reconciliation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.reconciliation.ReconciliationService.Problem;
import org.sanyi.insurance.reconciliation.ReconciliationService.Run;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.insurance.support.Json;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The invariant checks of the settlement data as SQL, each answering the rows that break
 * it (key, expected, actual), and the stored runs ({@code ins_reconciliation_run}).
 */
@Repository
class ReconciliationRepository {

	private final JdbcClient jdbc;

	ReconciliationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final Map<String, String> CHECKS = Map.ofEntries(Map.entry("LEDGER_UNBALANCED", """
			select txn_id, '0', sum(amount)::text from ins_ledger_entry group by txn_id having sum(amount) <> 0
			"""), Map.entry("SETTLEMENT_POSTING", """
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
			"""), Map.entry("FUND_ROWS", """
			select s.setl_id, s.fund_pay_sumamt::text, coalesce(sum(f.fund_payamt), 0)::text
			from ins_settlement s left join ins_settlement_fund f on f.setl_id = s.setl_id
			group by s.setl_id having coalesce(sum(f.fund_payamt), 0) <> s.fund_pay_sumamt
			"""), Map.entry("REVERSALS", """
			select s.setl_id, '1', (select count(*) from ins_settlement r where r.init_setl_id = s.setl_id)::text
			from ins_settlement s
			where (s.status = 'REVERSED') <> exists (select 1 from ins_settlement r where r.init_setl_id = s.setl_id)
			   or (select count(*) from ins_settlement r where r.init_setl_id = s.setl_id) > 1
			"""), Map.entry("ACCUMULATORS", """
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
			"""), Map.entry("ACCOUNTS", """
			select a.psn_no, coalesce(sum(e.amount), 0)::text, a.balance::text
			from ins_personal_account a
			left join ins_ledger_entry e on e.account_kind = 'PERSONAL' and e.account_key = a.psn_no
			group by a.psn_no, a.balance having a.balance <> coalesce(sum(e.amount), 0)
			"""), Map.entry("ACKNOWLEDGED_MESSAGES", """
			select m.msgid, m.infno, 'no settlement' from ins_message m
			where m.infno in ('2207', '2304') and m.infcode = 0 and m.body_sha256 <> repeat('0', 64)
			  and not exists (select 1 from ins_settlement s where s.msgid = m.msgid)
			"""), Map.entry("BUDGET", """
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
			"""),
			Map.entry("ADJUSTMENTS",
					"""
							select a.adj_key,
							       concat_ws('/', case when a.kind = 'DEDUCTION' then -a.amount else a.amount end,
							                 case when a.reversal_txn_id is null then 0
							                      when a.kind = 'DEDUCTION' then a.amount else -a.amount end),
							       concat_ws('/', coalesce((select sum(e.amount) from ins_ledger_entry e
							                                where e.txn_id = a.txn_id and e.account_kind = 'RECEIVABLE'), 0),
							                 coalesce((select sum(e.amount) from ins_ledger_entry e
							                           where e.txn_id = a.reversal_txn_id and e.account_kind = 'RECEIVABLE'), 0))
							from ins_fund_adjustment a
							where (case when a.kind = 'DEDUCTION' then -a.amount else a.amount end)
							      <> coalesce((select sum(e.amount) from ins_ledger_entry e
							                   where e.txn_id = a.txn_id and e.account_kind = 'RECEIVABLE'), 0)
							   or (case when a.reversal_txn_id is null then 0 when a.kind = 'DEDUCTION' then a.amount else -a.amount end)
							      <> coalesce((select sum(e.amount) from ins_ledger_entry e
							                   where e.txn_id = a.reversal_txn_id and e.account_kind = 'RECEIVABLE'), 0)
							"""),
			Map.entry("LEDGER_TOTAL", """
					select 'ledger', '0', coalesce(sum(amount), 0)::text from ins_ledger_entry
					having coalesce(sum(amount), 0) <> 0
					"""), Map.entry("SUPPLIER_PAYMENTS", """
					select p.pay_key, concat_ws('/', -p.amount, p.amount),
					       concat_ws('/', coalesce(sum(e.amount) filter (where e.account_kind = 'RECEIVABLE'
					                                                   and e.account_key = p.fixmedins_code), 0),
					                 coalesce(sum(e.amount) filter (where e.account_kind = 'SUPPLIER'
					                                                   and e.account_key = p.supplier_code), 0))
					from ins_supplier_payment p left join ins_ledger_entry e on e.txn_id = p.txn_id
					group by p.pay_key, p.amount
					having coalesce(sum(e.amount) filter (where e.account_kind = 'RECEIVABLE'
					                                       and e.account_key = p.fixmedins_code), 0) <> -p.amount
					    or coalesce(sum(e.amount) filter (where e.account_kind = 'SUPPLIER'
					                                       and e.account_key = p.supplier_code), 0) <> p.amount
					"""));

	/** The checks in the order they run. */
	static final List<String> ORDER = List.of("LEDGER_UNBALANCED", "SETTLEMENT_POSTING", "FUND_ROWS", "REVERSALS",
			"ACCUMULATORS", "ACCOUNTS", "ACKNOWLEDGED_MESSAGES", "BUDGET", "ADJUSTMENTS", "SUPPLIER_PAYMENTS",
			"LEDGER_TOTAL");

	/** The rows that break a check. */
	List<Problem> check(String name) {
		return jdbc.sql(CHECKS.get(name))
			.query((rs, i) -> new Problem(name, rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The rows of a table, reported with each run. */
	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long insert(String trigger, String user, OffsetDateTime started, OffsetDateTime finished, long settlements,
			long entries, long accumulators, long accounts, int problems, List<Problem> details) {
		return jdbc.sql("""
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
			.param("problems", problems)
			.param("ok", problems == 0)
			.param("details", Json.write(details))
			.query(Long.class)
			.single();
	}

	List<Run> recent(int limit) {
		return jdbc.sql("select * from ins_reconciliation_run order by id desc limit :n")
			.param("n", limit)
			.query((rs, i) -> run(rs))
			.list();
	}

	Optional<Run> find(long id) {
		return jdbc.sql("select * from ins_reconciliation_run where id = :id")
			.param("id", id)
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

}
