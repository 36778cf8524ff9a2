package org.sanyi.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.NewPolicyVersion;
import org.sanyi.insurance.policy.PolicyJsonTestAccess;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A referred stay is settled as referred, through the gateway's 2401 → 2301 → 2402 →
 * 2304: residents insured in a region whose policy has the referral rules (the demo
 * city's 2026 resident rules plus continuity within the alliance and ten points less for
 * out-of-county care without a 2501). A stay at 云岫县总医院 referred by a township centre of
 * its 医共体 with a valid 2501 pays no second deductible; the same stay unfiled, or with an
 * expired registration, loses ten points; a referral from another county's hospital
 * (another alliance) keeps the second deductible at the full ratio. The context each stay
 * was priced with is kept for replay.
 */
@IntegrationTest
class ReferralSettlementIT {

	static final String REGION = "359700";

	static final LocalDate ADMITTED = LocalDate.of(2026, 11, 2);

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	Registry registry;

	@Autowired
	JdbcClient jdbc;

	HsaClient county;

	HsaClient township;

	HsaClient otherCountyHospital;

	@BeforeEach
	void setUp() throws Exception {
		GatewayFixtures.addExampleItems(admin);
		if (jdbc.sql("select count(*) from ins_policy_version where region = :r")
			.param("r", REGION)
			.query(Long.class)
			.single() == 0) {
			ObjectNode parameters = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readTree(PolicyJsonTestAccess.demoParameters("359900-390-2026"));
			parameters.putObject("referral")
				.put("allianceDeductibleContinuity", true)
				.put("unfiledOutOfCountyRatioCut", "0.10");
			admin.importPolicy(new NewPolicyVersion(REGION + "-390-2026", REGION, "390", LocalDate.of(2026, 1, 1), null,
					parameters.toString(), "测试统筹区 2026：演示市城乡居民参数，加转诊规则"));
		}
		LocalDate today = PlatformTime.today();
		List<Alliance> alliances = registry.alliancesOf(COUNTY_HOSPITAL, today)
			.stream()
			.filter(a -> a.kind() != Alliance.Kind.SPECIALTY)
			.toList();
		assertThat(alliances).isNotEmpty();
		Institution centre = alliances.stream()
			.flatMap(a -> registry.institutionsInAlliance(a.id(), today).stream())
			.filter(i -> i.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE && i.status() == Institution.Status.ACTIVE)
			.findFirst()
			.orElseThrow();
		Institution other = registry.institutionsUnderRegion("359900")
			.stream()
			.filter(i -> i.kind() == Institution.Kind.GENERAL_HOSPITAL && i.status() == Institution.Status.ACTIVE
					&& !i.regionCode().startsWith("359921") && !i.code().equals(GatewayFixtures.CITY_HOSPITAL)
					&& registry.alliancesOf(i.code(), today).stream().noneMatch(alliances::contains))
			.findFirst()
			.orElseThrow();
		county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		township = GatewayFixtures.client(port, centre.code(), centre.name()).signIn();
		otherCountyHospital = GatewayFixtures.client(port, other.code(), other.name()).signIn();
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isZero();
		return answer.get("output");
	}

	NewPerson person() {
		NewPerson p = GatewayFixtures.resident(REGION);
		admin.enrol(List.of(p));
		return p;
	}

	/** A stay admitted and discharged at the HIS's institution, settled: its setlinfo. */
	JsonNode stay(HsaClient his, NewPerson p, LocalDate admitted, String total) {
		JsonNode in = ok(
				his.call("2401",
						Map.of("mdtrtinfo",
								Map.ofEntries(Map.entry("psn_no", p.psnNo()), Map.entry("insutype", "390"),
										Map.entry("begntime", admitted + " 08:30:00"),
										Map.entry("mdtrt_cert_type", "02"), Map.entry("mdtrt_cert_no", p.certNo()),
										Map.entry("med_type", "21"),
										Map.entry("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L),
										Map.entry("atddr_no", "D001"), Map.entry("chfpdr_name", "王医生"),
										Map.entry("adm_dept_codg", "03"), Map.entry("adm_dept_name", "内科"),
										Map.entry("adm_bed",
												"8"),
										Map.entry("dise_codg", "I63.900"), Map.entry("dise_name", "脑梗死")),
								"diseinfo",
								List.of(Map.of("psn_no", p.psnNo(), "diag_type", "1", "maindiag_flag", "1",
										"diag_srt_no", "1", "diag_code", "I63.900", "diag_name", "脑梗死"))),
						his.nextMsgid(), REGION));
		String visitId = in.at("/result/mdtrt_id").asString();
		String price = new BigDecimal(total).divide(BigDecimal.valueOf(5)).toPlainString();
		Map<String, Object> fee = line(visitId, p.psnNo(), "1", "T-A-WARD", "5", price, total);
		fee.put("fee_ocur_time", admitted + " 10:00:00");
		ok(his.call("2301", Map.of("feedetail", List.of(fee)), his.nextMsgid(), REGION));
		ok(his.call("2402", Map.of("dscginfo",
				Map.of("mdtrt_id", visitId, "psn_no", p.psnNo(), "endtime", admitted.plusDays(5) + " 10:00:00")),
				his.nextMsgid(), REGION));
		return ok(his.call("2304",
				Map.of("data",
						Map.of("psn_no", p.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", p.certNo(),
								"medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
								"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", "0")),
				his.nextMsgid(), REGION))
			.get("setlinfo");
	}

	/** A 2501 filed by the HIS for the person to 云岫县总医院 for the term given. */
	String file(HsaClient his, NewPerson p, LocalDate from, LocalDate until) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", p.psnNo());
		m.put("insutype", "390");
		m.put("tel", "13859005678");
		m.put("addr", "云岫县");
		m.put("insu_optins", REGION);
		m.put("diag_code", "I63.900");
		m.put("diag_name", "脑梗死");
		m.put("dise_cond_dscr", "左侧肢体无力，需上级医院进一步治疗");
		m.put("reflin_medins_no", COUNTY_HOSPITAL);
		m.put("reflin_medins_name", "云岫县总医院");
		m.put("mdtrtarea_admdvs", "359900");
		m.put("hosp_agre_refl_flag", "1");
		m.put("refl_type", "1");
		m.put("refl_date", from.toString());
		m.put("refl_rea", "病情需要上转");
		m.put("refl_opnn", "同意转上级医院");
		m.put("begndate", from.toString());
		m.put("enddate", until.toString());
		return ok(his.call("2501", Map.of("refmedin", m), his.nextMsgid(), REGION)).at("/result/trt_dcla_detl_sn")
			.asString();
	}

	Map<String, Object> kept(String setlId) {
		return jdbc.sql("select * from ins_settlement_referral where setl_id = :s")
			.param("s", setlId)
			.query()
			.singleRow();
	}

	@Test
	void theDemoCitysResidentRulesCutTheRatioOfItsUnreferredOutOfCountyStays() {
		// the demo's 云岫县 residents at the city's first hospital (DemoReferredStays):
		// without a 2501 90 % less ten points, with one the full 90 %; the county
		// hospital's referred stays are in the county and keep 90 % too
		List<Map<String, Object>> stays = jdbc.sql("""
				select r.out_of_county, r.registration is not null as filed, s.pool_prop_selfpay, s.hifp_pay,
				       s.inscp_scp_amt, s.act_pay_dedc, s.policy_code
				  from ins_settlement_referral r join ins_settlement s on s.setl_id = r.setl_id
				 where s.status = 'SETTLED' and s.policy_code = '359900-390-2026' and s.psn_no not like 'T%'""")
			.query()
			.listOfRows();
		assertThat(stays).filteredOn(r -> (Boolean) r.get("out_of_county") && !(Boolean) r.get("filed"))
			.hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(r -> {
				assertThat((BigDecimal) r.get("pool_prop_selfpay")).isEqualByComparingTo("0.80");
				assertThat((BigDecimal) r.get("hifp_pay")).isEqualByComparingTo(
						((BigDecimal) r.get("inscp_scp_amt")).subtract((BigDecimal) r.get("act_pay_dedc"))
							.multiply(new BigDecimal("0.80"))
							.setScale(2, java.math.RoundingMode.HALF_UP));
			});
		assertThat(stays).filteredOn(r -> (Boolean) r.get("out_of_county") && (Boolean) r.get("filed"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat((BigDecimal) r.get("pool_prop_selfpay")).isEqualByComparingTo("0.90"));
		assertThat(stays).filteredOn(r -> !(Boolean) r.get("out_of_county"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat((BigDecimal) r.get("pool_prop_selfpay")).isEqualByComparingTo("0.90"));
	}

	@Test
	void aStayReferredWithinTheAlliancePaysNoSecondDeductible() {
		NewPerson p = person();
		JsonNode sender = stay(township, p, ADMITTED.minusDays(8), "3000.00");
		assertThat(sender.get("act_pay_dedc").decimalValue()).isPositive();
		String serial = file(township, p, ADMITTED.minusDays(2), ADMITTED.plusDays(60));

		JsonNode referred = stay(county, p, ADMITTED, "10000.00");

		assertThat(referred.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("0");
		// cross-region resident ratio of the city's rules: 80 %, not cut (filed)
		assertThat(referred.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.80");
		assertThat(referred.get("hifp_pay").decimalValue()).isEqualByComparingTo("8000.00");
		Map<String, Object> context = kept(referred.get("setl_id").asString());
		assertThat(context).containsEntry("registration", serial).containsEntry("same_alliance", true);
		assertThat((BigDecimal) context.get("sender_deductible"))
			.isEqualByComparingTo(sender.get("act_pay_dedc").decimalValue());
	}

	@Test
	void outOfCountyCareWithoutAValidRegistrationLosesTenPoints() {
		NewPerson unfiled = person();
		JsonNode s = stay(county, unfiled, ADMITTED, "10000.00");
		BigDecimal deductible = s.get("act_pay_dedc").decimalValue();
		assertThat(deductible).isPositive();
		assertThat(s.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.70");
		assertThat(s.get("hifp_pay").decimalValue())
			.isEqualByComparingTo(new BigDecimal("10000.00").subtract(deductible).multiply(new BigDecimal("0.70")));
		assertThat(kept(s.get("setl_id").asString())).containsEntry("out_of_county", true)
			.containsEntry("registration", null);

		NewPerson expired = person();
		stay(township, expired, ADMITTED.minusDays(40), "3000.00");
		file(township, expired, ADMITTED.minusDays(35), ADMITTED.minusDays(1));
		JsonNode late = stay(county, expired, ADMITTED, "10000.00");
		assertThat(late.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.70");
		assertThat(late.get("act_pay_dedc").decimalValue()).isPositive();
	}

	@Test
	void aReferralFromAnotherAlliancesHospitalKeepsTheSecondDeductibleAtTheFullRatio() {
		NewPerson p = person();
		stay(otherCountyHospital, p, ADMITTED.minusDays(10), "3000.00");
		file(otherCountyHospital, p, ADMITTED.minusDays(3), ADMITTED.plusDays(30));

		JsonNode s = stay(county, p, ADMITTED, "10000.00");

		assertThat(s.get("act_pay_dedc").decimalValue()).isPositive();
		assertThat(s.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.80");
		assertThat(kept(s.get("setl_id").asString())).containsEntry("same_alliance", false);
	}

}
