package org.sanyi.clinical.imaging.dicom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes small synthetic studies as a township centre's modality would send them: a CT of
 * the chest or head (a few axial slices of a phantom in Hounsfield units: air, body,
 * lungs with vessels, heart, spine; skull and brain) or a chest radiograph. Everything,
 * UIDs included, follows from the request, so the demo and the tests get the same bytes
 * every time. A lesion puts a nodule in the right lung (chest) or a bleed (head).
 */
public final class DicomSynthesizer {

	/** CT Image Storage and Digital X-Ray Image Storage – For Presentation. */
	static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";

	static final String DX_IMAGE = "1.2.840.10008.5.1.4.1.1.1.1";

	private static final int SIZE = 192;

	private DicomSynthesizer() {
	}

	/**
	 * What to synthesize.
	 *
	 * @param key a unique key of the study: its UIDs are derived from it
	 * @param modality {@code CT} or {@code DX}
	 * @param bodyPart {@code CHEST} or {@code HEAD}
	 * @param images slices of a CT (a DX has one image)
	 */
	public record Request(String key, String patientId, String patientName, String modality, String bodyPart,
			String description, LocalDate date, int images, boolean lesion) {
	}

	/** The study's Part 10 files, one per image. */
	public static List<byte[]> study(Request r) {
		boolean ct = "CT".equals(r.modality());
		String studyUid = uid(r.key() + "/study");
		String seriesUid = uid(r.key() + "/series/1");
		int images = ct ? Math.max(1, r.images()) : 1;
		List<byte[]> files = new ArrayList<>();
		for (int i = 1; i <= images; i++) {
			String sop = uid(r.key() + "/image/" + i);
			Map<Integer, Object[]> a = new HashMap<>();
			put(a, 0x00080005, "CS", "ISO_IR 192");
			put(a, 0x00080016, "UI", ct ? CT_IMAGE : DX_IMAGE);
			put(a, 0x00080018, "UI", sop);
			put(a, 0x0020000D, "UI", studyUid);
			put(a, 0x0020000E, "UI", seriesUid);
			put(a, 0x00080020, "DA", r.date().format(DateTimeFormatter.BASIC_ISO_DATE));
			put(a, 0x00080030, "TM", "093000");
			put(a, 0x00080050, "SH", Integer.toString(Math.abs(r.key().hashCode()) % 100_000_000));
			put(a, 0x00080060, "CS", r.modality());
			put(a, 0x00081030, "LO", r.description());
			put(a, 0x00180015, "CS", r.bodyPart());
			put(a, 0x00100020, "LO", r.patientId());
			put(a, 0x00100010, "PN", r.patientName());
			put(a, 0x00200011, "IS", "1");
			put(a, 0x00200013, "IS", Integer.toString(i));
			put(a, 0x00280002, "US", 1);
			put(a, 0x00280004, "CS", "MONOCHROME2");
			put(a, 0x00280010, "US", SIZE);
			put(a, 0x00280011, "US", SIZE);
			put(a, 0x00280100, "US", 16);
			put(a, 0x00280101, "US", 12);
			put(a, 0x00280102, "US", 11);
			put(a, 0x00280103, "US", 0);
			short[] stored;
			if (ct) {
				put(a, 0x00281052, "DS", "-1024");
				put(a, 0x00281053, "DS", "1");
				put(a, 0x00281050, "DS", "HEAD".equals(r.bodyPart()) ? "40" : "-600");
				put(a, 0x00281051, "DS", "HEAD".equals(r.bodyPart()) ? "80" : "1500");
				put(a, 0x00180050, "DS", "5");
				stored = Phantom.ctSlice(r.bodyPart(), i, images, r.lesion(), new SplittableRandom(seed(r.key(), i)));
			}
			else {
				put(a, 0x00281050, "DS", "2048");
				put(a, 0x00281051, "DS", "4096");
				stored = Phantom.chestRadiograph(r.lesion(), new SplittableRandom(seed(r.key(), i)));
			}
			byte[] pixels = new byte[stored.length * 2];
			for (int p = 0; p < stored.length; p++) {
				pixels[2 * p] = (byte) stored[p];
				pixels[2 * p + 1] = (byte) (stored[p] >> 8);
			}
			put(a, 0x7FE00010, "OW", pixels);
			files.add(DicomCodec.write(ct ? CT_IMAGE : DX_IMAGE, sop, a));
		}
		return files;
	}

	private static void put(Map<Integer, Object[]> dataset, int tag, String vr, Object value) {
		if (value != null) {
			dataset.put(tag, new Object[] { vr, value });
		}
	}

	/** A DICOM UID (2.25 form) derived from a name: the same name, the same UID. */
	static String uid(String name) {
		return DicomCodec.nameBasedUid(name.getBytes(StandardCharsets.UTF_8));
	}

	private static long seed(String key, int image) {
		return key.hashCode() * 31L + image;
	}

}
