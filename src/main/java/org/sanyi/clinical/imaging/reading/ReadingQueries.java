package org.sanyi.clinical.imaging.reading;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.archive.ImageArchive;
import org.sanyi.clinical.imaging.dicom.DicomFiles;
import org.sanyi.clinical.imaging.dicom.FrameRenderer;
import org.sanyi.clinical.imaging.dicom.WindowPreset;
import org.sanyi.clinical.imaging.reading.ReadingRepository.InstanceRow;
import org.sanyi.clinical.imaging.reading.ReadingRepository.ReadingRow;
import org.sanyi.clinical.imaging.reading.ReadingRepository.StatusCount;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.springframework.stereotype.Service;

/**
 * What the pages and the REST API read: an imaging centre's worklist, an institution's
 * own requests, one reading with its images (visible to the centre and the requester
 * only, anything else "not found"), and an image rendered through a window.
 */
@Service
public class ReadingQueries {

	private final ReadingRepository repository;

	private final ImageArchive archive;

	private final ResidentIndex residents;

	private final Registry registry;

	ReadingQueries(ReadingRepository repository, ImageArchive archive, ResidentIndex residents, Registry registry) {
		this.repository = repository;
		this.archive = archive;
		this.residents = residents;
		this.registry = registry;
	}

	/** Which readings a worklist shows. */
	public enum Show {

		OPEN(List.of("REQUESTED", "ASSIGNED", "DRAFTED")), SIGNED(List.of("SIGNED")),
		ALL(List.of("REQUESTED", "ASSIGNED", "DRAFTED", "SIGNED", "CANCELLED"));

		private final List<String> statuses;

		Show(List<String> statuses) {
			this.statuses = statuses;
		}

		public static Show parse(String s) {
			for (Show v : values()) {
				if (v.name().equalsIgnoreCase(s)) {
					return v;
				}
			}
			return OPEN;
		}

	}

	/** A reading as a list shows it: with the resident and the two institutions named. */
	public record Line(ReadingRow reading, Resident resident, String requesterName, String centreName) {
	}

	public Page<Line> worklist(String centre, Show show, PageQuery page) {
		List<ReadingRow> rows = repository.worklist(centre, show.statuses, page.offset(), page.size());
		return page.page(lines(rows), repository.countWorklist(centre, show.statuses));
	}

	/** A centre's readings waiting to be taken, being read (taken or drafted), signed. */
	public record Counts(long waiting, long reading, long signed) {
	}

	public Counts statusCounts(String centre) {
		Map<ReadingStatus, Long> by = repository.statusCounts(centre)
			.stream()
			.collect(Collectors.toMap(StatusCount::status, StatusCount::count));
		return new Counts(by.getOrDefault(ReadingStatus.REQUESTED, 0L),
				by.getOrDefault(ReadingStatus.ASSIGNED, 0L) + by.getOrDefault(ReadingStatus.DRAFTED, 0L),
				by.getOrDefault(ReadingStatus.SIGNED, 0L));
	}

	public Page<Line> requests(String requester, PageQuery page) {
		return page.page(lines(repository.requests(requester, page.offset(), page.size())),
				repository.countRequests(requester));
	}

	/** The reading if the institution is its centre or its requester. */
	public Line reading(long id, String institution) {
		ReadingRow row = repository.reading(id, institution == null ? "" : institution)
			.orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_READING, id));
		return lines(List.of(row)).getFirst();
	}

	public List<InstanceRow> images(long studyId) {
		return repository.instances(studyId);
	}

	/** The n-th image (from 1) of the reading's study as PNG through the window. */
	public byte[] png(Line line, int n, WindowPreset window) {
		List<InstanceRow> images = repository.instances(line.reading().studyId());
		if (n < 1 || n > images.size()) {
			throw new BusinessException(ImagingErrors.UNKNOWN_IMAGE, n);
		}
		InstanceRow image = images.get(n - 1);
		byte[] file = archive.retrieve(line.reading().studyUid(), image.seriesUid(), image.sopUid());
		return FrameRenderer.png(DicomFiles.pixels(file), window);
	}

	private List<Line> lines(List<ReadingRow> rows) {
		Map<String, String> names = rows.stream()
			.flatMap(r -> java.util.stream.Stream.of(r.requesterCode(), r.centreCode()))
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					c -> registry.institution(c).map(Institution::name).orElse(c)));
		return rows.stream()
			.map(r -> new Line(r, residents.find(r.residentId()).orElse(null), names.get(r.requesterCode()),
					names.get(r.centreCode())))
			.toList();
	}

}
