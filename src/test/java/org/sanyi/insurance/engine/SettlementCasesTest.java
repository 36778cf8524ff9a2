package org.sanyi.insurance.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanyi.shared.Money;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of cases in {@code src/test/resources/insurance/settlement-cases.csv}: one
 * visit per row, settled with the policy version the {@link IllustrativePolicies#book()}
 * picks for it, every expected {@code setlinfo} amount worked out by hand. Lines are
 * written {@code CLASS QTYxPRICE [rRATIO] [capPRICE]} separated by {@code ;};
 * year-to-date totals as {@code ded.KIND=, adm=, pool.CAP=, base.FUND=, paid.FUND=}
 * separated by spaces.
 */
class SettlementCasesTest {

	static final String[] AMOUNTS = { "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt",
			"act_pay_dedc", "hifp_pay", "hifob_pay", "cvlserv_pay", "hifmi_pay", "maf_pay", "fund_pay_sumamt",
			"psn_part_amt", "acct_pay", "psn_cash_pay", "balc" };

	final SettlementEngine engine = new SettlementEngine();

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void settlesAsWorkedOutByHand(String name, CsvRow row) {
		Visit visit = visit(row);
		PolicyVersion policy = IllustrativePolicies.book().forVisit(visit);

		Settlement s = engine.settle(policy, accumulators(row.get("ytd"), visit.year()), visit,
				lines(row.get("lines")));

		assertThat(s.policyCode()).isEqualTo(row.required("policy"));
		Map<String, Object> setlinfo = SettlementFields.setlinfo(s);
		for (String field : AMOUNTS) {
			assertThat(Money.of((BigDecimal) setlinfo.get(field))).as(field).isEqualTo(money(row.get(field)));
		}
		assertThat((BigDecimal) setlinfo.get("pool_prop_selfpay")).as("pool_prop_selfpay")
			.isEqualByComparingTo(row.required("pool_prop_selfpay"));
		assertThat(Money.of((BigDecimal) setlinfo.get("medfee_sumamt")))
			.isEqualTo(s.lines().stream().map(LineResult::amount).reduce(Money.ZERO, Money::plus));
	}

	static List<Object[]> cases() throws IOException {
		List<Object[]> cases = new ArrayList<>();
		try (var in = SettlementCasesTest.class.getResourceAsStream("/insurance/settlement-cases.csv");
				var csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				cases.add(new Object[] { row.required("case"), row });
			}
		}
		return cases;
	}

	static Visit visit(CsvRow row) {
		Visit.Builder builder = Visit.builder()
			.insutype(Insutype.ofCode(row.required("insutype")))
			.medType(MedType.of(row.required("med_type")))
			.hospitalLevel(HospitalLevel.ofCode(row.required("hosp_lv")))
			.insuredRegion(row.required("insured"))
			.treatmentRegion(row.required("treated"))
			.personType(row.required("psn_type"))
			.age(Integer.parseInt(row.required("age")))
			.civilServant("1".equals(row.get("civil_servant")))
			.identities(row.get("identities").isEmpty() ? Set.of() : Set.of(row.get("identities").split("\\|")))
			.diseaseCode(row.get("disease").isEmpty() ? null : row.get("disease"))
			.settlementDate(LocalDate.parse(row.required("date")));
		if (!row.get("balance").isEmpty()) {
			Money balance = Money.of(row.get("balance"));
			if ("1".equals(row.get("use_account"))) {
				builder.account(balance);
			}
			else {
				builder.accountNotUsed(balance);
			}
		}
		return builder.build();
	}

	/**
	 * {@code A 3x1200 cap1000; B 2x150 r0.2}: class, quantity x unit price, optional
	 * ratio and price cap.
	 */
	static List<FeeLine> lines(String text) {
		List<FeeLine> lines = new ArrayList<>();
		String[] items = text.split(";");
		for (int i = 0; i < items.length; i++) {
			String[] parts = items[i].trim().split("\\s+");
			String[] qtyPrice = parts[1].split("x");
			String ratio = null;
			String cap = null;
			for (String option : Arrays.copyOfRange(parts, 2, parts.length)) {
				if (option.startsWith("r")) {
					ratio = option.substring(1);
				}
				else if (option.startsWith("cap")) {
					cap = option.substring(3);
				}
			}
			lines.add(FeeLine.priced(String.valueOf(i + 1), "ITEM-" + (i + 1), CatalogueClass.valueOf(parts[0]), ratio,
					qtyPrice[0], qtyPrice[1], cap));
		}
		return lines;
	}

	/**
	 * {@code ded.INPATIENT=600 adm=1 pool.BASIC=1000 base.390200=45000 paid.390200=100}.
	 */
	static Accumulators accumulators(String text, int year) {
		Accumulators acc = Accumulators.empty(year);
		if (text.isBlank()) {
			return acc;
		}
		Map<String, FundType> funds = Arrays.stream(FundType.values())
			.collect(Collectors.toMap(FundType::code, f -> f));
		for (String entry : text.trim().split("\\s+")) {
			String key = entry.substring(0, entry.indexOf('='));
			String value = entry.substring(entry.indexOf('=') + 1);
			String kind = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
			String name = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "";
			acc = switch (kind) {
				case "ded" -> acc.withDeductiblePaid(BenefitKind.valueOf(name), Money.of(value));
				case "adm" -> acc.withAdmissions(Integer.parseInt(value));
				case "pool" -> acc.withPoolPaid(name, Money.of(value));
				case "base" -> acc.withLayerBase(funds.get(name), Money.of(value));
				case "paid" -> acc.withLayerPaid(funds.get(name), Money.of(value));
				default -> throw new IllegalArgumentException("unknown accumulator " + key);
			};
		}
		return acc;
	}

	static Money money(String text) {
		return text.isBlank() ? Money.ZERO : Money.of(text);
	}

}
