package org.sanyi.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.demo.internal.InsuredPopulation.Place;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

/**
 * The demo city as the generators see it, built without Spring or a database: the
 * registry generated from the seed, the insured sample, and the settlement catalogue as
 * the demo stores it (its own items and the terminology seed's drugs, consumables and
 * services at their prices).
 */
record DemoCity(DemoRegion region, List<Facility> facilities, List<NewPerson> persons, List<CatalogueItem> catalogue) {

	static final long SEED = 20261122;

	static final long RESIDENTS = 2_500_000;

	static DemoCity at(double scale, double sample) {
		DemoRegion region = DemoRegionGenerator.generate(SEED, scale);
		List<Facility> facilities = new ArrayList<>();
		for (NewInstitution i : region.institutions()) {
			if (i.kind() != Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE) {
				Set<String> departments = region.departments()
					.stream()
					.filter(d -> d.institutionCode().equals(i.code()))
					.map(d -> d.code())
					.collect(Collectors.toSet());
				facilities.add(new Facility(i.code(), i.kind(), Math.max(1, i.grade().level()), i.beds(),
						i.regionCode(), departments));
			}
		}
		Set<String> parents = new HashSet<>();
		region.regions().forEach(r -> parents.add(r.parentCode()));
		List<Place> places = new ArrayList<>();
		for (NewRegion r : region.regions()) {
			if (r.code().length() == 12 || r.code().length() == 9 && !parents.contains(r.code())) {
				places.add(new Place(r.code(), r.population()));
			}
		}
		int count = (int) Math.round(RESIDENTS * sample);
		List<NewPerson> persons = InsuredPopulation.generate(SEED, count, places, LocalDate.of(2026, 1, 1));
		return new DemoCity(region, facilities, persons, settlementCatalogue());
	}

	InsuredActivity.Year year(double inpatientSample, double outpatientSample) {
		return InsuredActivity.generate(SEED, persons, facilities, catalogue, inpatientSample, outpatientSample);
	}

	/** The active designated retail pharmacies. */
	List<Facility> pharmacies() {
		return region.institutions()
			.stream()
			.filter(i -> i.kind() == Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE)
			.map(i -> new Facility(i.code(), i.kind(), 1, 0, i.regionCode(), Set.of()))
			.toList();
	}

	Facility facility(String code) {
		return facilities.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
	}

	static List<CatalogueItem> settlementCatalogue() {
		List<CatalogueItem> items = new ArrayList<>();
		read("src/main/resources/demo/insurance-catalogue.csv", "reference_price", items);
		for (String file : List.of("services", "drugs", "consumables")) {
			read("src/main/resources/seed/terminology/" + file + ".csv", "price", items);
		}
		return items;
	}

	private static void read(String file, String priceColumn, List<CatalogueItem> items) {
		try (CsvReader csv = new CsvReader(Files.newBufferedReader(Path.of(file)))) {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				items.add(new CatalogueItem(row.required("code"), row.required("name"), "", "01", BigDecimal.ZERO, null,
						false, new BigDecimal(row.required(priceColumn))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
