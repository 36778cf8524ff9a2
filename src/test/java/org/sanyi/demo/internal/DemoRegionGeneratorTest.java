package org.sanyi.demo.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.InstitutionCode;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewMember;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRegionGeneratorTest {

	static final long SEED = 20261122;

	static DemoRegion full;

	static DemoRegion small;

	@BeforeAll
	static void generate() {
		full = DemoRegionGenerator.generate(SEED, 1.0);
		small = DemoRegionGenerator.generate(SEED, 0.1);
	}

	@Test
	void theSameSeedAndScaleGiveTheSameRegionRecordForRecord() {
		assertThat(DemoRegionGenerator.generate(SEED, 1.0)).isEqualTo(full);
		assertThat(DemoRegionGenerator.generate(SEED, 0.1)).isEqualTo(small);
	}

	@Test
	void anotherSeedGivesAnotherRegionOfTheSameShape() {
		DemoRegion other = DemoRegionGenerator.generate(SEED + 1, 1.0);
		assertThat(other.staff()).isNotEqualTo(full.staff());
		assertThat(other.regionsAt(RegionLevel.COUNTY)).isEqualTo(12);
		assertThat(other.alliances()).hasSameSizeAs(full.alliances());
	}

	@Test
	void atFullScaleTheCityIsSanmingSized() {
		NewRegion city = region(full, DemoRegionGenerator.CITY_CODE);
		assertThat(city.name()).isEqualTo("青溪市");
		assertThat(city.population()).isEqualTo(2_500_000);
		assertThat(full.regionsAt(RegionLevel.PROVINCE)).isEqualTo(1);
		assertThat(full.regionsAt(RegionLevel.CITY)).isEqualTo(1);
		assertThat(full.regionsAt(RegionLevel.COUNTY)).isEqualTo(12);
		assertThat(full.regionsAt(RegionLevel.TOWNSHIP)).isEqualTo(150);
		assertThat(full.regionsAt(RegionLevel.VILLAGE)).isBetween(1_550L, 1_850L);
		assertThat(full.institutionsOf(Kind.PHARMACY)).isEqualTo(120);
		assertThat(full.institutionsOf(Kind.VILLAGE_CLINIC)).isBetween(1_000L, 1_600L);
		assertThat(full.institutionsOf(Kind.TOWNSHIP_HEALTH_CENTRE) + full.institutionsOf(Kind.COMMUNITY_HEALTH_CENTRE))
			.isEqualTo(150);
		assertThat(full.staff()).hasSizeBetween(15_000, 40_000);
	}

	@Test
	void smallScaleShrinksTheNumerousPartsButKeepsCountiesHospitalsAndAlliances() {
		assertThat(small.regionsAt(RegionLevel.COUNTY)).isEqualTo(12);
		assertThat(small.regionsAt(RegionLevel.TOWNSHIP)).isEqualTo(24);
		assertThat(small.regionsAt(RegionLevel.VILLAGE)).isBetween(40L, 60L);
		assertThat(small.institutionsOf(Kind.PHARMACY)).isEqualTo(12);
		assertThat(small.staff().size()).isLessThan(full.staff().size() / 8);
		assertThat(region(small, DemoRegionGenerator.CITY_CODE).population()).as("population does not scale")
			.isEqualTo(2_500_000);
		for (DemoRegion r : new DemoRegion[] { small, full }) {
			assertThat(r.institutions()).filteredOn(i -> i.grade() == Institution.Grade.L3A).hasSize(4);
			assertThat(r.alliancesOf(Alliance.Kind.COUNTY_COMMUNITY)).isEqualTo(12);
			assertThat(r.alliancesOf(Alliance.Kind.CITY_GROUP)).isEqualTo(2);
			assertThat(r.alliancesOf(Alliance.Kind.SPECIALTY)).isEqualTo(3);
		}
	}

	@Test
	void everyRegionFitsUnderItsParentAndPopulationsAddUp() {
		for (DemoRegion r : new DemoRegion[] { small, full }) {
			Set<String> earlier = new HashSet<>();
			for (NewRegion region : r.regions()) {
				RegionCode code = RegionCode.of(region.code());
				if (code.parent() != null) {
					assertThat(region.parentCode()).isEqualTo(code.parent().value());
					assertThat(earlier).as("parent of %s comes first", region.code()).contains(region.parentCode());
				}
				assertThat(earlier.add(region.code())).as("unique %s", region.code()).isTrue();
			}
			Map<String, Long> childSums = r.regions()
				.stream()
				.filter(x -> x.parentCode() != null)
				.collect(Collectors.groupingBy(NewRegion::parentCode, Collectors.summingLong(NewRegion::population)));
			r.regions()
				.stream()
				.filter(x -> RegionCode.of(x.code()).level().depth() >= 2 && childSums.containsKey(x.code()))
				.forEach(x -> assertThat(childSums.get(x.code())).as("population of %s", x.code())
					.isEqualTo(x.population()));
		}
	}

	@Test
	void institutionsHaveValidUniqueCodesInExistingRegions() {
		Set<String> regions = full.regions().stream().map(NewRegion::code).collect(Collectors.toSet());
		Set<String> codes = new HashSet<>();
		full.institutions().forEach(i -> {
			assertThat(InstitutionCode.fitsKind(i.code(), i.kind())).as(i.code()).isTrue();
			assertThat(codes.add(i.code())).as("unique %s", i.code()).isTrue();
			assertThat(regions).contains(i.regionCode());
		});
		assertThat(codes).contains(DemoRegionGenerator.NAMED_COUNTY_HOSPITAL, DemoRegionGenerator.CITY_FIRST_HOSPITAL);
	}

	@Test
	void staffReferToTheirInstitutionsDepartmentsWithFittingTitlesAndUniqueCertificates() {
		Set<String> departments = full.departments()
			.stream()
			.map(d -> d.institutionCode() + "|" + d.code())
			.collect(Collectors.toSet());
		Set<String> certificates = new HashSet<>();
		for (NewStaff s : full.staff()) {
			assertThat(s.title().kind()).isEqualTo(s.kind());
			if (s.departmentCode() != null) {
				assertThat(departments).contains(s.institutionCode() + "|" + s.departmentCode());
			}
			if (s.certificateNo() != null) {
				assertThat(certificates.add(s.certificateNo())).as("unique %s", s.certificateNo()).isTrue();
			}
			assertThat(s.name()).hasSizeBetween(2, 4);
		}
	}

	@Test
	void everyAllianceIsLedByACurrentMember() {
		Map<String, Institution.Kind> kinds = full.institutions()
			.stream()
			.collect(Collectors.toMap(i -> i.code(), i -> i.kind()));
		for (NewAlliance a : full.alliances()) {
			assertThat(a.members()).filteredOn(m -> m.leftOn() == null)
				.extracting(NewMember::institutionCode)
				.contains(a.leadInstitutionCode());
			assertThat(kinds).containsKeys(a.members().stream().map(NewMember::institutionCode).toArray(String[]::new));
		}
		NewAlliance yunxiu = full.alliances()
			.stream()
			.filter(a -> a.code().equals("YGT-359921"))
			.findFirst()
			.orElseThrow();
		assertThat(yunxiu.leadInstitutionCode()).isEqualTo(DemoRegionGenerator.NAMED_COUNTY_HOSPITAL);
		assertThat(yunxiu.members()).allMatch(m -> m.institutionCode().startsWith("H359921"));
		assertThat(full.alliances()).filteredOn(a -> a.kind() == Alliance.Kind.SPECIALTY)
			.flatMap(NewAlliance::members)
			.anyMatch(m -> m.leftOn() != null);
	}

	private static NewRegion region(DemoRegion r, String code) {
		return r.regions().stream().collect(Collectors.toMap(NewRegion::code, Function.identity())).get(code);
	}

}
