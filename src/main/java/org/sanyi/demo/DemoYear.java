package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.demo.internal.InsuredPopulation.Place;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Deposit;
import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Department;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's insured population and its year of activity, generated once per start from the seed, the sampling
 * ratios and the registry, and shared by the steps that store them (residents, insurance, DRG lists): a step that
 * runs after a restart gets exactly what an earlier start generated. Kept only while the demo loads ({@link #release}).
 */
@Component
class DemoYear {

	/** The demo's "today" for ages: fixed, so the sample does not change with the clock. */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	/** 李春梅's insurance person number; her e-voucher account carries the same one. */
	static final String RESIDENT_PSN_NO = "35992100000000000001";

	private final DemoProperties properties;

	private final Registry registry;

	private final InsuranceAdmin insurance;

	private final int persons;

	private Population population;

	private InsuredActivity.Year activity;

	private List<Facility> facilities;

	DemoYear(DemoProperties properties, Registry registry, InsuranceAdmin insurance,
			@Value("${sanyi.demo.insurance.persons:0}") int persons) {
		this.properties = properties;
		this.registry = registry;
		this.insurance = insurance;
		this.persons = persons;
	}

	/**
	 * The insured persons (the sample and 李春梅, last) with where they live.
	 *
	 * @param addresses each village's (or township's) postal address, by region code
	 */
	record Population(List<NewPerson> persons, Map<String, String> addresses) {

		NewPerson resident() {
			return persons.getLast();
		}

	}

	/** How many persons: the sampling ratio of the city's residents, or {@code sanyi.demo.insurance.persons}. */
	int sampleSize() {
		long residents = registry.region(DemoRegionGenerator.CITY_CODE).map(Region::population).orElse(2_500_000L);
		return persons > 0 ? persons : Math.max(200, (int) Math.round(residents * properties.inpatientSample()));
	}

	synchronized Population population() {
		if (population == null) {
			List<Place> places = new ArrayList<>();
			Map<String, String> addresses = new HashMap<>();
			for (Region county : registry.children(DemoRegionGenerator.CITY_CODE)) {
				for (Region township : registry.children(county.code())) {
					String prefix = "福建省" + DemoRegionGenerator.CITY_NAME + county.name() + township.name();
					List<Region> villages = registry.children(township.code());
					if (villages.isEmpty()) {
						places.add(new Place(township.code(), township.population()));
						addresses.put(township.code(), prefix);
					}
					for (Region village : villages) {
						places.add(new Place(village.code(), village.population()));
						addresses.put(village.code(), prefix + village.name());
					}
				}
			}
			List<NewPerson> sample = new ArrayList<>(
					InsuredPopulation.generate(properties.seed(), sampleSize(), places, REFERENCE_DATE));
			sample.add(portalResident(places.stream().map(Place::code).filter(c -> c.startsWith("359921"))
				.findFirst().orElse("359921")));
			population = new Population(List.copyOf(sample), addresses);
		}
		return population;
	}

	/** The city's hospitals, health centres and village clinics with their departments. */
	synchronized List<Facility> facilities() {
		if (facilities == null) {
			List<Facility> list = new ArrayList<>();
			for (Institution i : registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)) {
				if (i.kind() != Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE) {
					Set<String> departments = i.kind() == Institution.Kind.VILLAGE_CLINIC ? Set.of()
							: registry.departments(i.code()).stream().map(Department::code).collect(Collectors.toSet());
					list.add(new Facility(i.code(), i.kind(), Math.max(1, i.grade().level()), i.beds(), i.regionCode(),
							departments));
				}
			}
			facilities = List.copyOf(list);
		}
		return facilities;
	}

	/**
	 * The year of activity with 李春梅's (see {@link #residentVisits}); needs the settlement catalogue stored, for
	 * the prices.
	 */
	synchronized InsuredActivity.Year activity() {
		if (activity == null) {
			List<CatalogueItem> catalogue = insurance.catalogue();
			InsuredActivity.Year year = InsuredActivity.generate(properties.seed(), population().persons(),
					facilities(), catalogue, properties.inpatientSample(), properties.outpatientSample());
			List<RecordedVisit> visits = new ArrayList<>(year.visits());
			Map<String, InpatientCase> stays = new LinkedHashMap<>(year.inpatient());
			InpatientCase hers = InsuredActivity.stayOf(properties.seed(), population().resident(),
					facility(DemoIdentity.CITY_HOSPITAL), "CHOLECYSTECTOMY", LocalDate.of(2026, 3, 18), catalogue);
			stays.put(hers.key(), hers);
			visits.add(hers.visit());
			visits.addAll(residentVisits(year.visits()));
			activity = new InsuredActivity.Year(List.copyOf(visits), stays);
		}
		return activity;
	}

	/** Forgets what was generated: the demo has stored it. */
	synchronized void release() {
		population = null;
		activity = null;
		facilities = null;
	}

	private Facility facility(String code) {
		return facilities().stream().filter(f -> f.code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalStateException("no demo institution " + code));
	}

	/**
	 * 李春梅, the {@code resident} account (see {@link DemoIdentity}): an employee insured in the city (310) with a
	 * personal account, so her e-voucher works at the counter (1101 with {@code mdtrt_cert_type 01}) and the portal
	 * shows her settlements and balance. She lives in a village of 云岫县 (the first the registry lists).
	 */
	static NewPerson portalResident(String village) {
		return new NewPerson(RESIDENT_PSN_NO, DemoIdentity.RESIDENT_ID_NUMBER, "李春梅", "2", LocalDate.of(1986, 4, 12),
				InsuredPopulation.CITY, village, "1101", false, "C35992101", "青溪市第一中学", List.of(),
				List.of(new NewEnrolment("310", 2025, "1", LocalDate.of(2025, 1, 1)),
						new NewEnrolment("310", 2026, "1", LocalDate.of(2026, 1, 1))),
				List.of(new Deposit(LocalDate.of(2025, 1, 15), new BigDecimal("2460.00")),
						new Deposit(LocalDate.of(2026, 1, 15), new BigDecimal("2580.00"))));
	}

	/**
	 * Her two outpatient visits at 云岫县总医院, shaped like generated visits of other employees at a county hospital
	 * (same lines and diagnoses), so they go through the same engine. Her admission (a laparoscopic cholecystectomy at
	 * 青溪市第一医院 in March 2026) is drawn from the case templates like everyone's.
	 */
	private static List<RecordedVisit> residentVisits(List<RecordedVisit> generated) {
		List<RecordedVisit> mine = new ArrayList<>();
		for (RecordedVisit v : generated) {
			if (mine.size() < 2 && v.insutype().equals("310") && v.medType().equals("11")
					&& v.institutionCode().endsWith("00001") && !v.institutionCode().startsWith("H359900")) {
				mine.add(new RecordedVisit(DemoIdentity.COUNTY_HOSPITAL, RESIDENT_PSN_NO, "310", v.medType(),
						v.begin(), v.end(), v.diagnoses(), v.lines(), true));
			}
		}
		return mine;
	}

}
