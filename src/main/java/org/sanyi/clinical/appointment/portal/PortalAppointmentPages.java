package org.sanyi.clinical.appointment.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.clinical.appointment.booking.Channel;
import org.sanyi.clinical.appointment.booking.Pool;
import org.sanyi.clinical.appointment.booking.ReleaseRules;
import org.sanyi.clinical.appointment.booking.SlotRepository;
import org.sanyi.clinical.appointment.queue.QueueService;
import org.sanyi.clinical.appointment.queue.QueueSignals;
import org.sanyi.clinical.appointment.schedule.ScheduleRepository;
import org.sanyi.clinical.appointment.survey.SurveyService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.web.ErrorTexts;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's appointments on the phone: choose a hospital, a department, a doctor's
 * half-day and a time segment; hold it, pay the fee, book; see the list, cancel, follow
 * the queue live, answer the survey after the visit.
 */
@Controller
@PreAuthorize("hasAuthority('appointment:portal:own')")
class PortalAppointmentPages {

	private final ScheduleRepository schedules;

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final BookingService booking;

	private final QueueService queue;

	private final SurveyService surveys;

	private final ReleaseRules rules;

	private final AuditLog auditLog;

	private final ErrorTexts errorTexts;

	private final QueueSignals signals;

	private final Clock clock = Clock.system(PlatformTime.zone());

	PortalAppointmentPages(ScheduleRepository schedules, SlotRepository slots, AppointmentRepository appointments,
			BookingService booking, QueueService queue, SurveyService surveys, ReleaseRules rules, AuditLog auditLog,
			ErrorTexts errorTexts, QueueSignals signals) {
		this.errorTexts = errorTexts;
		this.signals = signals;
		this.schedules = schedules;
		this.slots = slots;
		this.appointments = appointments;
		this.booking = booking;
		this.queue = queue;
		this.surveys = surveys;
		this.rules = rules;
		this.auditLog = auditLog;
	}

	static String me() {
		return CurrentUsers.residentRef();
	}

	@GetMapping("/portal/appointments")
	String mine(Model model) {
		String me = me();
		auditLog.read("appointment:appointment", me, "own appointments");
		model.addAttribute("rows", appointments.ofResident(me, 50));
		return "appointment/mine";
	}

	/** One step per choice: institution, department, schedule, time segment. */
	@GetMapping("/portal/appointments/book")
	String book(@RequestParam(required = false) String institution, @RequestParam(required = false) String department,
			@RequestParam(required = false) Long schedule, Model model) {
		me();
		LocalDate today = PlatformTime.today();
		Instant now = clock.instant();
		if (schedule != null) {
			var row = schedules.schedule(schedule)
				.orElseThrow(() -> new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, schedule));
			ReleaseRule rule = rules.of(row.institutionCode());
			model.addAttribute("schedule", row);
			model.addAttribute("slots",
					slots.slotsOf(schedule, Pool.PUBLIC).stream().filter(s -> s.endsAt().isAfter(now)).toList());
			Instant release = booking.bookingRules().releaseMoment(rule, row.day());
			model.addAttribute("releasedAt", now.isBefore(release) ? release : null);
			return "appointment/book-slots";
		}
		if (institution != null && department != null) {
			ReleaseRule rule = rules.of(institution);
			var rows = schedules.schedules(institution, department, today, today.plusDays(rule.daysAhead()));
			Map<Long, Instant> releases = new HashMap<>();
			rows.forEach(r -> releases.put(r.id(), booking.bookingRules().releaseMoment(rule, r.day())));
			model.addAttribute("schedules", rows);
			model.addAttribute("releases", releases);
			model.addAttribute("now", now);
			model.addAttribute("institution", institution);
			model.addAttribute("department", department);
			return "appointment/book-doctors";
		}
		if (institution != null) {
			model.addAttribute("departments", schedules.departments(institution, today, today.plusDays(14)));
			model.addAttribute("institution", institution);
			model.addAttribute("institutionName",
					schedules.institutionsFrom(today, today.plusDays(14))
						.stream()
						.filter(i -> i.code().equals(institution))
						.map(i -> i.name())
						.findFirst()
						.orElse(institution));
			return "appointment/book-departments";
		}
		model.addAttribute("institutions", schedules.institutionsFrom(today, today.plusDays(14)));
		return "appointment/book-institutions";
	}

	@PostMapping("/portal/appointments/hold")
	String hold(@RequestParam long slotId, @RequestParam long scheduleId, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("appointment:appointment", me, "hold slot " + slotId);
		try {
			long id = booking.hold(me, slotId, Channel.PORTAL, null, clock.instant());
			return "redirect:/portal/appointments/" + id;
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", errorTexts.of(ex));
			return "redirect:/portal/appointments/book?schedule=" + scheduleId;
		}
	}

	@PostMapping("/portal/appointments/{id}/pay")
	String pay(@PathVariable long id, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("appointment:appointment", me, "pay and book " + id);
		try {
			booking.confirm(id, me, clock.instant());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", errorTexts.of(ex));
		}
		return "redirect:/portal/appointments/" + id;
	}

	@PostMapping("/portal/appointments/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("appointment:appointment", me, "cancel " + id);
		try {
			booking.cancel(id, me, clock.instant());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", errorTexts.of(ex));
		}
		return "redirect:/portal/appointments/" + id;
	}

	@GetMapping("/portal/appointments/{id}")
	String detail(@PathVariable long id, Model model) {
		fill(id, model);
		return "appointment/detail";
	}

	/** The queue panel alone, polled by htmx every few seconds. */
	@GetMapping("/portal/appointments/{id}/queue")
	String queuePanel(@PathVariable long id, Model model) {
		fill(id, model);
		return "appointment/detail :: live";
	}

	/**
	 * The queue's moves as server-sent events while the page is open: the page asks for
	 * its panel again on each (a call reaches the phone within a second, not at the next
	 * poll).
	 */
	@GetMapping(path = "/portal/appointments/{id}/queue/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter queueEvents(@PathVariable long id) {
		String me = me();
		AppointmentRow a = own(me, id);
		auditLog.read("appointment:appointment", me, "queue of appointment " + id);
		return signals.follow(a.scheduleId());
	}

	private void fill(long id, Model model) {
		String me = me();
		AppointmentRow a = own(me, id);
		auditLog.read("appointment:appointment", me, "appointment " + id);
		model.addAttribute("a", a);
		model.addAttribute("position", queue.position(a));
		model.addAttribute("cutoff",
				booking.bookingRules().cancelCutoff(rules.of(a.institutionCode()), a.slotStarts()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("surveyed", surveys.answered(id));
		// the page follows the queue while the visit is ahead or under way
		model.addAttribute("live", a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CHECKED_IN
				|| a.status() == AppointmentStatus.CALLED);
	}

	private AppointmentRow own(String me, long id) {
		return appointments.find(id)
			.filter(a -> a.residentId().equals(me))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, id));
	}

	@GetMapping("/portal/appointments/{id}/survey")
	String survey(@PathVariable long id, Model model) {
		AppointmentRow a = surveys.openVisit(me(), id);
		model.addAttribute("a", a);
		model.addAttribute("questions", surveys.questionsFor(a.institutionCode()));
		return "appointment/survey";
	}

	@PostMapping("/portal/appointments/{id}/survey")
	String answer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String me = me();
		Map<String, Integer> scores = new HashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("q_")) {
				try {
					scores.put(k.substring(2), Integer.parseInt(v));
				}
				catch (NumberFormatException ex) {
					throw new BusinessException(AppointmentErrors.INVALID_SURVEY, k.substring(2));
				}
			}
		});
		auditLog.describe("appointment:survey", me, "survey of " + id);
		try {
			surveys.submit(me, id, scores, form.get("comment"), clock.instant());
		}
		catch (BusinessException ex) {
			if (ex.error() == AppointmentErrors.INVALID_SURVEY) {
				redirect.addFlashAttribute("error", errorTexts.of(ex));
				return "redirect:/portal/appointments/" + id + "/survey";
			}
			throw ex;
		}
		redirect.addFlashAttribute("thanks", true);
		return "redirect:/portal/appointments/" + id;
	}

}
