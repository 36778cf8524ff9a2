package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.pharma.prescription.RxFixtures.SITAGLIPTIN;

/**
 * E-prescriptions through the signed national gateway, both sides: the hospital
 * pre-checks, signs and uploads (SM2 or ECDSA); a 双通道 pharmacy queries by the patient's
 * token, downloads, has its pharmacist review and sign, settles the insured part with its
 * own 2201/2204/2207 and writes the sale off against that settlement with batch, expiry
 * and 追溯码. Every refusal (forged signature, expired, revoked, used up, wrong pharmacy,
 * too early, a settlement that is not the sale's) names its reason and changes nothing.
 */
@IntegrationTest
class PrescriptionGatewayIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin insurance;

	@Autowired
	DualChannelAdmin dualChannel;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Prescriptions prescriptions;

	String pharmacy;

	String otherPharmacy;

	String doctor;

	RxSignatures.KeyPair doctorKey;

	RxSignatures.KeyPair pharmacistKey;

	HsaClient hospital;

	HsaClient shop;

	@BeforeEach
	void setUp() {
		List<String> pharmacies = jdbc.sql("select pharmacy_code from ph_dual_channel_pharmacy order by pharmacy_code")
			.query(String.class)
			.list();
		assertThat(pharmacies).hasSizeGreaterThanOrEqualTo(2);
		pharmacy = pharmacies.get(0);
		otherPharmacy = pharmacies.get(1);
		doctor = "DIT" + System.nanoTime() % 1_000_000;
		doctorKey = RxFixtures.key(Algorithm.SM2);
		dualChannel.registerSigner(CITY_HOSPITAL, doctor, "DOCTOR", "SM2", doctorKey.publicKey());
		pharmacistKey = RxFixtures.key(Algorithm.ECDSA);
		dualChannel.registerSigner(pharmacy, "YIT1", "PHARMACIST", "ECDSA", pharmacistKey.publicKey());
		dualChannel.setStock(pharmacy, SITAGLIPTIN, new BigDecimal("100"));
		hospital = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		shop = GatewayFixtures.client(port, pharmacy, "测试药店").signIn();
	}

	@Test
	void aPrescriptionFlowsFromSignedUploadToAnInsuredSaleWrittenOffAgainstItsSettlement() {
		NewPerson person = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person));
		Map<String, Object> rx = RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, false);

		JsonNode checked = ok(hospital.call("7101", rx));
		assertThat(checked.at("/output/check_rslt").asString()).isEqualTo("1");
		JsonNode uploaded = ok(hospital.call("7102", RxFixtures.signed(CITY_HOSPITAL, rx, doctorKey)));
		String hiRxno = uploaded.at("/output/hi_rxno").asString();
		String token = uploaded.at("/output/epc_token").asString();
		assertThat(uploaded.at("/output/rx_stas_codg").asString()).isEqualTo("UPLOADED");

		JsonNode queried = ok(shop.call("7202", data("epc_token", token)));
		assertThat(queried.at("/output/rxinfo/hi_rxno").asString()).isEqualTo(hiRxno);
		assertThat(queried.at("/output/usable_here").asString()).isEqualTo("1");
		JsonNode downloaded = ok(shop.call("7203", data("epc_token", token)));
		assertThat(downloaded.at("/output/rxinfo/rx_stas_codg").asString()).isEqualTo("DOWNLOADED");
		assertThat(downloaded.at("/output/rxdetail/0/med_list_codg").asString()).isEqualTo(SITAGLIPTIN);
		ok(shop.call("7204", review(hiRxno, "1")));

		// the pharmacy settles the insured part like a hospital outpatient visit (same
		// policy)
		String visitId = ok(shop.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(shop.call("2204", Map.of("feedetail",
				List.of(GatewayFixtures.line(visitId, person.psnNo(), "1", SITAGLIPTIN, "4", "16.80", "67.20")))));
		JsonNode settled = ok(shop.call("2207", settle(person, visitId, "67.20")));
		String setlId = settled.at("/output/setlinfo/setl_id").asString();

		JsonNode sold = ok(shop.call("7206", sale(hiRxno, "2", setlId, RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80"))));
		assertThat(sold.at("/output/rx_stas_codg").asString()).isEqualTo("USED_UP");
		assertThat(sold.at("/output/sumamt").decimalValue()).isEqualByComparingTo("67.20");
		assertThat(stock(pharmacy)).isEqualByComparingTo("96");

		JsonNode result = ok(hospital.call("7105", data("hi_rxno", hiRxno)));
		assertThat(result.at("/output/setlinfo/0/setl_id").asString()).isEqualTo(setlId);
		assertThat(result.at("/output/setlinfo/0/drugdetail/0/manu_lotnum").asString()).isEqualTo("LOT-IT-1");
		assertThat(result.at("/output/setlinfo/0/drugdetail/0/drug_trac_codg")).hasSize(4);
		JsonNode trace = ok(hospital.call("7104", data("hi_rxno", hiRxno))).at("/output/rxtrace");
		assertThat(trace.findValuesAsString("kind")).containsExactly("UPLOAD", "DOWNLOAD", "REVIEW", "SALE");

		// used up: a second sale and a new download are refused with the reason
		JsonNode again = shop.call("7203", data("epc_token", token));
		assertThat(refusal(again)).startsWith("PH-0204");
	}

	@Test
	void aRetailPharmacyPurchaseOnThePrescriptionIsPooledAsPrimaryOutpatientAndOneWithoutIsNot() {
		GatewayFixtures.addExampleItems(insurance);
		NewPerson person = GatewayFixtures.employee("500.00");
		insurance.enrol(List.of(person));
		// the year's outpatient deductible (200) is borne at a hospital visit first
		String first = ok(hospital.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(hospital.call("2204", Map.of("feedetail",
				List.of(GatewayFixtures.line(first, person.psnNo(), "1", "T-B-DRUG", "1", "300.00", "300.00")))));
		ok(hospital.call("2207", settle(person, first, "300.00")));

		Uploaded rx = upload(person, false);
		ok(shop.call("7203", data("epc_token", rx.token())));
		ok(shop.call("7204", review(rx.hiRxno(), "1")));
		String visitId = boughtOn(shop, person, SITAGLIPTIN, rx.hiRxno());
		// 41 on the prescription is priced exactly as 普通门诊 at this ungraded (primary)
		// institution
		JsonNode asOutpatient = ok(shop.call("2206", settle(person, visitId, "67.20", "11", "1")));
		JsonNode settled = ok(shop.call("2207", settle(person, visitId, "67.20", "41", "1")));
		JsonNode info = settled.at("/output/setlinfo");
		assertThat(info.at("/med_type").asString()).isEqualTo("41");
		assertThat(info.at("/clr_type").asString()).isEqualTo("41");
		assertThat(info.at("/act_pay_dedc").decimalValue()).isEqualByComparingTo("0");
		assertThat(info.at("/hifp_pay").decimalValue()).isPositive()
			.isEqualByComparingTo(asOutpatient.at("/output/setlinfo/hifp_pay").decimalValue());
		assertThat(info.at("/fund_pay_sumamt").decimalValue().add(info.at("/psn_part_amt").decimalValue()))
			.isEqualByComparingTo("67.20");
		String setlId = info.at("/setl_id").asString();

		// the prescription's one use is held by this settlement until the sale writes it
		// off: a second settlement on it is refused and leaves nothing
		String again = boughtOn(shop, person, SITAGLIPTIN, rx.hiRxno());
		assertThat(refusal(shop.call("2207", settle(person, again, "67.20", "41", "1")))).startsWith("INS-0182")
			.contains("PH-0229")
			.contains(setlId);
		assertThat(settlements(again)).isZero();
		ok(shop.call("7206", sale(rx.hiRxno(), "3", setlId, RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80"))));
		assertThat(state(rx.hiRxno())).isEqualTo("USED_UP");

		// bought without a prescription: the funds pay nothing, the account pays it all
		String otc = ok(shop.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id").asString();
		ok(shop.call("2204", Map.of("feedetail",
				List.of(GatewayFixtures.line(otc, person.psnNo(), "1", SITAGLIPTIN, "2", "16.80", "33.60")))));
		JsonNode bought = ok(shop.call("2207", settle(person, otc, "33.60", "41", "1"))).at("/output/setlinfo");
		assertThat(bought.at("/fund_pay_sumamt").decimalValue()).isEqualByComparingTo("0");
		assertThat(bought.at("/acct_pay").decimalValue()).isEqualByComparingTo("33.60");
		assertThat(bought.at("/psn_cash_pay").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void aPharmacyPurchaseIsRefusedWithItsReasonAndNothingSettledWhenItsPrescriptionDoesNotHoldUp() {
		NewPerson person = GatewayFixtures.employee("500.00");
		NewPerson stranger = GatewayFixtures.employee("500.00");
		insurance.enrol(List.of(person, stranger));
		Uploaded rx = upload(person, false);
		ok(shop.call("7203", data("epc_token", rx.token())));

		// downloaded but not yet reviewed by the pharmacist
		assertThat(refusal(buyOn(person, rx.hiRxno(), SITAGLIPTIN))).startsWith("INS-0182").contains("PH-0206");
		ok(shop.call("7204", review(rx.hiRxno(), "1")));
		// no such prescription, another person's, a drug not on it
		assertThat(refusal(buyOn(person, "NOSUCHRX", SITAGLIPTIN))).startsWith("INS-0182").contains("PH-0201");
		assertThat(refusal(buyOn(stranger, rx.hiRxno(), SITAGLIPTIN))).startsWith("INS-0182").contains("PH-0228");
		assertThat(refusal(buyOn(person, rx.hiRxno(), "XC08CAA001"))).startsWith("INS-0182").contains("PH-0217");
		// more than one use prescribes (4 boxes): two lines of 4 on it
		String twice = boughtOn(shop, person, SITAGLIPTIN, rx.hiRxno());
		ok(shop.call("2204",
				Map.of("feedetail",
						List.of(prescribed(
								GatewayFixtures.line(twice, person.psnNo(), "2", SITAGLIPTIN, "4", "16.80", "67.20"),
								rx.hiRxno())))));
		assertThat(refusal(shop.call("2207", settle(person, twice, "134.40", "41", "1")))).startsWith("INS-0182")
			.contains("PH-0230", SITAGLIPTIN, "8", "4");
		// a refund of two boxes (its line keeps the prescription) nets the quantity: 6
		ok(shop.call("2204", Map.of("feedetail", List
			.of(GatewayFixtures.refund(twice, person.psnNo(), "3", "2", SITAGLIPTIN, "-2", "16.80", "-33.60")))));
		assertThat(refusal(shop.call("2207", settle(person, twice, "100.80", "41", "1")))).startsWith("INS-0182")
			.contains("PH-0230", "6", "4");
		assertThat(settlements(twice)).isZero();
		// another pharmacy does not hold it
		HsaClient other = GatewayFixtures.client(port, otherPharmacy, "测试药店二").signIn();
		String elsewhere = boughtOn(other, person, SITAGLIPTIN, rx.hiRxno());
		assertThat(refusal(other.call("2207", settle(person, elsewhere, "67.20", "41", "1")))).startsWith("INS-0182")
			.contains("PH-0205");

		// prescribed and unprescribed drugs in one pharmacy settlement
		String mixed = ok(shop.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(shop.call("2204",
				Map.of("feedetail", List.of(
						prescribed(GatewayFixtures.line(mixed, person.psnNo(), "1", SITAGLIPTIN, "4", "16.80", "67.20"),
								rx.hiRxno()),
						GatewayFixtures.line(mixed, person.psnNo(), "2", SITAGLIPTIN, "1", "16.80", "16.80")))));
		assertThat(refusal(shop.call("2207", settle(person, mixed, "84.00", "41", "1")))).startsWith("INS-0181");
		assertThat(settlements(mixed)).isZero();
		// a flagged line must name its prescription; 41 is a pharmacy's type only
		Map<String, Object> unnamed = GatewayFixtures.line(mixed, person.psnNo(), "3", SITAGLIPTIN, "1", "16.80",
				"16.80");
		unnamed.put("rx_circ_flag", "1");
		assertThat(refusal(shop.call("2204", Map.of("feedetail", List.of(unnamed))))).startsWith("INS-0023")
			.contains("rxno");
		// the prescribed box refunded in full, the purchase is one without a
		// prescription:
		// no mix, and no fund pays (the policy replay nets the lines the same way)
		ok(shop.call("2204", Map.of("feedetail", List
			.of(GatewayFixtures.refund(mixed, person.psnNo(), "4", "1", SITAGLIPTIN, "-4", "16.80", "-67.20")))));
		JsonNode without = ok(shop.call("2207", settle(person, mixed, "16.80", "41", "1"))).at("/output/setlinfo");
		assertThat(without.at("/fund_pay_sumamt").decimalValue()).isEqualByComparingTo("0");
		assertThat(without.at("/acct_pay").decimalValue()).isEqualByComparingTo("16.80");

		String atHospital = ok(hospital.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(hospital.call("2204", Map.of("feedetail",
				List.of(GatewayFixtures.line(atHospital, person.psnNo(), "1", SITAGLIPTIN, "4", "16.80", "67.20")))));
		assertThat(refusal(hospital.call("2207", settle(person, atHospital, "67.20", "41", "1"))))
			.startsWith("INS-0180");
		assertThat(settlements(atHospital)).isZero();
		assertThat(state(rx.hiRxno())).isEqualTo("APPROVED");
	}

	/**
	 * A 2201/2204 at the pharmacy of one line on the prescription, then its 2207 answer.
	 */
	JsonNode buyOn(NewPerson person, String hiRxno, String code) {
		String visitId = boughtOn(shop, person, code, hiRxno);
		JsonNode answer = shop.call("2207", settle(person, visitId, "67.20", "41", "1"));
		assertThat(settlements(visitId)).isZero();
		return answer;
	}

	/**
	 * A 2201 at {@code client} and a 2204 of four boxes of {@code code} dispensed on the
	 * prescription; the visit.
	 */
	String boughtOn(HsaClient client, NewPerson person, String code, String hiRxno) {
		String visitId = ok(client.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(client.call("2204", Map.of("feedetail", List
			.of(prescribed(GatewayFixtures.line(visitId, person.psnNo(), "1", code, "4", "16.80", "67.20"), hiRxno)))));
		return visitId;
	}

	/** The line as dispensed on an external prescription (外购处方). */
	static Map<String, Object> prescribed(Map<String, Object> line, String hiRxno) {
		line.put("rx_circ_flag", "1");
		line.put("rxno", hiRxno);
		return line;
	}

	int settlements(String visitId) {
		return jdbc.sql("select count(*) from ins_settlement where mdtrt_id = :v")
			.param("v", visitId)
			.query(Integer.class)
			.single();
	}

	@Test
	void aForgedSignatureIsRefusedAndNothingIsStored() {
		NewPerson person = GatewayFixtures.employee("0.00");
		String hospRxno = RxFixtures.nextHospRxno();
		Map<String, Object> rx = RxFixtures.prescription(hospRxno, person, doctor, 28, false);
		Map<String, Object> signed = RxFixtures.signed(CITY_HOSPITAL, rx, doctorKey);
		// the HIS changes the days after the doctor signed
		Map<String, Object> tampered = new LinkedHashMap<>(signed);
		tampered.put("rxdetail", List.of(line(rx, "prd_days", "30")));
		assertThat(refusal(hospital.call("7102", tampered))).startsWith("PH-0210");
		// signed with another key than the doctor's
		Map<String, Object> otherKey = RxFixtures.signed(CITY_HOSPITAL, rx, RxFixtures.key(Algorithm.SM2));
		assertThat(refusal(hospital.call("7102", otherKey))).startsWith("PH-0210");
		// by a doctor without a registered key
		Map<String, Object> stranger = RxFixtures.prescription(hospRxno, person, "NOBODY", 28, false);
		assertThat(refusal(hospital.call("7102", RxFixtures.signed(CITY_HOSPITAL, stranger, doctorKey))))
			.startsWith("PH-0211");
		assertThat(jdbc.sql("select count(*) from ph_prescription where hosp_rxno = :h")
			.param("h", hospRxno)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void expiredRevokedAndWrongPharmacyAreRefusedWithTheirReasonsChangingNothing() {
		NewPerson person = GatewayFixtures.employee("0.00");
		Uploaded a = upload(person, false);
		// another pharmacy holds it once this one downloaded it
		ok(shop.call("7203", data("epc_token", a.token())));
		HsaClient other = GatewayFixtures.client(port, otherPharmacy, "测试药店二").signIn();
		assertThat(refusal(other.call("7203", data("epc_token", a.token())))).startsWith("PH-0205").contains(pharmacy);
		assertThat(refusal(other.call("7204", review(a.hiRxno(), "1")))).startsWith("PH-0205");
		// the hospital cannot revoke what a pharmacy holds
		assertThat(refusal(hospital.call("7103", revoke(a.hiRxno())))).startsWith("PH-0209");
		assertThat(state(a.hiRxno())).isEqualTo("DOWNLOADED");

		Uploaded b = upload(person, false);
		ok(hospital.call("7103", revoke(b.hiRxno())));
		assertThat(refusal(shop.call("7203", data("epc_token", b.token())))).startsWith("PH-0203");
		assertThat(state(b.hiRxno())).isEqualTo("REVOKED");

		Uploaded c = upload(person, false);
		jdbc.sql("update ph_prescription set valid_end_time = now() - interval '1 minute' where hi_rxno = :h")
			.param("h", c.hiRxno())
			.update();
		int events = events(c.hiRxno());
		assertThat(refusal(shop.call("7203", data("epc_token", c.token())))).startsWith("PH-0202");
		assertThat(state(c.hiRxno())).isEqualTo("UPLOADED");
		assertThat(events(c.hiRxno())).isEqualTo(events);

		// a review before the download is out of order
		Uploaded d = upload(person, false);
		assertThat(refusal(shop.call("7204", review(d.hiRxno(), "1")))).startsWith("PH-0206");
		// a forged pharmacist signature is refused too
		ok(shop.call("7203", data("epc_token", d.token())));
		Map<String, Object> forged = review(d.hiRxno(), "1");
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) forged.get("data"));
		fields.put("rvw_rslt", "2");
		assertThat(refusal(shop.call("7204", Map.of("data", fields)))).startsWith("PH-0210");
		assertThat(state(d.hiRxno())).isEqualTo("DOWNLOADED");
	}

	@Test
	void aRepeatPrescriptionHonoursItsIntervalAndCount() {
		NewPerson person = GatewayFixtures.employee("0.00");
		Uploaded rx = upload(person, true);
		sellSelfPaid(rx);
		assertThat(state(rx.hiRxno())).isEqualTo("DISPENSED");
		assertThat(refusal(shop.call("7203", data("epc_token", rx.token())))).startsWith("PH-0207");
		// 28 days later the second use is due
		jdbc.sql("update ph_prescription set last_dispensed_on = last_dispensed_on - 28 where hi_rxno = :h")
			.param("h", rx.hiRxno())
			.update();
		sellSelfPaid(rx);
		assertThat(state(rx.hiRxno())).isEqualTo("USED_UP");
		assertThat(refusal(shop.call("7203", data("epc_token", rx.token())))).startsWith("PH-0204");
		assertThat(jdbc.sql("select count(*) from ph_dispensing where hi_rxno = :h")
			.param("h", rx.hiRxno())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSaleAgainstAnotherPersonsSettlementOrWithBadTraceCodesIsRefused() {
		NewPerson person = GatewayFixtures.employee("0.00");
		NewPerson stranger = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person, stranger));
		Uploaded rx = upload(person, false);
		ok(shop.call("7203", data("epc_token", rx.token())));
		ok(shop.call("7204", review(rx.hiRxno(), "1")));
		String visitId = ok(shop.call("2201", GatewayFixtures.registration(stranger))).at("/output/data/mdtrt_id")
			.asString();
		ok(shop.call("2204", Map.of("feedetail",
				List.of(GatewayFixtures.line(visitId, stranger.psnNo(), "1", SITAGLIPTIN, "4", "16.80", "67.20")))));
		String setlId = ok(shop.call("2207", settle(stranger, visitId, "67.20"))).at("/output/setlinfo/setl_id")
			.asString();
		BigDecimal before = stock(pharmacy);
		assertThat(refusal(
				shop.call("7206", sale(rx.hiRxno(), "2", setlId, RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80")))))
			.startsWith("PH-0222");
		assertThat(refusal(shop.call("7206",
				sale(rx.hiRxno(), "2", "NOSUCHSETTLEMENT", RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80")))))
			.startsWith("PH-0221");
		Map<String, Object> tooFewCodes = RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80");
		tooFewCodes.put("drug_trac_codg", List.of("81000000000000000001"));
		assertThat(refusal(shop.call("7206", sale(rx.hiRxno(), "1", null, tooFewCodes)))).startsWith("PH-0002")
			.contains("drugdetail[0].drug_trac_codg");
		Map<String, Object> expired = RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80");
		expired.put("expy_end", "2020-01-31");
		assertThat(refusal(shop.call("7206", sale(rx.hiRxno(), "1", null, expired)))).contains("expy_end");
		assertThat(
				refusal(shop.call("7206", sale(rx.hiRxno(), "1", null, RxFixtures.soldLine(SITAGLIPTIN, 5, "16.80")))))
			.startsWith("PH-0217");
		assertThat(state(rx.hiRxno())).isEqualTo("APPROVED");
		assertThat(stock(pharmacy)).isEqualByComparingTo(before);
	}

	@Test
	void theResidentChoosesAPharmacyForHerOwnPrescriptionOnlyAndOnlyWhileNoneHoldsIt() {
		NewPerson person = GatewayFixtures.employee("0.00");
		Uploaded rx = upload(person, false);
		jdbc.sql("update ph_prescription set resident_id = 'it-resident' where hi_rxno = :h")
			.param("h", rx.hiRxno())
			.update();
		assertThatThrownBy(() -> prescriptions.choosePharmacy("someone-else", rx.hiRxno(), pharmacy))
			.isInstanceOf(BusinessException.class)
			.hasFieldOrPropertyWithValue("error", PharmaErrors.RX_NOT_FOUND);
		assertThatThrownBy(() -> prescriptions.choosePharmacy("it-resident", rx.hiRxno(), CITY_HOSPITAL))
			.hasFieldOrPropertyWithValue("error", PharmaErrors.NOT_DUAL_CHANNEL_PHARMACY);
		prescriptions.choosePharmacy("it-resident", rx.hiRxno(), pharmacy);
		// another pharmacy cannot take it now, even with the token
		HsaClient other = GatewayFixtures.client(port, otherPharmacy, "测试药店二").signIn();
		assertThat(refusal(other.call("7203", data("epc_token", rx.token())))).startsWith("PH-0205");
		// the chosen one downloads it by its number, without the token
		ok(shop.call("7203", data("hi_rxno", rx.hiRxno())));
		assertThatThrownBy(() -> prescriptions.choosePharmacy("it-resident", rx.hiRxno(), otherPharmacy))
			.hasFieldOrPropertyWithValue("error", PharmaErrors.RX_HELD);
		assertThat(prescriptions.mine("it-resident")).singleElement()
			.satisfies(card -> assertThat(card.rx().holderPharmacy()).isEqualTo(pharmacy));
	}

	record Uploaded(String hiRxno, String token) {
	}

	Uploaded upload(NewPerson person, boolean repeat) {
		Map<String, Object> rx = RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, repeat);
		JsonNode out = ok(hospital.call("7102", RxFixtures.signed(CITY_HOSPITAL, rx, doctorKey)));
		return new Uploaded(out.at("/output/hi_rxno").asString(), out.at("/output/epc_token").asString());
	}

	void sellSelfPaid(Uploaded rx) {
		ok(shop.call("7203", data("epc_token", rx.token())));
		ok(shop.call("7204", review(rx.hiRxno(), "1")));
		ok(shop.call("7206", sale(rx.hiRxno(), "1", null, RxFixtures.soldLine(SITAGLIPTIN, 4, "16.80"))));
	}

	Map<String, Object> review(String hiRxno, String result) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("hi_rxno", hiRxno);
		d.put("phar_code", "YIT1");
		d.put("rvw_rslt", result);
		d.put("rvw_opnn", "适宜");
		d.put("sign_algorithm", "ECDSA");
		d.put("phar_sign", RxSignatures.sign(Algorithm.ECDSA, pharmacistKey.privateKey(), reviewText(hiRxno, result)));
		return Map.of("data", d);
	}

	/**
	 * What the pharmacist signs: the prescription's canonical text, hi_rxno and the
	 * result.
	 */
	String reviewText(String hiRxno, String result) {
		JsonNode rx = ok(hospital.call("7104", data("hi_rxno", hiRxno))).at("/output");
		JsonNode info = rx.get("rxinfo");
		JsonNode line = rx.at("/rxdetail/0");
		Map<String, Object> input = new LinkedHashMap<>();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("hosp_rxno", info.get("hosp_rxno").asString());
		header.put("rx_type_code", info.get("rx_type_code").asString());
		header.put("psn_no", info.get("psn_no").asString());
		header.put("prsc_dr_code", info.get("prsc_dr_code").asString());
		header.put("dise_codg", info.get("dise_codg").asString());
		header.put("valid_days", info.get("valid_days").asString());
		header.put("rept_flag", info.get("rept_flag").asString());
		header.put("max_rept_cnt", info.get("max_rept_cnt").asString());
		header.put("min_inrv_days", info.get("min_inrv_days").asString());
		Map<String, Object> l = new LinkedHashMap<>();
		for (String f : List.of("med_list_codg", "sin_doscnt", "sin_dosunt", "used_frqu_codg", "medc_way_codg",
				"prd_days")) {
			l.put(f, line.get(f).asString());
		}
		l.put("ent_cnt", line.get("ent_cnt").decimalValue().stripTrailingZeros().toPlainString());
		input.put("rxinfo", header);
		input.put("rxdetail", List.of(l));
		return RxFixtures.canonical(CITY_HOSPITAL, input) + "&hi_rxno=" + hiRxno + "&rvw_rslt=" + result;
	}

	static Map<String, Object> sale(String hiRxno, String payMode, String setlId, Map<String, Object> line) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("hi_rxno", hiRxno);
		d.put("pay_mode", payMode);
		if (setlId != null) {
			d.put("setl_id", setlId);
		}
		d.put("phar_code", "YIT1");
		d.put("disp_code", "YIT2");
		d.put("chk_code", "YIT3");
		return Map.of("data", d, "drugdetail", List.of(line));
	}

	static Map<String, Object> revoke(String hiRxno) {
		return Map.of("data", Map.of("hi_rxno", hiRxno, "undo_dr_code", "D1", "undo_rea", "调整方案"));
	}

	static Map<String, Object> settle(NewPerson person, String visitId, String total) {
		return settle(person, visitId, total, "11", "0");
	}

	static Map<String, Object> settle(NewPerson person, String visitId, String total, String medType,
			String useAccount) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						medType, "medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"chrg_bchno", "0000", "acct_used_flag", useAccount, "insutype", "310"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> line(Map<String, Object> rx, String field, String value) {
		Map<String, Object> l = new LinkedHashMap<>(((List<Map<String, Object>>) rx.get("rxdetail")).getFirst());
		l.put(field, value);
		return l;
	}

	static Map<String, Object> data(String field, String value) {
		return Map.of("data", Map.of(field, value));
	}

	String state(String hiRxno) {
		return jdbc.sql("select state from ph_prescription where hi_rxno = :h")
			.param("h", hiRxno)
			.query(String.class)
			.single();
	}

	int events(String hiRxno) {
		return jdbc.sql("select count(*) from ph_prescription_event where hi_rxno = :h")
			.param("h", hiRxno)
			.query(Integer.class)
			.single();
	}

	BigDecimal stock(String pharmacyCode) {
		return jdbc.sql("select quantity from ph_pharmacy_stock where pharmacy_code = :p and item_code = :i")
			.param("p", pharmacyCode)
			.param("i", SITAGLIPTIN)
			.query(BigDecimal.class)
			.single();
	}

	static String refusal(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isEqualTo(-2);
		return answer.get("err_msg").asString();
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
