package org.sanyi.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.demo.internal.DemoRegionGenerator.CountyHealth;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewMember;

/**
 * The demo city's alliances, after the Sanming model: every county's general hospital
 * (总医院) leads a close-knit county medical community of all public health institutions of
 * the county (2017 on); two tertiary hospitals lead city medical groups with the hospital
 * and community health centres of one district each; three specialty alliances (胸痛, 卒中,
 * 肿瘤) join county hospitals across the city, one of which left its alliance again.
 */
final class AllianceGenerator {

	private static final LocalDate COMMUNITIES_FROM = LocalDate.of(2017, 3, 1);

	private static final LocalDate GROUPS_FROM = LocalDate.of(2019, 6, 1);

	private static final LocalDate SPECIALTY_FROM = LocalDate.of(2018, 9, 1);

	private final Dice dice;

	AllianceGenerator(Dice dice) {
		this.dice = dice;
	}

	List<NewAlliance> generate(List<String> cityHospitals, List<CountyHealth> counties) {
		List<NewAlliance> alliances = new ArrayList<>();
		for (CountyHealth county : counties) {
			alliances.add(countyCommunity(county));
		}
		alliances.add(cityGroup("YLJT-01", "第一医院医疗集团", cityHospitals.get(0), cityHospitals.get(3), counties.get(0)));
		alliances.add(cityGroup("YLJT-02", "第二医院医疗集团", cityHospitals.get(1), cityHospitals.get(2), counties.get(1)));
		alliances.add(specialty("ZKLM-XT", "胸痛专科联盟", "胸痛", List.of(cityHospitals.get(0)), counties, 0.7, false));
		alliances.add(specialty("ZKLM-CZ", "卒中专科联盟", "卒中", List.of(cityHospitals.get(1)), counties, 0.75, true));
		alliances.add(specialty("ZKLM-ZL", "肿瘤专科联盟", "肿瘤", cityHospitals.subList(0, 3), counties, 0.5, false));
		return alliances;
	}

	private NewAlliance countyCommunity(CountyHealth county) {
		LocalDate from = COMMUNITIES_FROM.plusDays(dice.between(0, 640));
		List<String> codes = new ArrayList<>(List.of(county.hospital, county.tcm, county.maternal));
		codes.addAll(county.townshipCentres);
		codes.addAll(county.communityCentres);
		codes.addAll(county.clinics);
		return new NewAlliance("YGT-" + county.county.code(), county.county.name() + "紧密型县域医共体",
				Alliance.Kind.COUNTY_COMMUNITY, county.county.code(), null, county.hospital, from,
				codes.stream().map(c -> new NewMember(c, from, null)).toList());
	}

	private NewAlliance cityGroup(String code, String name, String lead, String partner, CountyHealth district) {
		List<String> codes = new ArrayList<>(List.of(lead, partner, district.hospital));
		codes.addAll(district.communityCentres);
		return new NewAlliance(code, DemoRegionGenerator.CITY_NAME + name, Alliance.Kind.CITY_GROUP,
				DemoRegionGenerator.CITY_CODE, null, lead, GROUPS_FROM,
				codes.stream().map(c -> new NewMember(c, GROUPS_FROM, null)).toList());
	}

	/**
	 * A specialty alliance of the given city hospitals (the first leads) and county
	 * hospitals each joining with the given chance; 云岫县's always joins the first. With
	 * {@code oneLeft}, the first county hospital left after two years.
	 */
	private NewAlliance specialty(String code, String name, String specialty, List<String> city,
			List<CountyHealth> counties, double chance, boolean oneLeft) {
		List<NewMember> members = new ArrayList<>();
		for (String hospital : city) {
			members.add(new NewMember(hospital, SPECIALTY_FROM, null));
		}
		for (CountyHealth county : counties) {
			boolean named = county.county.code().equals(DemoRegionGenerator.NAMED_COUNTY_CODE) && code.endsWith("XT");
			if (dice.chance(chance) || named || (members.size() == city.size() && county == counties.getLast())) {
				LocalDate joined = SPECIALTY_FROM.plusDays(dice.between(0, 900));
				boolean leaves = oneLeft && members.size() == city.size();
				members.add(new NewMember(county.hospital, joined, leaves ? joined.plusYears(2) : null));
			}
		}
		return new NewAlliance(code, DemoRegionGenerator.CITY_NAME + name, Alliance.Kind.SPECIALTY,
				DemoRegionGenerator.CITY_CODE, specialty, city.getFirst(), SPECIALTY_FROM, members);
	}

}
