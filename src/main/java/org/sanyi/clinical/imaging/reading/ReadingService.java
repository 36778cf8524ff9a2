package org.sanyi.clinical.imaging.reading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sanyi.clinical.ImagingReadings;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.archive.ImageArchive;
import org.sanyi.clinical.imaging.dicom.DicomFiles;
import org.sanyi.clinical.imaging.dicom.DicomImage;
import org.sanyi.clinical.imaging.dicom.DicomSynthesizer;
import org.sanyi.clinical.imaging.reading.ReadingRepository.ReadingRow;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.SharedErrors;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The reading workflow. A study is accepted when every file is DICOM of one study and one
 * patient, within the size limit, of a resident the master patient index knows, and new
 * to the platform; the request goes to the imaging centre of the sender's county medical
 * community (its lead hospital; the county hospital reads its own), due by the priority's
 * turnaround. The centre's radiologist takes it, drafts and signs; signing writes the
 * report into the shared record and reports the turnaround to monitoring.
 */
@Service
public class ReadingService implements ImagingReadings {

	private final ReadingRepository repository;

	private final ImageArchive archive;

	private final Registry registry;

	private final ResidentIndex residents;

	private final SharedRecordReports reports;

	private final ApplicationEventPublisher events;

	private final long maxBytes;

	ReadingService(ReadingRepository repository, ImageArchive archive, Registry registry, ResidentIndex residents,
			SharedRecordReports reports, ApplicationEventPublisher events,
			@Value("${sanyi.imaging.max-image-size:8MB}") DataSize maxImageSize) {
		this.repository = repository;
		this.archive = archive;
		this.registry = registry;
		this.residents = residents;
		this.reports = reports;
		this.events = events;
		this.maxBytes = maxImageSize.toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	@Override
	public List<byte[]> sample(Sample s) {
		Resident r = residents.find(s.residentId())
			.orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_RESIDENT, s.residentId()));
		return DicomSynthesizer.study(new DicomSynthesizer.Request(s.key(), r.residentId(), r.name(), s.modality(),
				s.bodyPart(), s.description(), s.date(), s.images(), s.lesion()));
	}

	@Override
	@Transactional
	public long request(Request request) {
		if (request.institutionCode() == null) {
			throw new BusinessException(ImagingErrors.NO_INSTITUTION);
		}
		if (request.files() == null || request.files().isEmpty()) {
			throw new BusinessException(ImagingErrors.NOT_DICOM, "no file");
		}
		Priority priority = priority(request.priority());
		String question = request.question() == null || request.question().isBlank() ? null
				: request.question().strip();
		if (question != null && question.length() > 500) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "question", "500");
		}
		List<DicomImage> images = new ArrayList<>();
		List<ImageArchive.Stored> stored = new ArrayList<>();
		for (byte[] file : request.files()) {
			DicomImage image = DicomFiles.read(file, maxBytes);
			images.add(image);
			stored.add(new ImageArchive.Stored(image.seriesUid(), image.sopUid(), file));
		}
		DicomImage first = images.getFirst();
		for (DicomImage i : images) {
			if (!i.studyUid().equals(first.studyUid()) || !Objects.equals(i.patientId(), first.patientId())) {
				throw new BusinessException(ImagingErrors.MIXED_STUDIES, i.sopUid());
			}
		}
		if (images.stream().map(DicomImage::sopUid).distinct().count() != images.size()) {
			throw new BusinessException(ImagingErrors.MIXED_STUDIES, "duplicate SOP instance");
		}
		if (repository.studyExists(first.studyUid())) {
			throw new BusinessException(ImagingErrors.DUPLICATE_STUDY, first.studyUid());
		}
		String residentId = resident(request.residentId() != null && !request.residentId().isBlank()
				? request.residentId().strip() : first.patientId());
		String centre = centreOf(request.institutionCode());
		Instant at = request.at();
		images.sort(Comparator.comparingInt(DicomImage::instanceNumber));
		long studyId = repository.insertStudy(first, residentId, request.institutionCode(), images.size(),
				archive.kind(), at, request.username());
		images.forEach(i -> repository.insertInstance(studyId, i));
		archive.store(first.studyUid(), stored);
		long id = repository.insertReading(studyId, request.institutionCode(), request.username(), centre, priority,
				question, at);
		events.publishEvent(new FactsReported("imaging:reading:" + id, "imaging",
				List.of(Fact.of(ImagingFacts.REQUESTED, centre, day(at), BigDecimal.ONE))));
		return id;
	}

	@Override
	@Transactional
	public void take(long readingId, String reader, String readerName, Instant at) {
		ReadingRow r = row(readingId);
		transition(r, ReadingStatus.ASSIGNED);
		if (!repository.take(r.id(), r.version(), reader, readerName, at)) {
			throw new BusinessException(ImagingErrors.WRONG_STATE, readingId);
		}
	}

	@Override
	@Transactional
	public void draft(long readingId, String reader, String findings, String impression) {
		ReadingRow r = row(readingId);
		assigned(r, reader);
		transition(r, ReadingStatus.DRAFTED);
		if (length(findings) > 4000 || length(impression) > 2000) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "findings", "4000");
		}
		if (!repository.draft(r.id(), r.version(), reader, blankToNull(findings), blankToNull(impression))) {
			throw new BusinessException(ImagingErrors.WRONG_STATE, readingId);
		}
	}

	@Override
	@Transactional
	public void sign(long readingId, String reader, Instant at) {
		ReadingRow r = row(readingId);
		assigned(r, reader);
		transition(r, ReadingStatus.SIGNED);
		if (r.findings() == null || r.impression() == null) {
			throw new BusinessException(ImagingErrors.REPORT_INCOMPLETE);
		}
		String series = repository.instances(r.studyId()).getFirst().seriesUid();
		String reference = reports.write(r, series, at);
		if (!repository.sign(r.id(), r.version(), reader, at, reference)) {
			throw new BusinessException(ImagingErrors.WRONG_STATE, readingId);
		}
		long minutes = Duration.between(r.requestedAt(), at).toMinutes();
		boolean overdue = at.isAfter(r.dueAt());
		events.publishEvent(new FactsReported("imaging:reading:" + readingId + ":signed", "imaging", List.of(
				Fact.of(ImagingFacts.SIGNED, r.centreCode(), day(at), BigDecimal.ONE),
				Fact.of(ImagingFacts.TURNAROUND, r.centreCode(), day(at), BigDecimal.valueOf(minutes)),
				Fact.of(ImagingFacts.OVERDUE, r.centreCode(), day(at), overdue ? BigDecimal.ONE : BigDecimal.ZERO))));
	}

	@Override
	@Transactional
	public void cancel(long readingId, String institutionCode) {
		ReadingRow r = repository.reading(readingId, institutionCode)
			.filter(x -> x.requesterCode().equals(institutionCode))
			.orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_READING, readingId));
		transition(r, ReadingStatus.CANCELLED);
		if (!repository.cancel(r.id(), r.version())) {
			throw new BusinessException(ImagingErrors.WRONG_STATE, readingId);
		}
	}

	@Override
	public boolean any() {
		return repository.any();
	}

	/** The imaging centre that reads the institution's studies. */
	public String centreOf(String institution) {
		List<Alliance> alliances = registry.alliancesOf(institution, PlatformTime.today());
		Optional<Alliance> community = alliances.stream()
			.filter(a -> a.kind() == Alliance.Kind.COUNTY_COMMUNITY)
			.findFirst()
			.or(() -> alliances.stream().filter(a -> a.kind() == Alliance.Kind.CITY_GROUP).findFirst());
		return community.map(Alliance::leadInstitutionCode)
			.orElseThrow(() -> new BusinessException(ImagingErrors.NO_IMAGING_CENTRE, institution));
	}

	private String resident(String id) {
		if (id == null || id.isBlank()) {
			throw new BusinessException(ImagingErrors.UNKNOWN_RESIDENT, "-");
		}
		Optional<Resident> found = IdNumber.isValid(id, PlatformTime.today()) ? residents.findByIdNumber(id)
				: residents.find(id);
		return found.map(Resident::residentId)
			.orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_RESIDENT,
					IdNumber.isValid(id, PlatformTime.today()) ? org.sanyi.shared.Masking.idNumber(id) : id));
	}

	private ReadingRow row(long id) {
		return repository.reading(id).orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_READING, id));
	}

	private static void assigned(ReadingRow r, String reader) {
		if (r.reader() == null || !r.reader().equals(reader)) {
			throw new BusinessException(ImagingErrors.NOT_ASSIGNED_READER, r.id());
		}
	}

	private static void transition(ReadingRow r, ReadingStatus next) {
		if (!r.status().canBecome(next)) {
			throw new BusinessException(ImagingErrors.WRONG_STATE, r.id());
		}
	}

	static Priority priority(String name) {
		if (name == null || name.isBlank()) {
			return Priority.ROUTINE;
		}
		for (Priority p : Priority.values()) {
			if (p.name().equalsIgnoreCase(name.strip())) {
				return p;
			}
		}
		throw new BusinessException(SharedErrors.INVALID_FIELD, "priority", name);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, PlatformTime.zone());
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
