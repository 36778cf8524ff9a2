package org.sanyi.demo;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.PopulationLoad;
import org.sanyi.identity.PopulationRecord;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Institution.Kind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every insured demo person is a resident of the master patient index with an electronic
 * health card and an e-voucher account, linked by the same ID number and psn_no, so that
 * whatever is built on the index (records, appointments, referral, family doctors) can
 * use any person who settles. The record comes from the township or community health
 * centre keeping the person's resident health record (居民健康档案, its number as the patient
 * number) with an address and, for adults, a phone; the neighbouring region's insured are
 * registered at 青溪市第一医院, where they come for treatment. Loaded through identity's bulk
 * registration (no matching: the insurance register holds one record per person). Runs
 * while the last person of the sample is not in the index.
 */
@Component
@Order(250)
class DemoResidents implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoResidents.class);

	private final ResidentIndex index;

	private final DemoYear year;

	private final DemoProperties properties;

	DemoResidents(ResidentIndex index, DemoYear year, DemoProperties properties) {
		this.index = index;
		this.year = year;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "residents of the master patient index";
	}

	@Override
	public boolean run() {
		DemoYear.Population population = year.population();
		List<NewPerson> persons = population.persons();
		if (index.findByPsnNo(persons.get(persons.size() - 2).psnNo()).isPresent()) {
			return false;
		}
		long start = System.nanoTime();
		List<PopulationRecord> records = records(population);
		long built = System.nanoTime();
		PopulationLoad load = index.registerPopulation(records);
		log.info(
				"Demo residents: {} new residents with a health card, {} linked, {} unchanged (records built in {} ms, "
						+ "stored in {} ms)",
				load.created(), load.linked(), load.unchanged(), (built - start) / 1_000_000,
				(System.nanoTime() - built) / 1_000_000);
		return true;
	}

	/** One record per insured person, from the health centre of their township. */
	List<PopulationRecord> records(DemoYear.Population population) {
		Map<String, String> centres = new HashMap<>();
		for (Facility f : year.facilities()) {
			if (f.kind() == Kind.TOWNSHIP_HEALTH_CENTRE || f.kind() == Kind.COMMUNITY_HEALTH_CENTRE) {
				centres.putIfAbsent(f.region().substring(0, 9), f.code());
			}
		}
		Map<String, Integer> numbers = new HashMap<>();
		List<PopulationRecord> records = new ArrayList<>(population.persons().size());
		int adults = 0;
		for (NewPerson p : population.persons()) {
			Random random = new Random(properties.seed() ^ p.psnNo().hashCode());
			boolean local = p.insuredRegion().equals(InsuredPopulation.CITY) && p.region().length() >= 9;
			String township = local ? p.region().substring(0, 9) : null;
			String institution = local ? centres.getOrDefault(township, DemoIdentity.CITY_HOSPITAL)
					: DemoIdentity.CITY_HOSPITAL;
			String patientNo = local ? township + "%08d".formatted(numbers.merge(township, 1, Integer::sum))
					: "QXY" + p.psnNo().substring(p.psnNo().length() - 10);
			String address = local ? population.addresses().get(p.region()) + (random.nextInt(120) + 1) + "号" : null;
			int age = (int) ChronoUnit.YEARS.between(p.birthDate(), DemoYear.REFERENCE_DATE);
			String phone = age >= 16 ? phone(random) : null;
			if (phone != null) {
				// planted for fund supervision: a few adults give one shared number
				// (一个手机号关联多人)
				phone = ringPhone(adults++).orElse(phone);
			}
			records.add(new PopulationRecord(institution, new PatientRegistration(patientNo, p.name(), p.sex(),
					p.birthDate(), p.certNo(), phone, address, p.psnNo()), p.insuredRegion()));
		}
		return records;
	}

	/** Out of this many adults, the first {@link #RING_SIZE} share one phone number. */
	static final int RING_EVERY = 400;

	static final int RING_SIZE = 3;

	/**
	 * The shared number of the n-th adult (with a phone) of the population, when it is
	 * one of a ring: 170 (a virtual operator's prefix) and the ring's number.
	 */
	static java.util.Optional<String> ringPhone(int adult) {
		return adult % RING_EVERY < RING_SIZE ? java.util.Optional.of("1700000%04d".formatted(adult / RING_EVERY))
				: java.util.Optional.empty();
	}

	/**
	 * Whether the person is given a phone (16 and older on the demo's reference date).
	 */
	static boolean hasPhone(NewPerson p) {
		return ChronoUnit.YEARS.between(p.birthDate(), DemoYear.REFERENCE_DATE) >= 16;
	}

	/** A mobile number outside the demo accounts' 1385900xxxx. */
	private static String phone(Random random) {
		String[] prefixes = { "133", "135", "137", "139", "150", "152", "158", "159", "177", "180", "187", "189" };
		return prefixes[random.nextInt(prefixes.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}

}
