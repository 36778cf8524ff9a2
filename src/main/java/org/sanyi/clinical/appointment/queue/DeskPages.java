package org.sanyi.clinical.appointment.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.schedule.ScheduleRepository;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outpatient desk's and the doctor's waiting lists (候诊队列) of their own institution:
 * the day's half-days with their bookings, and one half-day's queue with check-in,
 * call-next and done. The list refreshes itself.
 */
@Controller
@PreAuthorize("hasAuthority('appointment:queue:manage')")
class DeskPages {

	private final ScheduleRepository schedules;

	private final AppointmentRepository appointments;

	private final QueueService queue;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock = Clock.system(PlatformTime.zone());

	DeskPages(ScheduleRepository schedules, AppointmentRepository appointments, QueueService queue,
			ResidentIndex residents, AuditLog auditLog, MessageSource messages) {
		this.schedules = schedules;
		this.appointments = appointments;
		this.queue = queue;
		this.residents = residents;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	static String institution() {
		String code = CurrentUsers.scope().institutionCode();
		if (code == null) {
			throw new BusinessException(AppointmentErrors.NO_INSTITUTION);
		}
		return code;
	}

	@GetMapping("/appointment/queue")
	String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		LocalDate d = day == null ? PlatformTime.today() : day;
		model.addAttribute("day", d);
		model.addAttribute("rows", schedules.schedulesOfDay(institution(), d));
		return "appointment/desk";
	}

	@GetMapping("/appointment/queue/{scheduleId}")
	String schedule(@PathVariable long scheduleId, Model model) {
		fill(scheduleId, model);
		return "appointment/desk-queue";
	}

	@GetMapping("/appointment/queue/{scheduleId}/list")
	String list(@PathVariable long scheduleId, Model model) {
		fill(scheduleId, model);
		return "appointment/desk-queue :: list";
	}

	private void fill(long scheduleId, Model model) {
		String institution = institution();
		model.addAttribute("schedule", queue.scheduleOf(institution, scheduleId));
		List<AppointmentRow> rows = appointments.ofSchedule(scheduleId);
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach(
				a -> names.computeIfAbsent(a.residentId(), id -> residents.find(id).map(Resident::name).orElse("—")));
		auditLog.read("appointment:queue", String.valueOf(scheduleId), rows.size() + " patients");
		model.addAttribute("rows", rows);
		model.addAttribute("names", names);
		model.addAttribute("current", appointments.currentNumber(scheduleId).orElse(null));
	}

	@PostMapping("/appointment/queue/{scheduleId}/call-next")
	String callNext(@PathVariable long scheduleId, RedirectAttributes redirect) {
		auditLog.describe("appointment:queue", String.valueOf(scheduleId), "call next");
		var called = queue.callNext(institution(), scheduleId, clock.instant());
		if (called.isEmpty()) {
			redirect.addFlashAttribute("notice",
					messages.getMessage("apt.desk.nobody", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/appointment/queue/" + scheduleId;
	}

	@PostMapping("/appointment/queue/appointments/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
		String institution = institution();
		AppointmentRow a = queue.ofInstitution(institution, id);
		auditLog.describe("appointment:queue", String.valueOf(id), action);
		try {
			switch (action) {
				case "check-in" -> queue.checkIn(institution, id, clock.instant());
				case "call" -> queue.call(institution, id, clock.instant());
				case "finish" -> queue.finish(institution, id, clock.instant());
				default -> throw BusinessException.notFound("action", action);
			}
		}
		catch (BusinessException ex) {
			if (ex.error() != AppointmentErrors.WRONG_STATE) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.error().code() + " " + messages.getMessage(ex.error().messageKey(),
					ex.args(), ex.error().code(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/appointment/queue/" + a.scheduleId();
	}

}
