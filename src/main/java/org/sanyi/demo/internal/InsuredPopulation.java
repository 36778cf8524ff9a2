package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanyi.insurance.InsuranceAdmin.Deposit;
import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewIdentity;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.shared.IdNumber;

/**
 * A deterministic sample of the demo city's insured population: people living in its
 * villages (weighted by population) with valid ID numbers issued in their county,
 * enrolled in the employee (310) or resident (390) scheme for 2025 and 2026, some with
 * special identities (低保, 特困, 低收入), employees with personal-account deposits, and a few
 * residents of a neighbouring pooling region ({@link #NEIGHBOUR}) who are treated in the
 * city (异地就医). A pure function of its inputs; {@link java.util.Random} draws in a fixed
 * order.
 */
public final class InsuredPopulation {

	/** The demo city's pooling region (市级统筹: one policy for the whole city). */
	public static final String CITY = DemoRegionGenerator.CITY_CODE;

	/**
	 * A fictional neighbouring pooling region, not in the registry: its insured are
	 * treated in the city.
	 */
	public static final String NEIGHBOUR = "359800";

	/** Local codes of the special identities (psn_idet_type) the demo policies name. */
	public static final String SUBSISTENCE = "DIBAO";

	public static final String EXTREME_POVERTY = "TEKUN";

	public static final String LOW_INCOME = "DISHOURU";

	private static final String[] EMPLOYERS = { "青溪市城建集团有限公司", "青溪钢铁有限公司", "青溪市第一中学", "青溪农村商业银行", "溪城区人民政府",
			"青溪林业发展有限公司", "青溪市人民医院管理中心", "梅岭纺织有限公司", "青溪茶业股份有限公司", "青溪市供电公司" };

	private InsuredPopulation() {
	}

	/** A place people live in: a village (or township) code with its population. */
	public record Place(String code, long population) {
	}

	/**
	 * {@code count} persons over the places; the reference date fixes ages (the demo's
	 * "today").
	 */
	public static List<NewPerson> generate(long seed, int count, List<Place> places, LocalDate reference) {
		Dice dice = new Dice(seed ^ 0x1E5);
		int[] weights = places.stream().mapToInt(p -> (int) Math.max(1, p.population() / 10)).toArray();
		Set<String> ids = new HashSet<>();
		List<NewPerson> persons = new ArrayList<>(count);
		for (int n = 1; n <= count; n++) {
			boolean neighbour = dice.chance(0.015);
			Place place = places.get(dice.weighted(weights));
			persons.add(person(dice, n, neighbour, place, reference, ids));
		}
		return persons;
	}

	private static NewPerson person(Dice dice, int n, boolean neighbour, Place place, LocalDate reference,
			Set<String> ids) {
		String sex = dice.chance(0.51) ? "1" : "2";
		int age = age(dice);
		LocalDate birth = reference.minusYears(age).minusDays(dice.between(1, 364));
		String insuredRegion = neighbour ? NEIGHBOUR : CITY;
		String county = neighbour ? NEIGHBOUR.substring(0, 4) + "21" : place.code().substring(0, 6);
		String certNo = idNumber(dice, county, birth, sex, ids);
		String name = ChineseNames.person(dice, sex);
		boolean employee = !neighbour
				&& ((age >= 22 && age < 60 && dice.chance(0.45)) || (age >= 60 && dice.chance(0.3)));
		String insutype = employee ? "310" : "390";
		boolean civilServant = employee && age < 60 && dice.chance(0.05);
		String psnType = employee ? (age >= 60 ? "1201" : civilServant ? "1102" : "1101") : residentType(dice, age);
		List<NewIdentity> identities = new ArrayList<>();
		if (!employee || dice.chance(0.2)) {
			double roll = dice.uniform(0, 1);
			LocalDate since = LocalDate.of(2024, dice.between(1, 12), 1);
			if (roll < 0.006) {
				identities.add(new NewIdentity(EXTREME_POVERTY, since, null));
			}
			else if (roll < 0.036) {
				identities
					.add(new NewIdentity(SUBSISTENCE, since, dice.chance(0.1) ? LocalDate.of(2026, 3, 31) : null));
			}
			else if (roll < 0.056) {
				identities.add(new NewIdentity(LOW_INCOME, since, null));
			}
		}
		List<NewEnrolment> enrolments = List.of(new NewEnrolment(insutype, 2025, "1", LocalDate.of(2025, 1, 1)),
				new NewEnrolment(insutype, 2026, dice.chance(0.01) ? "2" : "1", LocalDate.of(2026, 1, 1)));
		List<Deposit> deposits = new ArrayList<>();
		if (employee) {
			for (int year = 2025; year <= 2026; year++) {
				int yuan = age >= 60 ? dice.between(1800, 2400) : dice.between(1200, 3600);
				deposits.add(new Deposit(LocalDate.of(year, 1, 15), BigDecimal.valueOf(yuan).setScale(2)));
			}
		}
		String psnNo = insuredRegion + "%010d".formatted(n);
		String cardNo = "C" + "%08d".formatted(n * 7919L % 100_000_000L);
		return new NewPerson(psnNo, certNo, name, sex, birth, insuredRegion, neighbour ? NEIGHBOUR : place.code(),
				psnType, civilServant, cardNo, employee && age < 60 ? dice.pick(List.of(EMPLOYERS)) : null, identities,
				enrolments, deposits);
	}

	/** Ages roughly like a Fujian county's: fewer children and very old people. */
	private static int age(Dice dice) {
		int band = dice.weighted(new int[] { 6, 10, 12, 15, 16, 15, 13, 9, 4 });
		return Math.min(95, band * 10 + dice.between(0, 9));
	}

	private static String residentType(Dice dice, int age) {
		if (age < 1) {
			return "1401";
		}
		if (age < 7) {
			return "1402";
		}
		if (age < 18) {
			return "1403";
		}
		if (age < 23 && dice.chance(0.4)) {
			return "1404";
		}
		return "1501";
	}

	/** A valid GB 11643 number issued in the county, unique in the sample. */
	private static String idNumber(Dice dice, String county, LocalDate birth, String sex, Set<String> ids) {
		while (true) {
			int sequence = dice.between(0, 499) * 2 + ("1".equals(sex) ? 1 : 0);
			String first17 = county + birth.toString().replace("-", "") + "%03d".formatted(sequence);
			String id = first17 + IdNumber.checkCharacter(first17);
			if (ids.add(id)) {
				return id;
			}
		}
	}

}
