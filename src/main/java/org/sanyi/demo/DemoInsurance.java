package org.sanyi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.NewPolicyVersion;
import org.sanyi.registry.Registry;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo city's medical insurance: the catalogue, the illustrative policy versions of
 * 青溪市 (residents 2025 with deductible 900 and 70%, 2026 with 600 and 90%; employees; a
 * fictional neighbouring region for cross-region visits), the insured sample of
 * {@link DemoYear} (the sampling ratio of the city's residents), fund contributions,
 * gateway accounts for the hospitals and health centres, a second insurance officer who
 * reviews policy changes, and the year of activity of {@link DemoYear} settled through
 * the engine. Runs only while no insured person exists.
 */
@Component
@Order(300)
class DemoInsurance implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoInsurance.class);

	static final NewAccount REVIEWER = new NewAccount("ybj_audit", DemoAccounts.PASSWORD, "周敏（市医保局基金审核）",
			"INSURANCE_OFFICER", DemoRegionGenerator.CITY_CODE, null, null, "13859000008");

	/** 李春梅's insurance person number; her e-voucher account carries the same one. */
	static final String RESIDENT_PSN_NO = DemoYear.RESIDENT_PSN_NO;

	private final InsuranceAdmin insurance;

	private final Registry registry;

	private final UserAccounts accounts;

	private final DemoProperties properties;

	private final DemoYear year;

	DemoInsurance(InsuranceAdmin insurance, Registry registry, UserAccounts accounts, DemoProperties properties,
			DemoYear year) {
		this.insurance = insurance;
		this.registry = registry;
		this.accounts = accounts;
		this.properties = properties;
		this.year = year;
	}

	@Override
	public String name() {
		return "insurance";
	}

	@Override
	public boolean run() {
		if (insurance.hasPersons()) {
			return false;
		}
		long start = System.nanoTime();
		insurance.saveCatalogue(catalogue());
		insurance.synchroniseCatalogue();
		for (NewPolicyVersion version : policies()) {
			insurance.importPolicy(version);
		}
		List<NewPerson> sample = year.population().persons();
		long generated = System.nanoTime();
		insurance.enrol(sample);
		long enrolled = System.nanoTime();
		contributions(sample);
		int credentials = DemoGatewayAccounts.issue(insurance, registry, properties.seed());
		accounts.ensure(REVIEWER);
		long activityStart = System.nanoTime();
		InsuredActivity.Year activity = year.activity();
		long activityGenerated = System.nanoTime();
		InsuranceAdmin.ActivityResult result = insurance.settleRecorded(activity.visits());
		long purchases = activity.visits().stream().filter(v -> "41".equals(v.medType())).count();
		log.info("Demo insurance: {} persons enrolled (generated in {} ms, stored in {} ms), {} gateway accounts; "
				+ "a year of activity ({} inpatient stays, {} outpatient visits, {} pharmacy purchases, generated in "
				+ "{} ms): {} settlements, {} refused, {} ledger entries in {} ms", sample.size(),
				(generated - start) / 1_000_000, (enrolled - generated) / 1_000_000, credentials,
				activity.inpatient().size(), activity.visits().size() - activity.inpatient().size() - purchases,
				purchases, (activityGenerated - activityStart) / 1_000_000, result.settled(), result.refused(),
				result.ledgerEntries(), (System.nanoTime() - activityGenerated) / 1_000_000);
		return true;
	}

	/**
	 * Illustrative contributions per insured person and year, so the funds have an income
	 * side.
	 */
	private void contributions(List<NewPerson> sample) {
		for (int year = 2025; year <= 2026; year++) {
			long residents = 0;
			long employees = 0;
			for (NewPerson p : sample) {
				if (p.insuredRegion().equals(InsuredPopulation.CITY)) {
					if (p.enrolments().getFirst().insutype().equals("310")) {
						employees++;
					}
					else {
						residents++;
					}
				}
			}
			LocalDate date = LocalDate.of(year, 1, 10);
			insurance.postContribution("390100", InsuredPopulation.CITY, date, BigDecimal.valueOf(residents * 980));
			insurance.postContribution("390200", InsuredPopulation.CITY, date, BigDecimal.valueOf(residents * 70));
			insurance.postContribution("310100", InsuredPopulation.CITY, date, BigDecimal.valueOf(employees * 4200));
			insurance.postContribution("330100", InsuredPopulation.CITY, date, BigDecimal.valueOf(employees * 150));
		}
	}

	static List<CatalogueItem> catalogue() {
		List<CatalogueItem> items = new ArrayList<>();
		try (InputStream in = new ClassPathResource("demo/insurance-catalogue.csv").getInputStream();
				CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				String cap = row.optional("price_cap");
				items.add(new CatalogueItem(row.required("code"), row.required("name"), row.required("charge_type"),
						row.required("class"), new BigDecimal(row.required("self_pay_ratio")),
						cap == null || cap.isBlank() ? null : new BigDecimal(cap),
						Boolean.parseBoolean(row.required("restricted")),
						new BigDecimal(row.required("reference_price"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return items;
	}

	static List<NewPolicyVersion> policies() {
		List<NewPolicyVersion> versions = new ArrayList<>();
		try (InputStream in = new ClassPathResource("demo/insurance-policies.json").getInputStream()) {
			JsonMapper json = JsonMapper.builder().build();
			for (JsonNode v : json.readTree(in).values()) {
				JsonNode to = v.get("effectiveTo");
				versions.add(new NewPolicyVersion(v.get("code").asString(), v.get("region").asString(),
						v.get("insutype").asString(), LocalDate.parse(v.get("effectiveFrom").asString()),
						to == null || to.isNull() ? null : LocalDate.parse(to.asString()),
						json.writeValueAsString(v.get("parameters")), v.get("summary").asString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

}
