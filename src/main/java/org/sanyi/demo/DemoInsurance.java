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
import org.sanyi.demo.internal.InsuredActivity.Facility;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.demo.internal.InsuredPopulation.Place;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Deposit;
import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.NewPolicyVersion;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo city's medical insurance: the catalogue, the illustrative policy versions of 青溪市 (residents 2025 with
 * deductible 900 and 70%, 2026 with 600 and 90%; employees; a fictional neighbouring region for cross-region
 * visits), a deterministic sample of insured persons ({@code sanyi.demo.insurance.persons}, default 20,000 at scale 1,
 * scaled with {@code sanyi.demo.scale}), fund contributions, gateway accounts for the hospitals and health centres, a
 * second insurance officer who reviews policy changes, and a year of activity settled through the engine
 * ({@code sanyi.demo.insurance.settlements-per-person}, default 0.25 so the first start stays quick; about 2 is a
 * realistic year). Runs only while no insured person exists.
 */
@Component
@Order(300)
class DemoInsurance implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoInsurance.class);

	/** The demo's "today" for ages: fixed, so the sample does not change with the clock. */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	static final NewAccount REVIEWER = new NewAccount("ybj_audit", DemoAccounts.PASSWORD, "周敏（市医保局基金审核）",
			"INSURANCE_OFFICER", DemoRegionGenerator.CITY_CODE, null, null, "13859000008");

	/** 李春梅's insurance person number; her e-voucher account carries the same one. */
	static final String RESIDENT_PSN_NO = "35992100000000000001";

	private final InsuranceAdmin insurance;

	private final Registry registry;

	private final UserAccounts accounts;

	private final DemoProperties properties;

	private final int persons;

	private final double settlementsPerPerson;

	DemoInsurance(InsuranceAdmin insurance, Registry registry, UserAccounts accounts, DemoProperties properties,
			@Value("${sanyi.demo.insurance.persons:20000}") int persons,
			@Value("${sanyi.demo.insurance.settlements-per-person:0.25}") double settlementsPerPerson) {
		this.insurance = insurance;
		this.registry = registry;
		this.accounts = accounts;
		this.properties = properties;
		this.persons = persons;
		this.settlementsPerPerson = settlementsPerPerson;
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
		int count = Math.max(200, (int) Math.round(persons * properties.scale()));
		List<Place> places = places();
		List<NewPerson> sample = new ArrayList<>(
				InsuredPopulation.generate(properties.seed(), count, places, REFERENCE_DATE));
		sample.add(portalResident(places.stream().map(Place::code).filter(c -> c.startsWith("359921")).findFirst()
			.orElse("359921")));
		long generated = System.nanoTime();
		insurance.enrol(sample);
		long enrolled = System.nanoTime();
		contributions(sample);
		int credentials = DemoGatewayAccounts.issue(insurance, registry, properties.seed());
		accounts.ensure(REVIEWER);
		long activityStart = System.nanoTime();
		List<RecordedVisit> visits = new ArrayList<>(InsuredActivity.generate(properties.seed(), sample, facilities(),
				insurance.catalogue(), settlementsPerPerson));
		visits.addAll(portalResidentVisits(visits));
		InsuranceAdmin.ActivityResult activity = insurance.settleRecorded(visits);
		log.info("Demo insurance: {} persons enrolled (generated in {} ms, stored in {} ms), {} gateway accounts; "
				+ "a year of activity: {} settlements, {} refused, {} ledger entries in {} ms", sample.size(),
				(generated - start) / 1_000_000, (enrolled - generated) / 1_000_000, credentials, activity.settled(),
				activity.refused(), activity.ledgerEntries(), (System.nanoTime() - activityStart) / 1_000_000);
		return true;
	}

	/**
	 * 李春梅, the {@code resident} account (see {@link DemoIdentity}): an employee insured in the city (310) with a
	 * personal account, so her e-voucher works at the counter (1101 with {@code mdtrt_cert_type 01}) and the portal
	 * shows her settlements and balance. She lives in a village of 云岫县 (the first the registry lists).
	 */
	static NewPerson portalResident(String village) {
		return new NewPerson(RESIDENT_PSN_NO, DemoIdentity.RESIDENT_ID_NUMBER, "李春梅", "2", LocalDate.of(1986, 4, 12),
				InsuredPopulation.CITY, village, "1101", false, "C35992101", "青溪市第一中学",
				List.of(),
				List.of(new NewEnrolment("310", 2025, "1", LocalDate.of(2025, 1, 1)),
						new NewEnrolment("310", 2026, "1", LocalDate.of(2026, 1, 1))),
				List.of(new Deposit(LocalDate.of(2025, 1, 15), new BigDecimal("2460.00")),
						new Deposit(LocalDate.of(2026, 1, 15), new BigDecimal("2580.00"))));
	}

	/**
	 * Her year: two outpatient visits at 云岫县总医院 and one admission at 青溪市第一医院, shaped like generated visits of
	 * other employees (same lines and diagnoses), so they go through the same engine.
	 */
	private static List<RecordedVisit> portalResidentVisits(List<RecordedVisit> generated) {
		List<RecordedVisit> mine = new ArrayList<>();
		int outpatient = 0;
		boolean inpatient = false;
		for (RecordedVisit v : generated) {
			if (!v.insutype().equals("310")) {
				continue;
			}
			boolean admission = v.medType().equals("21");
			if (admission && !inpatient) {
				inpatient = true;
				mine.add(new RecordedVisit(DemoIdentity.CITY_HOSPITAL, RESIDENT_PSN_NO, "310", v.medType(), v.begin(),
						v.end(), v.diagnoses(), v.lines(), true));
			}
			else if (!admission && v.medType().equals("11") && outpatient < 2) {
				outpatient++;
				mine.add(new RecordedVisit(DemoIdentity.COUNTY_HOSPITAL, RESIDENT_PSN_NO, "310", v.medType(),
						v.begin(), v.end(), v.diagnoses(), v.lines(), true));
			}
		}
		return mine;
	}

	/** The city's hospitals, health centres and village clinics, with the county they serve. */
	private List<Facility> facilities() {
		List<Facility> facilities = new ArrayList<>();
		for (Institution i : registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)) {
			if (i.kind() != Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE) {
				String region = i.regionCode().length() > 6 ? i.regionCode().substring(0, 6) : i.regionCode();
				facilities.add(new Facility(i.code(), i.kind().isHospital(), Math.max(1, i.grade().level()), region));
			}
		}
		return facilities;
	}

	/** Illustrative contributions per insured person and year, so the funds have an income side. */
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

	/** Villages (or townships without villages) of the city with their populations. */
	private List<Place> places() {
		List<Place> places = new ArrayList<>();
		for (Region county : registry.children(DemoRegionGenerator.CITY_CODE)) {
			for (Region township : registry.children(county.code())) {
				List<Region> villages = registry.children(township.code());
				if (villages.isEmpty()) {
					places.add(new Place(township.code(), township.population()));
				}
				for (Region village : villages) {
					places.add(new Place(village.code(), village.population()));
				}
			}
		}
		return places;
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
						Boolean.parseBoolean(row.required("restricted")), new BigDecimal(row.required("reference_price"))));
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
