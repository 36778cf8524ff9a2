package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.DeathSource;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.LiveSettlements;
import org.sanyi.insurance.LiveSettlements.OnlineVisitClaim;
import org.sanyi.insurance.LiveSettlements.Settled;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.rules.RuleRow;
import org.sanyi.supervision.rules.RuleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fund supervision's blocking reaches the live settlement path too: an online visit
 * settled through {@link LiveSettlements} runs the same {@code SettlementGuard}s as the
 * gateway's 2207/2304, in the same transaction. No HIS sends a 3102 for it, so the guard
 * analyses the claim itself with the region's rules in force: where 死亡后就医 (JG026) only
 * warns, the online visit of a person who died earlier is settled; once the county makes
 * the rule blocking, the next one is refused with SUP-0019 and nothing of it is written
 * (no visit, no settlement, no ledger entry, no change to the year-to-date totals), while
 * a living person's online visit at the same hospital is still settled.
 */
@IntegrationTest
class LiveSettlementGuardIT {

	@Autowired
	LiveSettlements live;

	@Autowired
	RuleService rules;

	@Autowired
	ResidentDeaths deaths;

	@Autowired
	Registry registry;

	@Autowired
	MessageSource texts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOnlineVisitBreakingABlockingRuleIsRefusedAndLeavesNothingWhileOthersSettle() {
		LocalDate today = PlatformTime.today();
		Institution hospital = hospitalOfAnotherCounty();
		String county = hospital.regionCode().substring(0, 6);
		Insured dead = insured(40);
		Insured alive = insured(41);
		deaths.record(
				new DeathReport(dead.residentId(), null, today.minusDays(30), DeathSource.CIVIL_AFFAIRS, null, null),
				"359900", "system");

		// the city's JG026 only warns: the settlement goes through (the batch audit will
		// file it)
		Settled warned = live.settleOnlineVisit(claim("OL-GUARD-1", dead, hospital));
		assertThat(warned.settlementId()).isNotNull();

		// the county makes 死亡后就医 blocking (maker and checker)
		long version = rules.proposeRule(county, today,
				new RuleRow("JG026", "参保人死亡后就医（县：事中拦截）", "AFTER_DEATH", "MANAGEMENT", "DEFINITE", "VISIT", "", "",
						"PRE,IN,POST", "HIGH", true, true, Map.of()),
				"县级：死亡后就医事中拦截", "ybj_county", DataScope.region(county));
		rules.approve(version, "ybj", "同意", DataScope.region("359900"));

		long visits = count("select count(*) from ins_visit where psn_no = :p", dead.psnNo());
		long settlements = count("select count(*) from ins_settlement where psn_no = :p", dead.psnNo());
		long ledger = count("select count(*) from ins_ledger_entry where txn_id in "
				+ "(select setl_id from ins_settlement where psn_no = :p)", dead.psnNo());
		long entries = count("select count(*) from ins_ledger_entry", null);
		String totals = totals(dead);
		long liveRows = count("select count(*) from ins_live_settlement where psn_no = :p", dead.psnNo());

		assertThatThrownBy(() -> live.settleOnlineVisit(claim("OL-GUARD-2", dead, hospital)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(SupervisionErrors.LIVE_SETTLEMENT_HELD);
				String text = texts.getMessage("error." + ex.error().code(), ex.args(), Locale.SIMPLIFIED_CHINESE);
				assertThat(text).contains("基金监管事中审核拦截了本次医保结算", "JG026", "结算未进行");
			});
		assertThat(count("select count(*) from ins_visit where psn_no = :p", dead.psnNo())).isEqualTo(visits);
		assertThat(count("select count(*) from ins_settlement where psn_no = :p", dead.psnNo())).isEqualTo(settlements);
		assertThat(count("select count(*) from ins_ledger_entry where txn_id in "
				+ "(select setl_id from ins_settlement where psn_no = :p)", dead.psnNo()))
			.isEqualTo(ledger);
		assertThat(count("select count(*) from ins_live_settlement where psn_no = :p", dead.psnNo()))
			.isEqualTo(liveRows);
		assertThat(live.find("OL-GUARD-2")).isEmpty();
		assertThat(totals(dead)).isEqualTo(totals);

		// the refusal is the person's, not the hospital's: a living person is settled
		Settled settled = live.settleOnlineVisit(claim("OL-GUARD-3", alive, hospital));
		assertThat(settled.medType()).isEqualTo("9903");
		assertThat(count("select count(*) from ins_ledger_entry", null)).isGreaterThan(entries);
		// the earlier settlement of the dead person stays as it was
		assertThat(live.find("OL-GUARD-1").orElseThrow().reversed()).isFalse();
	}

	private OnlineVisitClaim claim(String key, Insured p, Institution hospital) {
		return new OnlineVisitClaim(key, p.residentId(), hospital.code(), "I10.x00", "高血压", "王医生",
				new BigDecimal("10.00"), LocalDateTime.now(PlatformTime.zone()).minusMinutes(5), "doctor");
	}

	/**
	 * A general hospital outside 云岫县 and the city hospital's district, whose county has
	 * no rules of its own in the other tests.
	 */
	private Institution hospitalOfAnotherCounty() {
		String cityCounty = registry.institution(GatewayFixtures.CITY_HOSPITAL)
			.orElseThrow()
			.regionCode()
			.substring(0, 6);
		return registry.institutionsUnderRegion("359900")
			.stream()
			.filter(i -> i.kind() == Institution.Kind.GENERAL_HOSPITAL && i.status() == Institution.Status.ACTIVE
					&& i.regionCode().length() >= 6 && !i.regionCode().startsWith("359921")
					&& !i.regionCode().startsWith(cityCounty) && !i.regionCode().startsWith("359900"))
			.max(Comparator.comparing(Institution::code))
			.orElseThrow();
	}

	private record Insured(String psnNo, String residentId) {
	}

	/** An insured person of the demo city enrolled in 2026, without visits or a death. */
	private Insured insured(int offset) {
		return jdbc.sql("""
				select i.lookup_key, i.resident_id from idn_identifier i
				join ins_enrolment e on e.psn_no = i.lookup_key and e.year = 2026 and e.psn_insu_stas = '1'
				join ins_person p on p.psn_no = i.lookup_key and p.insuplc_admdvs = '359900'
				where i.type = 'PSN_NO' and not exists (select 1 from idn_death d where d.resident_id = i.resident_id)
				  and not exists (select 1 from ins_visit v where v.psn_no = i.lookup_key)
				order by i.lookup_key limit 1 offset :o""")
			.param("o", offset)
			.query((rs, n) -> new Insured(rs.getString(1), rs.getString(2)))
			.single();
	}

	private String totals(Insured p) {
		return jdbc
			.sql("select coalesce(string_agg(totals::text || version, '|' order by insutype, year), '') "
					+ "from ins_accumulator where psn_no = :p")
			.param("p", p.psnNo())
			.query(String.class)
			.single();
	}

	private long count(String sql, Object param) {
		var statement = jdbc.sql(sql);
		if (param != null) {
			statement = statement.param("p", param);
		}
		return statement.query(Long.class).single();
	}

}
