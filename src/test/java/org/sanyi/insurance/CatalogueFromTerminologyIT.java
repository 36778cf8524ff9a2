package org.sanyi.insurance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.catalogue.TerminologyCatalogueSync;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * The terminology module owns the catalogue: its drugs, consumables and services in
 * force, with class, 先行自付 ratio and price cap, are what fee lines are classified with at
 * the gateway; local items it does not carry stay.
 */
@IntegrationTest
class CatalogueFromTerminologyIT {

	/** 阿莫西林克拉维酸钾片 in the terminology seed: 乙类, 先行自付 10 %. */
	private static final String DRUG_B = "XJ01CRA001A001010100074";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	TerminologyCatalogueSync sync;

	@Test
	void theTerminologyCatalogueIsCopiedWithClassRatioAndSourceAndLocalItemsStay() {
		Map<String, Object> drug = jdbc.sql("select * from ins_catalogue_item where med_list_codg = :c")
			.param("c", DRUG_B)
			.query()
			.singleRow();
		assertThat(drug).containsEntry("chrgitm_lv", "02")
			.containsEntry("source", "TERMINOLOGY")
			.containsEntry("med_chrgitm_type", "09")
			.containsEntry("name", "阿莫西林克拉维酸钾片");
		assertThat((BigDecimal) drug.get("selfpay_prop")).isEqualByComparingTo("0.10");
		long fromTerminology = jdbc.sql("select count(*) from ins_catalogue_item where source = 'TERMINOLOGY'")
			.query(Long.class)
			.single();
		// the seed's 111 drugs, 51 consumables and 111 services, and whatever other tests
		// imported since
		assertThat(fromTerminology).isGreaterThanOrEqualTo(111 + 51 + 111);
		assertThat(jdbc.sql("select source from ins_catalogue_item where med_list_codg = '110100001'")
			.query(String.class)
			.single()).isEqualTo("LOCAL");

		TerminologyCatalogueSync.SyncResult again = sync.synchronise(java.time.LocalDate.now());

		assertThat(again.copied())
			.isEqualTo(jdbc.sql("select count(*) from ins_catalogue_item " + "where source = 'TERMINOLOGY'")
				.query(Integer.class)
				.single())
			.isGreaterThanOrEqualTo(273);
		assertThat(jdbc.sql("select source from ins_catalogue_item where med_list_codg = :c")
			.param("c", DRUG_B)
			.query(String.class)
			.single()).isEqualTo("TERMINOLOGY");
	}

	@Test
	void aFeeLineOfATerminologyItemIsClassifiedWithItsRatio() {
		NewPerson person = GatewayFixtures.employee("500.00");
		admin.enrol(List.of(person));
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		String visitId = ok(his.call("2201",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "insutype", "310", "begntime", "2026-11-01 09:00:00",
								"mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "ipt_otp_no",
								"MZ" + System.nanoTime() % 1_000_000_000L, "atddr_no", "D001", "dr_name", "王医生",
								"dept_code", "03", "dept_name", "内科"))))
			.at("/data/mdtrt_id")
			.asString();

		JsonNode result = ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", DRUG_B, "2", "18.50", "37.00")))))
			.get("result")
			.get(0);

		assertThat(result.get("chrgitm_lv").asString()).isEqualTo("02");
		assertThat(result.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("3.70");
		assertThat(result.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("33.30");
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
