package org.sanyi.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanyi.registry.Institution.Grade;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.Institution.Ownership;
import org.sanyi.registry.Institution.Status;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewRegion;

/**
 * Builds the demo region, 青溪市: a fictional prefecture-level city under the real province
 * 福建省 (350000), sized like Sanming. Its division code {@code 359900} is not used
 * nationally (Fujian's cities are 3501xx to 3509xx), and so are its twelve counties and
 * districts, named here from landscape words. Generation is a pure function of seed and
 * scale: the same pair always gives the same region, record for record.
 * <p>
 * The scale shrinks what is numerous (townships, villages, village clinics, pharmacies,
 * staff); the city, its twelve counties with their hospitals and medical communities, the
 * four tertiary hospitals, the two city medical groups and the three specialty alliances
 * are always there, so demo accounts and tests can name them.
 */
public final class DemoRegionGenerator {

	public static final String PROVINCE_CODE = "350000";

	public static final String CITY_CODE = "359900";

	public static final String CITY_NAME = "青溪市";

	/** The county of the county-level demo accounts: 云岫县. */
	public static final String NAMED_COUNTY_CODE = "359921";

	/** 云岫县总医院, lead of the 云岫县 medical community, where the demo doctor works. */
	public static final String NAMED_COUNTY_HOSPITAL = "H35992100001";

	/**
	 * 青溪市第一医院, a tertiary hospital registered at city level, where the demo insurance
	 * clerk works.
	 */
	public static final String CITY_FIRST_HOSPITAL = "H35990000001";

	/**
	 * Fujian's resident population (about 41.8 million, 2023); the province row is real,
	 * only the city is not.
	 */
	static final long PROVINCE_POPULATION = 41_830_000;

	/**
	 * The twelve counties and districts with their population and number of townships at
	 * scale 1.
	 */
	static final List<County> COUNTIES = List.of(new County("359902", "溪城区", County.Type.DISTRICT, 360_000, 12),
			new County("359903", "梅岭区", County.Type.DISTRICT, 330_000, 11),
			new County("359921", "云岫县", County.Type.COUNTY, 200_000, 13),
			new County("359922", "岚水县", County.Type.COUNTY, 150_000, 12),
			new County("359923", "桂峰县", County.Type.COUNTY, 180_000, 13),
			new County("359924", "泰溪县", County.Type.COUNTY, 130_000, 10),
			new County("359925", "竹源县", County.Type.COUNTY, 200_000, 14),
			new County("359926", "兰峪县", County.Type.COUNTY, 170_000, 12),
			new County("359927", "石湍县", County.Type.COUNTY, 140_000, 11),
			new County("359928", "杉阳县", County.Type.COUNTY, 190_000, 15),
			new County("359929", "鹤汀县", County.Type.COUNTY, 150_000, 13),
			new County("359981", "永溪市", County.Type.CITY, 300_000, 14));

	private final Dice dice;

	private final double scale;

	private final List<NewRegion> regions = new ArrayList<>();

	private final List<NewInstitution> institutions = new ArrayList<>();

	private final List<CountyHealth> counties = new ArrayList<>();

	private DemoRegionGenerator(long seed, double scale) {
		this.dice = new Dice(seed);
		this.scale = scale;
	}

	/**
	 * The demo region for this seed at this scale ({@code 1.0}: Sanming-sized; tests use
	 * {@code 0.1}).
	 */
	public static DemoRegion generate(long seed, double scale) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("scale must be positive: " + scale);
		}
		return new DemoRegionGenerator(seed, scale).build();
	}

	private DemoRegion build() {
		long cityPopulation = COUNTIES.stream().mapToLong(County::population).sum();
		regions.add(new NewRegion(PROVINCE_CODE, "福建省", null, PROVINCE_POPULATION));
		regions.add(new NewRegion(CITY_CODE, CITY_NAME, PROVINCE_CODE, cityPopulation));
		List<String> cityHospitals = cityHospitals();
		for (County county : COUNTIES) {
			counties.add(county(county));
		}
		pharmacies();
		var staff = new StaffGenerator(dice, scale);
		staff.generate(institutions);
		var alliances = new AllianceGenerator(dice).generate(cityHospitals, counties);
		return new DemoRegion(regions, institutions, staff.departments(), staff.staff(), alliances);
	}

	/** The four tertiary hospitals, registered at city level. */
	private List<String> cityHospitals() {
		String[][] hospitals = { { "第一医院", "GENERAL_HOSPITAL", "1800" }, { "第二医院", "GENERAL_HOSPITAL", "1500" },
				{ "中西医结合医院", "TCM_HOSPITAL", "1000" }, { "妇幼保健院", "MATERNAL_CHILD", "600" } };
		List<String> codes = new ArrayList<>();
		for (int n = 0; n < hospitals.length; n++) {
			String code = "H" + CITY_CODE + "%05d".formatted(n + 1);
			codes.add(code);
			institutions.add(new NewInstitution(code, CITY_NAME + hospitals[n][0], Kind.valueOf(hospitals[n][1]),
					Grade.L3A, CITY_CODE, CITY_NAME + "溪城区" + road() + dice.between(1, 300) + "号",
					Integer.parseInt(hospitals[n][2]), Ownership.PUBLIC, Status.ACTIVE));
		}
		return codes;
	}

	private CountyHealth county(County county) {
		regions.add(new NewRegion(county.code(), county.name(), CITY_CODE, county.population()));
		var health = new CountyHealth(county);
		boolean urban = county.type() != County.Type.COUNTY;
		health.hospital = hospital(county, 1, county.name() + "总医院", Kind.GENERAL_HOSPITAL,
				urban ? Grade.L3B : Grade.L2A, urban ? dice.between(600, 900) : dice.between(300, 600));
		health.tcm = hospital(county, 2, county.name() + "中医医院", Kind.TCM_HOSPITAL, Grade.L2A, dice.between(120, 300));
		health.maternal = hospital(county, 3, county.name() + "妇幼保健院", Kind.MATERNAL_CHILD,
				urban ? Grade.L2A : Grade.L2B, dice.between(60, 150));
		if (urban) {
			String name = county.name().substring(0, 2) + dice.pick(List.of("仁爱", "博爱", "康宁")) + "医院";
			institutions.add(new NewInstitution(code(county, 4), name, Kind.GENERAL_HOSPITAL,
					dice.chance(0.5) ? Grade.L2B : Grade.L1A, county.code(),
					county.name() + road() + dice.between(1, 200) + "号", dice.between(80, 200), Ownership.PRIVATE,
					Status.ACTIVE));
		}
		townships(county, health);
		return health;
	}

	private String hospital(County county, int seq, String name, Kind kind, Grade grade, int beds) {
		String code = code(county, seq);
		institutions.add(new NewInstitution(code, name, kind, grade, county.code(),
				county.name() + road() + dice.between(1, 200) + "号", beds, Ownership.PUBLIC, Status.ACTIVE));
		return code;
	}

	private void townships(County county, CountyHealth health) {
		int count = Math.max(2, (int) Math.round(county.townships() * scale));
		int streets = switch (county.type()) {
			case DISTRICT -> Math.max(1, (int) Math.round(count * 0.5));
			case CITY -> Math.max(1, (int) Math.round(count * 0.3));
			case COUNTY -> count >= 6 ? 2 : 1;
		};
		int towns = county.type() == County.Type.COUNTY ? Math.max(1, (int) Math.round((count - streets) * 0.65))
				: count - streets;
		double[] weights = new double[count];
		for (int n = 0; n < count; n++) {
			weights[n] = dice.uniform(0.6, 1.4) * (n < streets ? 1.6 : 1.0);
		}
		long[] populations = split(county.population(), weights);
		Set<String> names = new HashSet<>();
		int clinicSeq = 1000;
		for (int n = 0; n < count; n++) {
			Township.Type type = n < streets ? Township.Type.STREET
					: n < streets + towns ? Township.Type.TOWN : Township.Type.XIANG;
			int number = switch (type) {
				case STREET -> n + 1;
				case TOWN -> 100 + n - streets + 1;
				case XIANG -> 200 + n - streets - towns + 1;
			};
			String name = unique(names) + type.suffix();
			var township = new Township(county.code() + "%03d".formatted(number), name, type);
			regions.add(new NewRegion(township.code(), name, county.code(), populations[n]));
			health.townships.add(township);
			String centre = primaryCare(county, health, township, n == streets);
			(type == Township.Type.STREET ? health.communityCentres : health.townshipCentres).add(centre);
			clinicSeq = villages(county, health, township, populations[n], clinicSeq);
		}
	}

	/**
	 * The township health centre, or for a street its community health service centre.
	 */
	private String primaryCare(County county, CountyHealth health, Township township, boolean central) {
		String code = code(county, 10 + health.townships.size());
		String address = county.name() + township.name() + road() + dice.between(1, 99) + "号";
		if (township.type() == Township.Type.STREET) {
			institutions.add(new NewInstitution(code, county.name() + township.name() + "社区卫生服务中心",
					Kind.COMMUNITY_HEALTH_CENTRE, dice.chance(0.6) ? Grade.L1A : Grade.UNGRADED, township.code(),
					address, dice.between(0, 30), Ownership.PUBLIC, Status.ACTIVE));
		}
		else {
			Grade grade = central ? Grade.L2B
					: dice.chance(0.7) ? Grade.L1A : dice.chance(0.5) ? Grade.L1B : Grade.UNGRADED;
			institutions.add(new NewInstitution(code, county.name() + township.name() + (central ? "中心卫生院" : "卫生院"),
					Kind.TOWNSHIP_HEALTH_CENTRE, grade, township.code(), address,
					central ? dice.between(60, 120) : dice.between(15, 60), Ownership.PUBLIC, Status.ACTIVE));
		}
		return code;
	}

	/**
	 * The villages or communities of a township, and a clinic in most villages; returns
	 * the next clinic number.
	 */
	private int villages(County county, CountyHealth health, Township township, long population, int clinicSeq) {
		int count = Math.max(2, (int) Math.round(dice.between(7, 16) * scale));
		int communities = switch (township.type()) {
			case STREET -> count;
			case TOWN -> Math.min(count - 1, dice.between(1, 2));
			case XIANG -> 0;
		};
		double[] weights = new double[count];
		for (int n = 0; n < count; n++) {
			weights[n] = dice.uniform(0.5, 1.5) * (n < communities ? 2.0 : 1.0);
		}
		long[] populations = split(population, weights);
		Set<String> names = new HashSet<>();
		int seq = clinicSeq;
		for (int n = 0; n < count; n++) {
			boolean community = n < communities;
			String code = township.code() + "%03d".formatted(community ? n + 1 : 200 + n - communities + 1);
			String name = unique(names) + (community ? "社区" : "村");
			regions.add(new NewRegion(code, name, township.code(), populations[n]));
			if (!community && dice.chance(0.85)) {
				String clinic = code(county, ++seq);
				institutions
					.add(new NewInstitution(clinic, township.name() + name + "卫生室", Kind.VILLAGE_CLINIC, Grade.UNGRADED,
							code, county.name() + township.name() + name, 0, Ownership.PUBLIC, Status.ACTIVE));
				health.clinics.add(clinic);
			}
		}
		return seq;
	}

	/**
	 * About 120 designated retail pharmacies at scale 1, spread over townships by county
	 * population.
	 */
	private void pharmacies() {
		int count = Math.max(12, (int) Math.round(120 * scale));
		int[] weights = counties.stream().mapToInt(c -> (int) (c.county.population() / 1000)).toArray();
		int[] sequence = new int[counties.size()];
		for (int n = 0; n < count; n++) {
			int c = dice.weighted(weights);
			CountyHealth health = counties.get(c);
			Township township = dice.pick(health.townships);
			String code = "P" + health.county.code() + "%05d".formatted(++sequence[c]);
			String name = CITY_NAME.substring(0, 2) + ChineseNames.shop(dice) + "大药房（" + township.name() + "店）";
			institutions.add(new NewInstitution(code, name, Kind.PHARMACY, Grade.UNGRADED, township.code(),
					health.county.name() + township.name() + road() + dice.between(1, 150) + "号", 0, Ownership.PRIVATE,
					dice.chance(0.03) ? Status.SUSPENDED : Status.ACTIVE));
		}
	}

	private static String code(County county, int seq) {
		return "H" + county.code() + "%05d".formatted(seq);
	}

	private String road() {
		return ChineseNames.place(dice) + dice.pick(List.of("路", "街", "大道"));
	}

	private String unique(Set<String> taken) {
		String name;
		do {
			name = ChineseNames.place(dice);
		}
		while (!taken.add(name));
		return name;
	}

	/** Splits a total by weights into whole parts that add up to the total exactly. */
	static long[] split(long total, double[] weights) {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		long[] parts = new long[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length - 1; i++) {
			parts[i] = (long) Math.floor(total * weights[i] / sum);
			given += parts[i];
		}
		parts[weights.length - 1] = total - given;
		return parts;
	}

	/** A county or district of the demo city. */
	record County(String code, String name, Type type, long population, int townships) {

		enum Type {

			/** 市辖区 */
			DISTRICT,
			/** 县级市 */
			CITY,
			/** 县 */
			COUNTY

		}

	}

	/** A township-level region: 街道 (street), 镇 (town) or 乡 (rural township). */
	record Township(String code, String name, Type type) {

		enum Type {

			STREET("街道"), TOWN("镇"), XIANG("乡");

			private final String suffix;

			Type(String suffix) {
				this.suffix = suffix;
			}

			String suffix() {
				return suffix;
			}

		}

	}

	/** A county's health system as the alliances need it. */
	static final class CountyHealth {

		final County county;

		String hospital;

		String tcm;

		String maternal;

		final List<Township> townships = new ArrayList<>();

		final List<String> townshipCentres = new ArrayList<>();

		final List<String> communityCentres = new ArrayList<>();

		final List<String> clinics = new ArrayList<>();

		CountyHealth(County county) {
			this.county = county;
		}

	}

}
