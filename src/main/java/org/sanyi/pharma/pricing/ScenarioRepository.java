package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.pharma.engine.ReformTriggers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Scenarios ({@code ph_price_scenario}) and trigger versions ({@code ph_reform_trigger}).
 */
@Repository
class ScenarioRepository {

	/** The platform's default trigger versions apply to regions without their own. */
	static final String DEFAULT_REGION = "000000";

	private static final String COLUMNS = """
			id, region, name, baseline_from, baseline_to, consumable_markup, test_cut, fund_share,
			service_raises::text as service_raises, new_prices::text as new_prices, fund_months, cost_growth, trigger_id,
			result::text as result, created_by, created_at""";

	private final JdbcClient jdbc;

	ScenarioRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A trigger version.
	 *
	 * @param id row id
	 * @param region its region or the default
	 * @param version label
	 * @param effectiveFrom first day
	 * @param conditions the conditions
	 * @param note what it says
	 */
	record Trigger(long id, String region, String version, LocalDate effectiveFrom, ReformTriggers conditions,
			String note) {
	}

	/** The region's trigger version in force on a day, else the platform default's. */
	Optional<Trigger> triggerInForce(String region, LocalDate day) {
		return jdbc.sql("""
				select * from ph_reform_trigger where region in (:r, :d) and effective_from <= :day
				order by (region = :r) desc, effective_from desc limit 1""")
			.param("r", region)
			.param("d", DEFAULT_REGION)
			.param("day", day)
			.query(ScenarioRepository::trigger)
			.optional();
	}

	Optional<Trigger> trigger(long id) {
		return jdbc.sql("select * from ph_reform_trigger where id = :id")
			.param("id", id)
			.query(ScenarioRepository::trigger)
			.optional();
	}

	/** The trigger versions of a region and the default, newest first. */
	List<Trigger> triggers(String region) {
		return jdbc.sql("select * from ph_reform_trigger where region in (:r, :d) order by region, effective_from desc")
			.param("r", region)
			.param("d", DEFAULT_REGION)
			.query(ScenarioRepository::trigger)
			.list();
	}

	long insertTrigger(String region, String version, LocalDate from, ReformTriggers c, String note, String by) {
		return jdbc.sql("""
				insert into ph_reform_trigger (region, version, effective_from, min_fund_months, max_cost_growth,
				    service_share_target, note, created_by)
				values (:r, :v, :from, :m, :g, :s, :note, :by) returning id""")
			.param("r", region)
			.param("v", version)
			.param("from", from)
			.param("m", c.minFundMonths())
			.param("g", c.maxCostGrowth())
			.param("s", c.serviceShareTarget())
			.param("note", note == null ? "" : note)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	long insert(String region, String name, LocalDate from, LocalDate to, PriceReform.Draft draft,
			BigDecimal fundMonths, BigDecimal costGrowth, long triggerId, PriceReform.Result result, String by) {
		return jdbc
			.sql("""
					insert into ph_price_scenario (region, name, baseline_from, baseline_to, consumable_markup, test_cut,
					    fund_share, service_raises, new_prices, fund_months, cost_growth, trigger_id, result, created_by)
					values (:region, :name, :from, :to, :markup, :cut, :share, cast(:raises as jsonb), cast(:prices as jsonb),
					    :months, :growth, :trigger, cast(:result as jsonb), :by) returning id""")
			.param("region", region)
			.param("name", name)
			.param("from", from)
			.param("to", to)
			.param("markup", draft.consumableMarkup())
			.param("cut", draft.testCut())
			.param("share", draft.fundShare())
			.param("raises", PricingJson.write(draft.serviceRaises()))
			.param("prices", PricingJson.write(draft.newPrices()))
			.param("months", fundMonths)
			.param("growth", costGrowth)
			.param("trigger", triggerId)
			.param("result", PricingJson.write(result))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Scenario> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ph_price_scenario where id = :id")
			.param("id", id)
			.query(ScenarioRepository::scenario)
			.optional();
	}

	List<Scenario> findAll(Collection<Long> ids) {
		return jdbc.sql("select " + COLUMNS + " from ph_price_scenario where id in (:ids) order by id")
			.param("ids", ids)
			.query(ScenarioRepository::scenario)
			.list();
	}

	/** Scenarios of regions under a prefix ({@code ''} = all), newest first. */
	List<Scenario> list(String prefix) {
		return jdbc.sql("select " + COLUMNS + " from ph_price_scenario where region like :p || '%' order by id desc")
			.param("p", prefix)
			.query(ScenarioRepository::scenario)
			.list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ph_price_scenario)").query(Boolean.class).single();
	}

	private static Trigger trigger(ResultSet rs, int i) throws SQLException {
		return new Trigger(rs.getLong("id"), rs.getString("region"), rs.getString("version"),
				rs.getObject("effective_from", LocalDate.class), new ReformTriggers(rs.getBigDecimal("min_fund_months"),
						rs.getBigDecimal("max_cost_growth"), rs.getBigDecimal("service_share_target")),
				rs.getString("note"));
	}

	private static Scenario scenario(ResultSet rs, int i) throws SQLException {
		PriceReform.Draft draft = new PriceReform.Draft(rs.getBigDecimal("consumable_markup"),
				rs.getBigDecimal("test_cut"), rs.getBigDecimal("fund_share"),
				PricingJson.decimals(rs.getString("service_raises")), PricingJson.decimals(rs.getString("new_prices")));
		return new Scenario(rs.getLong("id"), rs.getString("region"), rs.getString("name"),
				rs.getObject("baseline_from", LocalDate.class), rs.getObject("baseline_to", LocalDate.class), draft,
				rs.getBigDecimal("fund_months"), rs.getBigDecimal("cost_growth"), rs.getLong("trigger_id"),
				PricingJson.result(rs.getString("result")), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
