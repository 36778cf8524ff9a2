package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.clinical.AppointmentAdmin.NewRoster;
import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.Staff;
import org.sanyi.shared.PlatformTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A week of outpatient schedules at every hospital and township or community health
 * centre of the demo city (the registry's doctors: at hospitals up to five departments,
 * every morning and weekday afternoons in half-hour segments with a share kept for
 * referrals and walk-ins; at primary care one doctor on weekday mornings), release rules
 * (hospitals 7 days ahead at 08:00, the TCM hospitals 14, primary care 3 days at 07:30),
 * and a day of activity at 青溪市第一医院 and 云岫县总医院: yesterday's visits with their surveys and
 * no-shows, today's morning queue, bookings for the days ahead. 李春梅 waits in today's
 * queue at 云岫县总医院, has a visit of yesterday to rate and a booking next week. Runs while
 * no roster exists.
 */
@Component
@Order(500)
class DemoAppointments implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

	/**
	 * Departments that see outpatients by appointment (not prevention, labs, imaging,
	 * pharmacy).
	 */
	private static final Set<String> NO_CLINIC = Set.of("01", "06", "09", "30", "31", "32");

	/** From the first check-in of today's queue to its last call (07:45 to 08:16). */
	static final java.time.Duration TODAY_QUEUE_SPAN = java.time.Duration.ofSeconds(900 + 480L * 2);

	private final AppointmentAdmin appointments;

	private final ResidentIndex residents;

	private final DemoYear year;

	DemoAppointments(AppointmentAdmin appointments, ResidentIndex residents, DemoYear year) {
		this.appointments = appointments;
		this.residents = residents;
		this.year = year;
	}

	@Override
	public String name() {
		return "appointments and queues";
	}

	@Override
	public boolean run() {
		if (appointments.hasRosters()) {
			return false;
		}
		var region = year.region();
		List<NewRoster> rosters = new ArrayList<>();
		for (NewInstitution institution : region.institutions()) {
			boolean hospital = institution.kind().isHospital();
			boolean primary = institution.kind() == Kind.TOWNSHIP_HEALTH_CENTRE
					|| institution.kind() == Kind.COMMUNITY_HEALTH_CENTRE;
			if (!hospital && !primary) {
				continue;
			}
			appointments.saveReleaseRule(hospital
					? new ReleaseRule(institution.code(), institution.kind() == Kind.TCM_HOSPITAL ? 14 : 7,
							LocalTime.of(8, 0), 120, 10)
					: new ReleaseRule(institution.code(), 3, LocalTime.of(7, 30), 60, 10));
			rosters.addAll(rosters(institution, hospital, region.departments(), region.staff()));
		}
		appointments.createRosters(rosters);
		LocalDate today = PlatformTime.today();
		int schedules = appointments.publishSchedules(today.minusDays(1), today.plusDays(7));
		int booked = activity(today, Instant.now());
		log.info("Demo appointments: {} rosters, {} schedules, {} appointments", rosters.size(), schedules, booked);
		return true;
	}

	private static List<NewRoster> rosters(NewInstitution institution, boolean hospital,
			List<NewDepartment> departments, List<NewStaff> staff) {
		Map<String, List<NewStaff>> doctors = new LinkedHashMap<>();
		for (NewStaff s : staff) {
			if (s.institutionCode().equals(institution.code()) && s.kind() == Staff.Kind.DOCTOR
					&& s.departmentCode() != null && !NO_CLINIC.contains(s.departmentCode())
					&& !s.departmentCode().startsWith("9")) {
				doctors.computeIfAbsent(s.departmentCode(), k -> new ArrayList<>()).add(s);
			}
		}
		List<NewRoster> rosters = new ArrayList<>();
		int room = 101;
		int deptCount = 0;
		for (NewDepartment d : departments) {
			List<NewStaff> list = doctors.get(d.code());
			if (!d.institutionCode().equals(institution.code()) || list == null || deptCount >= (hospital ? 5 : 1)) {
				continue;
			}
			deptCount++;
			for (int i = 0; i < Math.min(list.size(), hospital ? 2 : 1); i++) {
				NewStaff doctor = list.get(i);
				String ref = doctor.certificateNo() != null ? doctor.certificateNo() : d.code() + "-" + i;
				BigDecimal fee = fee(hospital, doctor.title());
				String roomNo = String.valueOf(room++);
				for (int weekday = 1; weekday <= (hospital ? 7 : 5); weekday++) {
					// hospitals: half-hour segments of 4 (1 kept for referrals, 1 for
					// walk-ins), mornings every day and
					// weekday afternoons for the first doctor; primary care: weekday
					// mornings, hour-long segments
					rosters.add(hospital
							? new NewRoster(institution.code(), d.code(), d.name(), ref, doctor.name(),
									doctor.title().zh(), weekday, "AM", LocalTime.of(8, 0), 30, 8, 4, 1, 1, fee, roomNo)
							: new NewRoster(institution.code(), d.code(), d.name(), ref, doctor.name(),
									doctor.title().zh(), weekday, "AM", LocalTime.of(8, 0), 60, 4, 4, 0, 1, fee,
									roomNo));
					if (hospital && weekday <= 5 && i == 0) {
						rosters.add(new NewRoster(institution.code(), d.code(), d.name(), ref, doctor.name(),
								doctor.title().zh(), weekday, "PM", LocalTime.of(14, 30), 30, 6, 4, 1, 1, fee, roomNo));
					}
				}
			}
		}
		return rosters;
	}

	/** 一般诊查费 and 专家门诊 fees of the kind a Fujian city charges, by the doctor's rank. */
	private static BigDecimal fee(boolean hospital, Staff.Title title) {
		if (!hospital) {
			return new BigDecimal("5.00");
		}
		return switch (title.rank()) {
			case 4 -> new BigDecimal("30.00");
			case 3 -> new BigDecimal("20.00");
			case 2 -> new BigDecimal("12.00");
			default -> new BigDecimal("8.00");
		};
	}

	/**
	 * Yesterday's visits and no-shows, today's morning queue and next days' bookings at
	 * the two hospitals.
	 */
	private int activity(LocalDate today, Instant now) {
		ZoneId zone = PlatformTime.zone();
		List<String> people = residentIds(60);
		Random random = new Random(20260401);
		int booked = 0;
		for (String institution : List.of(DemoIdentity.COUNTY_HOSPITAL, DemoIdentity.CITY_HOSPITAL)) {
			List<Long> yesterday = appointments.schedulesOf(institution, today.minusDays(1));
			List<Long> todays = appointments.schedulesOf(institution, today);
			List<Long> later = appointments.schedulesOf(institution, today.plusDays(3));
			int p = 0;
			// yesterday: seen and surveyed, a few no-shows (marked by the no-show job)
			for (Long schedule : yesterday.stream().limit(2).toList()) {
				Instant bookedAt = today.minusDays(3).atTime(9, 0).atZone(zone).toInstant();
				List<Long> ids = new ArrayList<>();
				List<String> whose = new ArrayList<>();
				for (int k = 0; k < 10 && p < people.size(); k++) {
					String person = people.get(p++);
					appointments.bookFirstFree(person, schedule, bookedAt).ifPresent(id -> {
						ids.add(id);
						whose.add(person);
					});
				}
				booked += ids.size();
				Instant t = today.minusDays(1).atTime(7, 50).atZone(zone).toInstant();
				for (int k = 0; k < ids.size() - 2; k++) {
					appointments.checkIn(institution, ids.get(k), t.plusSeconds(120L * k));
				}
				for (int k = 0; k < ids.size() - 2; k++) {
					appointments.callNext(institution, schedule, t.plusSeconds(600 + 540L * k));
				}
				appointments.callNext(institution, schedule, t.plusSeconds(600 + 540L * ids.size()));
				for (int k = 0; k < ids.size() - 2; k++) {
					if (random.nextInt(10) < 7) {
						int overall = random.nextInt(20) == 0 ? 3 : 4 + random.nextInt(2);
						appointments.answerSurvey(whose.get(k), ids.get(k), scores(institution, overall, random), null,
								t.plusSeconds(7200 + 60L * k));
					}
				}
			}
			// today: the morning queue of the first schedule, and bookings on the others
			if (!todays.isEmpty()) {
				int end = Math.min(p + 12, people.size());
				booked += todayQueue(institution, todays.getFirst(), today, now, zone, people.subList(p, end));
				p = end;
			}
			for (Long schedule : later.stream().limit(3).toList()) {
				Instant bookedAt = today.minusDays(1).atTime(10, 0).atZone(zone).toInstant();
				for (int k = 0; k < 4 && p < people.size(); k++) {
					booked += appointments.bookFirstFree(people.get(p++), schedule, bookedAt).isPresent() ? 1 : 0;
				}
			}
		}
		return booked + residentsOwn(today, zone);
	}

	/**
	 * Today's morning queue: nine check-ins and three calls, all before {@code now} (see
	 * {@link QueueMoments}).
	 */
	private int todayQueue(String institution, long schedule, LocalDate today, Instant now, ZoneId zone,
			List<String> people) {
		Instant bookedAt = today.minusDays(2).atTime(8, 30).atZone(zone).toInstant();
		List<Long> ids = new ArrayList<>();
		for (String person : people) {
			appointments.bookFirstFree(person, schedule, bookedAt).ifPresent(ids::add);
		}
		QueueMoments t = QueueMoments.of(today, now, zone, TODAY_QUEUE_SPAN);
		for (int k = 0; k < Math.min(ids.size(), 9); k++) {
			appointments.checkIn(institution, ids.get(k), t.at(180L * k));
		}
		for (int k = 0; k < 3; k++) {
			appointments.callNext(institution, schedule, t.at(900 + 480L * k));
		}
		if (institution.equals(DemoIdentity.COUNTY_HOSPITAL)) {
			appointments.bookFirstFree("demo-resident-1", schedule, bookedAt).ifPresent(id -> {
				appointments.checkIn(institution, id, t.at(1800));
				ids.add(id);
			});
		}
		return ids.size();
	}

	/**
	 * 李春梅: a visit of yesterday to rate, and a booking next week she can still cancel.
	 */
	private int residentsOwn(LocalDate today, ZoneId zone) {
		int n = 0;
		String institution = DemoIdentity.COUNTY_HOSPITAL;
		List<Long> yesterday = appointments.schedulesOf(institution, today.minusDays(1));
		if (yesterday.size() > 2) {
			long schedule = yesterday.get(2);
			Optional<Long> id = appointments.bookFirstFree("demo-resident-1", schedule,
					today.minusDays(4).atTime(20, 0).atZone(zone).toInstant());
			if (id.isPresent()) {
				Instant t = today.minusDays(1).atTime(8, 5).atZone(zone).toInstant();
				appointments.checkIn(institution, id.get(), t);
				appointments.callNext(institution, schedule, t.plusSeconds(900));
				appointments.finish(institution, id.get(), t.plusSeconds(1800));
				n++;
			}
		}
		List<Long> nextWeek = appointments.schedulesOf(institution, today.plusDays(5));
		if (nextWeek.size() > 1) {
			n += appointments
				.bookFirstFree("demo-resident-1", nextWeek.get(1),
						today.minusDays(1).atTime(21, 0).atZone(zone).toInstant())
				.isPresent() ? 1 : 0;
		}
		return n;
	}

	private static Map<String, Integer> scores(String institution, int overall, Random random) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scores.put("WAIT", Math.max(1, overall - random.nextInt(2)));
		scores.put("DOCTOR", Math.min(5, overall + random.nextInt(2)));
		scores.put("ENV", overall);
		scores.put("OVERALL", overall);
		return scores;
	}

	/** Residents of the insured sample (not 李春梅), found by their insurance number. */
	private List<String> residentIds(int count) {
		List<NewPerson> persons = year.population().persons();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < persons.size() - 1 && ids.size() < count; i += Math.max(1, persons.size() / (count * 2))) {
			residents.findByPsnNo(persons.get(i).psnNo()).ifPresent(r -> ids.add(r.residentId()));
		}
		return ids;
	}

}
