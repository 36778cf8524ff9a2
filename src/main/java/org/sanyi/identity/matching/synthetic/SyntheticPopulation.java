package org.sanyi.identity.matching.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.DocumentType;
import org.sanyi.identity.matching.Sex;
import org.sanyi.shared.IdNumber;

/**
 * A deterministic synthetic population (same seed, same people) for matching tests and
 * benchmarks: households living in the counties of the demo city 青溪市, with
 * Fujian-weighted surnames, given names by sex, valid GB 11643 numbers (unique, check
 * character computed), mobile phones and addresses in the usual Chinese form.
 *
 * <p>
 * Households make the population realistic for precision: spouses keep their own
 * surnames, children carry the father's, children and many old people are registered with
 * a parent's or child's phone, everyone shares the household address, and about 2 % of
 * births are twins, half of them with a shared generation character (王晓明 and 王晓红).
 */
public final class SyntheticPopulation {

	/**
	 * A county-level division where households live; urban districts get street
	 * addresses, counties villages.
	 */
	public record County(String code, String name, boolean urban) {
	}

	/**
	 * The counties of 青溪市, the fictional city of the demo region (division codes 3599xx
	 * are unused nationally).
	 */
	public static final List<County> QINGXI_COUNTIES = List.of(new County("359902", "溪城区", true),
			new County("359903", "梅岭区", true), new County("359921", "云岫县", false), new County("359922", "岚水县", false),
			new County("359923", "桂峰县", false), new County("359924", "泰溪县", false), new County("359925", "竹源县", false),
			new County("359926", "兰峪县", false), new County("359927", "石湍县", false), new County("359928", "杉阳县", false),
			new County("359929", "鹤汀县", false), new County("359981", "永溪市", true));

	/**
	 * Where people born elsewhere got their ID numbers: real Fujian codes, including
	 * abolished ones (梅列区 350402).
	 */
	private static final String[] OTHER_BIRTH_REGIONS = { "350102", "350203", "350402", "350403", "350427", "350521",
			"350602", "350781", "352201", "360702" };

	static final String[] SURNAMES = { "陈", "林", "黄", "张", "吴", "李", "王", "郑", "刘", "杨", "许", "蔡", "谢", "罗", "曾", "邱",
			"叶", "周", "苏", "游", "詹", "赖", "江", "徐", "卢", "余", "朱", "何", "肖", "魏", "邓", "廖", "范", "傅", "温", "程", "章",
			"汪", "黎", "邹", "凌", "姜", "伍", "柳", "萧", "单", "覃", "欧阳", "上官", "司马" };

	private static final int[] SURNAME_WEIGHTS = { 110, 90, 60, 50, 42, 40, 38, 30, 28, 20, 14, 13, 13, 12, 12, 11, 11,
			10, 9, 8, 7, 8, 8, 8, 7, 7, 7, 7, 6, 6, 6, 6, 5, 5, 4, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 1, 1, 2, 1, 1 };

	private static final String MALE = "伟强磊军勇杰涛斌超明辉华建国志文龙海峰平东鹏俊凯浩宇晨阳鑫毅彬锋健荣福清德振鸿坤刚永飞";

	private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳慧莉萍红洁颖倩晶丹佳欣怡梅兰秀英珍凤琴蓉薇月思雨云玉";

	private static final String SHARED = "晓小春嘉雅子诗梓一若";

	private static final String PLACE_FIRST = "岚溪龙凤桂松柏梅竹兰云石青翠金玉银洋坑坪塘湖峰岭源林田茶莲杉樟枫桐鹤雁鹿狮安宁和"
			+ "平顺泰福寿丰盛兴隆昌新古东南西北上下中大高长永白黄赤紫";

	private static final String PLACE_SECOND = "口坪坑溪峰岭洋源头田林山塘湖桥湾洲阳城亭埔厝墩岩泉谷坂垅际";

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "134", "135", "136", "137", "138",
			"139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181",
			"182", "183", "185", "186", "187", "188", "189", "191", "198", "199" };

	static final String PROVINCE_CITY = "福建省青溪市";

	private final SplittableRandom random;

	private final LocalDate today;

	private final List<County> counties;

	private final Set<Long> usedIdNumbers = new HashSet<>();

	private final Set<Long> usedPhones = new HashSet<>();

	private int twins;

	public SyntheticPopulation(long seed, LocalDate today) {
		this(seed, today, QINGXI_COUNTIES);
	}

	public SyntheticPopulation(long seed, LocalDate today, List<County> counties) {
		this.random = new SplittableRandom(seed);
		this.today = today;
		this.counties = List.copyOf(counties);
	}

	/**
	 * {@code n} residents, household by household, in a fixed order; index = resident id.
	 */
	public List<DemographicRecord> residents(int n) {
		List<DemographicRecord> out = new ArrayList<>(n);
		while (out.size() < n) {
			for (DemographicRecord r : household()) {
				if (out.size() < n) {
					out.add(r);
				}
			}
		}
		return out;
	}

	/** How many twin pairs the generator has produced so far. */
	public int twinPairs() {
		return twins;
	}

	/**
	 * One person outside every household of the population: a newcomer the index has
	 * never seen.
	 */
	public DemographicRecord newcomer() {
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = birthDate(between(0, 90));
		return person(surname(), sex, birth, freshPhone(), address(county()));
	}

	/**
	 * A different person with the same name, sex and birth date as {@code other} (a
	 * namesake born the same day): own ID number, phone and address.
	 */
	public DemographicRecord namesakeOf(DemographicRecord other) {
		return new DemographicRecord(other.name(), null, other.sex(), other.birthDate(),
				documentTypeFor(other.birthDate()), freshIdNumber(other.birthDate(), other.sex()), freshPhone(),
				address(county()));
	}

	/**
	 * A valid GB 11643 number for this birth date and sex that no one generated so far
	 * has.
	 */
	public String freshIdNumber(LocalDate birth, Sex sex) {
		while (true) {
			County county = county();
			String region = random.nextInt(100) < 85 ? county.code()
					: OTHER_BIRTH_REGIONS[random.nextInt(OTHER_BIRTH_REGIONS.length)];
			int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
			String first17 = region + pad(birth.getYear(), 4) + pad(birth.getMonthValue(), 2)
					+ pad(birth.getDayOfMonth(), 2) + pad(sequence, 3);
			if (usedIdNumbers.add(Long.parseLong(first17))) {
				String id = first17 + IdNumber.checkCharacter(first17);
				assert IdNumber.isValid(id, today);
				return id;
			}
		}
	}

	/** A mobile number no one generated so far has. */
	public String freshPhone() {
		while (true) {
			String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
			long number = Long.parseLong(prefix + pad(random.nextInt(100_000_000), 8));
			if (usedPhones.add(number)) {
				return Long.toString(number);
			}
		}
	}

	/**
	 * A full address in the county: street, road, building, unit and room in town;
	 * village and house number outside.
	 */
	public String address(County county) {
		if (county.urban()) {
			return PROVINCE_CITY + county.name() + place() + "街道" + place() + (random.nextBoolean() ? "路" : "街")
					+ between(1, 300) + "号" + between(1, 30) + "栋" + between(1, 4) + "单元" + between(1, 18)
					+ pad(between(1, 6), 2) + "室";
		}
		return PROVINCE_CITY + county.name() + place() + (random.nextInt(4) == 0 ? "乡" : "镇") + place() + "村"
				+ between(1, 12) + "组" + between(1, 120) + "号";
	}

	County county() {
		return counties.get(random.nextInt(counties.size()));
	}

	private List<DemographicRecord> household() {
		County county = county();
		String address = address(county);
		List<DemographicRecord> members = new ArrayList<>(6);
		int headAge = headAge();
		Sex headSex = random.nextInt(100) < 85 ? Sex.MALE : Sex.FEMALE;
		String headSurname = surname();
		String headPhone = freshPhone();
		members.add(person(headSurname, headSex, birthDate(headAge), headPhone, address));
		String spousePhone = null;
		String fatherSurname = headSex == Sex.MALE ? headSurname : null;
		if (random.nextInt(100) < 75) {
			int spouseAge = Math.max(20, headAge + between(-3, 5) * (headSex == Sex.MALE ? -1 : 1));
			String spouseSurname = surname();
			fatherSurname = fatherSurname == null ? spouseSurname : fatherSurname;
			spousePhone = random.nextInt(100) < 90 ? freshPhone() : headPhone;
			members.add(person(spouseSurname, headSex.opposite(), birthDate(spouseAge), spousePhone, address));
		}
		if (fatherSurname == null) {
			fatherSurname = headSurname;
		}
		if (headAge <= 62) {
			addChildren(members, fatherSurname, headAge, headPhone, spousePhone, address);
		}
		if (headAge <= 60 && random.nextInt(100) < 15) {
			int parentAge = Math.min(100, headAge + between(22, 35));
			String phone = parentAge >= 75 && random.nextBoolean() ? headPhone : freshPhone();
			members.add(person(headSex == Sex.MALE ? headSurname : surname(),
					random.nextBoolean() ? Sex.MALE : Sex.FEMALE, birthDate(parentAge), phone, address));
		}
		return members;
	}

	private void addChildren(List<DemographicRecord> members, String surname, int parentAge, String headPhone,
			String spousePhone, String address) {
		int children = pickChildren();
		for (int c = 0; c < children; c++) {
			int age = parentAge - between(22, 38);
			if (age < 0) {
				continue;
			}
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			LocalDate birth = birthDate(age);
			String phone = age >= 18 && random.nextInt(100) < 92 ? freshPhone()
					: spousePhone != null && random.nextInt(100) < 60 ? spousePhone : headPhone;
			DemographicRecord child = person(surname, sex, birth, phone, address);
			members.add(child);
			if (random.nextInt(100) < 2) {
				twins++;
				Sex twinSex = random.nextBoolean() ? sex : sex.opposite();
				String given = child.name().substring(surname.length());
				String twinName = given.length() == 2 && random.nextBoolean()
						? surname + given.charAt(0) + givenCharacter(twinSex, given.charAt(0))
						: surname + givenName(twinSex);
				members.add(new DemographicRecord(twinName, null, twinSex, birth, documentTypeFor(birth),
						freshIdNumber(birth, twinSex), phone, address));
			}
		}
	}

	private DemographicRecord person(String surname, Sex sex, LocalDate birth, String phone, String address) {
		return new DemographicRecord(surname + givenName(sex), null, sex, birth, documentTypeFor(birth),
				freshIdNumber(birth, sex), phone, address);
	}

	/**
	 * Children under 16 are registered with the household register, which carries the
	 * same citizen number.
	 */
	private DocumentType documentTypeFor(LocalDate birth) {
		return birth.plusYears(16).isAfter(today) ? DocumentType.HOUSEHOLD_REGISTER : DocumentType.RESIDENT_ID_CARD;
	}

	private String givenName(Sex sex) {
		String pool = sex == Sex.MALE ? MALE : FEMALE;
		if (random.nextInt(100) < 25) {
			return String.valueOf(pool.charAt(random.nextInt(pool.length())));
		}
		char first = random.nextInt(100) < 30 ? SHARED.charAt(random.nextInt(SHARED.length()))
				: pool.charAt(random.nextInt(pool.length()));
		return "" + first + givenCharacter(sex, first);
	}

	private char givenCharacter(Sex sex, char differentFrom) {
		String pool = sex == Sex.MALE ? MALE : FEMALE;
		char c;
		do {
			c = pool.charAt(random.nextInt(pool.length()));
		}
		while (c == differentFrom);
		return c;
	}

	private String surname() {
		int total = 0;
		for (int w : SURNAME_WEIGHTS) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < SURNAMES.length; i++) {
			r -= SURNAME_WEIGHTS[i];
			if (r < 0) {
				return SURNAMES[i];
			}
		}
		return SURNAMES[0];
	}

	private String place() {
		char first = PLACE_FIRST.charAt(random.nextInt(PLACE_FIRST.length()));
		char second = PLACE_SECOND.charAt(random.nextInt(PLACE_SECOND.length()));
		return "" + first + second;
	}

	/** Heads of household between 22 and 90, most between 30 and 65. */
	private int headAge() {
		int age = 22 + Math
			.abs((int) Math.round(random.nextDouble() * 30 + random.nextDouble() * 30 + random.nextDouble() * 8));
		return Math.min(age, 90);
	}

	private int pickChildren() {
		int r = random.nextInt(100);
		return r < 25 ? 0 : r < 65 ? 1 : r < 95 ? 2 : 3;
	}

	private LocalDate birthDate(int age) {
		LocalDate latest = today.minusYears(age);
		return latest.minusDays(random.nextInt(365));
	}

	static String pad(int value, int width) {
		String digits = Integer.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	private int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

}
