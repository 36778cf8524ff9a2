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
import java.util.HashSet;

import org.sanyi.demo.internal.DemoRegion;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.RetailPurchases;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.demo.internal.InsuredPopulation.Place;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Deposit;
import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewRegion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's region, insured population and year of activity, generated once per start
 * from the seed, the scale and the sampling ratios, and shared by the steps that store
 * them (registry, residents, insurance, DRG lists): a step that runs after a restart gets
 * exactly what an earlier start generated, whatever was added to the registry since. Kept
 * only while the demo loads ({@link #release}).
 */
@Component
class DemoYear {

	/**
	 * The demo's "today" for ages: fixed, so the sample does not change with the clock.
	 */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	/** 李春梅's insurance person number; her e-voucher account carries the same one. */
	static final String RESIDENT_PSN_NO = "35992100000000000001";

	private final DemoProperties properties;

	private final InsuranceAdmin insurance;

	private final int persons;

	private DemoRegion region;

	private Population population;

	private InsuredActivity.Year activity;

	private List<Facility> facilities;

	DemoYear(DemoProperties properties, InsuranceAdmin insurance,
			@Value("${sanyi.demo.insurance.persons:0}") int persons) {
		this.properties = properties;
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

	/**
	 * The demo region as {@link DemoRegistry} stored it: the generator is a pure function
	 * of seed and scale.
	 */
	synchronized DemoRegion region() {
		if (region == null) {
			region = DemoRegionGenerator.generate(properties.seed(), properties.scale());
		}
		return region;
	}

	/**
	 * How many persons: the sampling ratio of the city's residents, or
	 * {@code sanyi.demo.insurance.persons}.
	 */
	int sampleSize() {
		long residents = region().regions()
			.stream()
			.filter(r -> r.code().equals(DemoRegionGenerator.CITY_CODE))
			.mapToLong(NewRegion::population)
			.sum();
		return persons > 0 ? persons : Math.max(200, (int) Math.round(residents * properties.inpatientSample()));
	}

	/**
	 * The insured sample and 李春梅, from the villages (or townships without villages) of
	 * the generated region, so that regions or institutions added later (by users, by
	 * tests) change nothing.
	 */
	synchronized Population population() {
		if (population == null) {
			Map<String, NewRegion> regions = new HashMap<>();
			Set<String> parents = new HashSet<>();
			for (NewRegion r : region().regions()) {
				regions.put(r.code(), r);
				parents.add(r.parentCode());
			}
			List<Place> places = new ArrayList<>();
			Map<String, String> addresses = new HashMap<>();
			for (NewRegion r : region().regions()) {
				boolean village = r.code().length() == 12;
				boolean townshipWithoutVillages = r.code().length() == 9 && !parents.contains(r.code());
				if (village || townshipWithoutVillages) {
					places.add(new Place(r.code(), r.population()));
					StringBuilder address = new StringBuilder(r.name());
					for (NewRegion up = regions.get(r.parentCode()); up != null; up = regions.get(up.parentCode())) {
						address.insert(0, up.name());
					}
					addresses.put(r.code(), address.toString());
				}
			}
			List<NewPerson> sample = new ArrayList<>(
					InsuredPopulation.generate(properties.seed(), sampleSize(), places, REFERENCE_DATE));
			sample.add(portalResident(
					places.stream().map(Place::code).filter(c -> c.startsWith("359921")).findFirst().orElse("359921")));
			population = new Population(List.copyOf(sample), addresses);
		}
		return population;
	}

	/**
	 * The generated hospitals, health centres and village clinics with their departments.
	 */
	synchronized List<Facility> facilities() {
		if (facilities == null) {
			Map<String, Set<String>> departments = new HashMap<>();
			for (NewDepartment d : region().departments()) {
				departments.computeIfAbsent(d.institutionCode(), k -> new HashSet<>()).add(d.code());
			}
			facilities = active(false, departments);
		}
		return facilities;
	}

	/** The active designated retail pharmacies, where the year's purchases are made. */
	List<Facility> pharmacies() {
		return active(true, Map.of());
	}

	/** The active institutions that are (or are not) retail pharmacies, as facilities. */
	private List<Facility> active(boolean pharmacies, Map<String, Set<String>> departments) {
		List<Facility> list = new ArrayList<>();
		for (NewInstitution i : region().institutions()) {
			if ((i.kind() == Institution.Kind.PHARMACY) == pharmacies && i.status() == Institution.Status.ACTIVE) {
				list.add(new Facility(i.code(), i.kind(), Math.max(1, i.grade().level()), i.beds(), i.regionCode(),
						departments.getOrDefault(i.code(), Set.of())));
			}
		}
		return List.copyOf(list);
	}

	/**
	 * The year of activity with 李春梅's (see {@link #residentVisits}); needs the settlement
	 * catalogue stored, for the prices.
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
			visits.addAll(RetailPurchases.generate(properties.seed(), population().persons(), pharmacies(), catalogue,
					properties.outpatientSample() / properties.inpatientSample()));
			activity = new InsuredActivity.Year(List.copyOf(visits), stays);
		}
		return activity;
	}

	/** Forgets what was generated: the demo has stored it. */
	synchronized void release() {
		region = null;
		population = null;
		activity = null;
		facilities = null;
	}

	private Facility facility(String code) {
		return facilities().stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no demo institution " + code));
	}

	/**
	 * 李春梅, the {@code resident} account (see {@link DemoIdentity}): an employee insured
	 * in the city (310) with a personal account, so her e-voucher works at the counter
	 * (1101 with {@code mdtrt_cert_type 01}) and the portal shows her settlements and
	 * balance. She lives in a village of 云岫县 (the first the registry lists).
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
	 * Her two outpatient visits at 云岫县总医院, shaped like generated visits of other
	 * employees at a county hospital (same lines and diagnoses), so they go through the
	 * same engine. Her admission (a laparoscopic cholecystectomy at 青溪市第一医院 in March
	 * 2026) is drawn from the case templates like everyone's.
	 */
	private static List<RecordedVisit> residentVisits(List<RecordedVisit> generated) {
		List<RecordedVisit> mine = new ArrayList<>();
		for (RecordedVisit v : generated) {
			if (mine.size() < 2 && v.insutype().equals("310") && v.medType().equals("11")
					&& v.institutionCode().endsWith("00001") && !v.institutionCode().startsWith("H359900")) {
				mine.add(new RecordedVisit(DemoIdentity.COUNTY_HOSPITAL, RESIDENT_PSN_NO, "310", v.medType(), v.begin(),
						v.end(), v.diagnoses(), v.lines(), true));
			}
		}
		return mine;
	}

}
