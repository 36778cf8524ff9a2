package org.sanyi.clinical.imaging.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.DicomCodec.Element;
import org.sanyi.shared.BusinessException;

/**
 * Reads DICOM Part 10 files ({@link DicomCodec}). A file is accepted when it has the
 * preamble and {@code DICM} prefix, parses, and names its study, series and instance;
 * anything else is "not DICOM". Only what the platform shows is taken out.
 */
public final class DicomFiles {

	private DicomFiles() {
	}

	/**
	 * The image's identifiers and attributes.
	 * @param maxBytes the largest file accepted
	 */
	public static DicomImage read(byte[] data, long maxBytes) {
		if (data.length > maxBytes) {
			throw new BusinessException(ImagingErrors.TOO_LARGE, data.length / 1024, maxBytes / 1024);
		}
		Map<Integer, Element> a = parse(data);
		String study = string(a, STUDY_UID);
		String series = string(a, SERIES_UID);
		String sop = string(a, SOP_UID);
		if (study == null || series == null || sop == null) {
			throw new BusinessException(ImagingErrors.NOT_DICOM, "no study/series/instance UID");
		}
		String date = string(a, 0x00080020);
		LocalDate studyDate = null;
		if (date != null && date.matches("\\d{8}")) {
			studyDate = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
		}
		String modality = string(a, 0x00080060);
		return new DicomImage(study, series, sop, string(a, 0x00080016), string(a, 0x00100020), string(a, 0x00100010),
				modality == null ? "OT" : modality, string(a, 0x00180015), string(a, 0x00081030), studyDate,
				integer(a, 0x00200013, 1), integer(a, ROWS, 0), integer(a, COLUMNS, 0), decimal(a, 0x00281050),
				decimal(a, 0x00281051));
	}

	/**
	 * The first frame's modality values (stored values through the rescale slope and
	 * intercept), for greyscale images of uncompressed transfer syntaxes.
	 */
	public static Pixels pixels(byte[] data) {
		Map<Integer, Element> a = parse(data);
		int rows = integer(a, ROWS, 0);
		int columns = integer(a, COLUMNS, 0);
		int allocated = integer(a, 0x00280100, 16);
		int samples = integer(a, 0x00280002, 1);
		String photometric = string(a, 0x00280004);
		photometric = photometric == null ? "MONOCHROME2" : photometric;
		Element pixelData = a.get(PIXEL_DATA);
		if (pixelData == null || samples != 1 || !photometric.startsWith("MONOCHROME")
				|| (allocated != 8 && allocated != 16) || rows <= 0 || columns <= 0
				|| pixelData.value().length < (long) rows * columns * (allocated / 8)) {
			throw new BusinessException(ImagingErrors.NOT_RENDERABLE, photometric + "/" + allocated);
		}
		boolean signed = integer(a, 0x00280103, 0) == 1;
		Double slopeValue = decimal(a, 0x00281053);
		Double interceptValue = decimal(a, 0x00281052);
		double slope = slopeValue == null ? 1 : slopeValue;
		double intercept = interceptValue == null ? 0 : interceptValue;
		ByteBuffer buffer = ByteBuffer.wrap(pixelData.value()).order(ByteOrder.LITTLE_ENDIAN);
		double[] values = new double[rows * columns];
		for (int i = 0; i < values.length; i++) {
			int stored = allocated == 8 ? (signed ? buffer.get(i) : buffer.get(i) & 0xFF)
					: (signed ? buffer.getShort(i * 2) : buffer.getShort(i * 2) & 0xFFFF);
			values[i] = stored * slope + intercept;
		}
		return new Pixels(rows, columns, values, "MONOCHROME1".equals(photometric), decimal(a, 0x00281050),
				decimal(a, 0x00281051));
	}

	/** One greyscale frame in modality values, with the file's own window if any. */
	public record Pixels(int rows, int columns, double[] values, boolean inverted, Double windowCenter,
			Double windowWidth) {
	}

	private static final int SOP_UID = 0x00080018;

	private static final int STUDY_UID = 0x0020000D;

	private static final int SERIES_UID = 0x0020000E;

	private static final int ROWS = 0x00280010;

	private static final int COLUMNS = 0x00280011;

	private static final int PIXEL_DATA = 0x7FE00010;

	private static Map<Integer, Element> parse(byte[] data) {
		// Part 10: 128-byte preamble, then "DICM"; STOW-RS sends nothing else
		if (data.length < 132 || data[128] != 'D' || data[129] != 'I' || data[130] != 'C' || data[131] != 'M') {
			throw new BusinessException(ImagingErrors.NOT_DICOM, "no DICM prefix");
		}
		try {
			return DicomCodec.read(data);
		}
		catch (RuntimeException e) {
			throw new BusinessException(ImagingErrors.NOT_DICOM, e.getClass().getSimpleName());
		}
	}

	private static String string(Map<Integer, Element> a, int tag) {
		Element e = a.get(tag);
		if (e == null) {
			return null;
		}
		String s = e.string();
		return s.isEmpty() ? null : s;
	}

	private static int integer(Map<Integer, Element> a, int tag, int otherwise) {
		Element e = a.get(tag);
		try {
			return e == null || e.value().length == 0 ? otherwise : e.integer();
		}
		catch (RuntimeException ex) {
			return otherwise;
		}
	}

	private static Double decimal(Map<Integer, Element> a, int tag) {
		String s = string(a, tag);
		try {
			return s == null ? null : Double.valueOf(s);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
