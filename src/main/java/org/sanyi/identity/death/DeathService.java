package org.sanyi.identity.death;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sanyi.identity.Death;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.identity.ResidentDied;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects deaths: the person found (a merged resident's death goes to the
 * resident it was merged into), the date checked against today and the birth date, the
 * certificate number checked for a medical certificate, a correction only with a reason;
 * the row in force and its trail written in one transaction, {@link ResidentDied}
 * published with it.
 */
@Service
class DeathService implements ResidentDeaths {

	private static final Pattern CERTIFICATE = Pattern.compile("[A-Za-z0-9-]{6,30}");

	private final DeathRepository deaths;

	private final ResidentIndex index;

	private final ApplicationEventPublisher events;

	DeathService(DeathRepository deaths, ResidentIndex index, ApplicationEventPublisher events) {
		this.deaths = deaths;
		this.index = index;
		this.events = events;
	}

	/**
	 * The active resident a report names: by resident id (following a merge) or by ID
	 * number. IDN-0022 when it names neither, IDN-0023 when nobody answers.
	 */
	Resident person(DeathReport report) {
		boolean byId = report.residentId() != null && !report.residentId().isBlank();
		boolean byNumber = report.idNumber() != null && !report.idNumber().isBlank();
		if (!byId && !byNumber) {
			throw new BusinessException(IdentityErrors.DEATH_PERSON_REQUIRED);
		}
		Optional<Resident> found = byId ? index.find(report.residentId().strip())
				: index.findByIdNumber(report.idNumber().strip().toUpperCase(java.util.Locale.ROOT));
		if (found.isPresent() && "MERGED".equals(found.get().status()) && found.get().mergedInto() != null) {
			found = index.find(found.get().mergedInto());
		}
		String named = byId ? report.residentId().strip() : "***";
		return found.orElseThrow(() -> new BusinessException(IdentityErrors.DEATH_PERSON_UNKNOWN, named));
	}

	@Override
	@Transactional
	public Death record(DeathReport report, String reportedBy, String recordedBy) {
		Resident resident = person(report);
		LocalDate date = report.dateOfDeath();
		LocalDate today = LocalDate.now(ResidentIndexService.ZONE);
		if (date == null || date.isAfter(today)) {
			throw new BusinessException(IdentityErrors.DEATH_DATE_INVALID, String.valueOf(date));
		}
		if (resident.birthDate() != null && date.isBefore(resident.birthDate())) {
			throw new BusinessException(IdentityErrors.DEATH_BEFORE_BIRTH, date.toString(),
					resident.birthDate().toString());
		}
		if (report.source() == null) {
			throw new BusinessException(IdentityErrors.DEATH_SOURCE_INVALID, "");
		}
		String certificate = blankToNull(report.certificateNo());
		if (certificate != null && !CERTIFICATE.matcher(certificate).matches()
				|| certificate == null && report.source() == org.sanyi.identity.DeathSource.MEDICAL_CERTIFICATE) {
			throw new BusinessException(IdentityErrors.DEATH_CERTIFICATE_INVALID, String.valueOf(certificate));
		}
		String reason = blankToNull(report.reason());
		Optional<Death> current = deaths.find(resident.residentId());
		if (current.isEmpty()) {
			if (!deaths.insert(resident.residentId(), date, report.source(), certificate, reportedBy, recordedBy)) {
				throw new BusinessException(IdentityErrors.DEATH_CHANGED, resident.residentId());
			}
			deaths.trail(resident.residentId(), 1, false, date, null, report.source(), certificate, reportedBy, reason,
					recordedBy);
			events.publishEvent(new ResidentDied(resident.residentId(), date, null, report.source()));
			return deaths.find(resident.residentId()).orElseThrow();
		}
		Death before = current.get();
		if (before.dateOfDeath().equals(date) && before.source() == report.source()
				&& Objects.equals(before.certificateNo(), certificate)) {
			// the same report again (a feed sends it twice): nothing changes
			return before;
		}
		if (reason == null || reason.length() > 500) {
			throw new BusinessException(IdentityErrors.DEATH_CORRECTION_REASON, resident.residentId());
		}
		if (!deaths.correct(resident.residentId(), before.version(), date, report.source(), certificate, reportedBy,
				recordedBy)) {
			throw new BusinessException(IdentityErrors.DEATH_CHANGED, resident.residentId());
		}
		deaths.trail(resident.residentId(), before.version() + 1, true, date, before.dateOfDeath(), report.source(),
				certificate, reportedBy, reason, recordedBy);
		if (!before.dateOfDeath().equals(date)) {
			events.publishEvent(new ResidentDied(resident.residentId(), date, before.dateOfDeath(), report.source()));
		}
		return deaths.find(resident.residentId()).orElseThrow();
	}

	@Override
	public Optional<Death> of(String residentId) {
		return deaths.inForce(residentId);
	}

	@Override
	public Map<String, LocalDate> datesOfDeathByPsnNo(Collection<String> psnNos) {
		return deaths.byPsnNo(psnNos);
	}

	List<DeathRepository.Change> trail(String residentId) {
		return deaths.trail(residentId);
	}

	/** Registered deaths of residents registered within the scope's region. */
	Page<DeathRepository.Listed> list(DataScope scope, LocalDate from, LocalDate to, String q, PageQuery page) {
		String query = q == null ? "" : q.strip();
		long total = deaths.count(scope.regionPrefix(), from, to, query);
		return page.page(deaths.list(scope.regionPrefix(), from, to, query, page.size(), page.offset()), total);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
