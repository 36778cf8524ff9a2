package org.sanyi.clinical.imaging.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.DicomFiles.Pixels;
import org.sanyi.shared.BusinessException;

/**
 * Synthetic studies are real DICOM (read back by dcm4che with their identifiers) and the
 * same every time; anything that is not DICOM, or too large, is refused; frames render
 * through the window as the standard's linear function says.
 */
class DicomFilesTest {

	static final DicomSynthesizer.Request CHEST_CT = new DicomSynthesizer.Request("test/1", "demo-resident-1", "李春梅",
			"CT", "CHEST", "胸部CT平扫", LocalDate.of(2026, 11, 30), 4, true);

	@Test
	void aSynthesizedStudyReadsBackWithItsIdentifiers() {
		List<byte[]> files = DicomSynthesizer.study(CHEST_CT);
		assertThat(files).hasSize(4);
		DicomImage first = DicomFiles.read(files.getFirst(), 1 << 20);
		DicomImage last = DicomFiles.read(files.getLast(), 1 << 20);
		assertThat(first.studyUid()).startsWith("2.25.").isEqualTo(last.studyUid());
		assertThat(first.sopUid()).isNotEqualTo(last.sopUid());
		assertThat(first.patientId()).isEqualTo("demo-resident-1");
		assertThat(first.patientName()).isEqualTo("李春梅");
		assertThat(first.modality()).isEqualTo("CT");
		assertThat(first.bodyPart()).isEqualTo("CHEST");
		assertThat(first.studyDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(first.rows()).isEqualTo(192);
		assertThat(last.instanceNumber()).isEqualTo(4);
		assertThat(first.windowCenter()).isEqualTo(-600.0);
	}

	@Test
	void synthesisIsDeterministic() {
		List<byte[]> once = DicomSynthesizer.study(CHEST_CT);
		List<byte[]> twice = DicomSynthesizer.study(CHEST_CT);
		for (int i = 0; i < once.size(); i++) {
			assertThat(Arrays.equals(once.get(i), twice.get(i))).as("image %d", i).isTrue();
		}
	}

	@Test
	void ctPixelsAreHounsfieldUnits() {
		Pixels p = DicomFiles.pixels(DicomSynthesizer.study(CHEST_CT).get(1));
		assertThat(p.values()[0]).as("air in the corner").isEqualTo(-1000.0);
		int centreOfRightLung = (int) (0.475 * 192) * 192 + (int) (0.3 * 192);
		assertThat(p.values()[centreOfRightLung]).isBetween(-900.0, -800.0);
	}

	@Test
	void aFileThatIsNotDicomIsRefused() {
		assertThatThrownBy(() -> DicomFiles.read("hello, not DICOM".getBytes(StandardCharsets.UTF_8), 1 << 20))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(ImagingErrors.NOT_DICOM));
		byte[] fake = new byte[400];
		fake[128] = 'D';
		fake[129] = 'I';
		fake[130] = 'C';
		fake[131] = 'M';
		assertThatThrownBy(() -> DicomFiles.read(fake, 1 << 20)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error()).isEqualTo(ImagingErrors.NOT_DICOM));
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeParsing() {
		byte[] file = DicomSynthesizer.study(CHEST_CT).getFirst();
		assertThatThrownBy(() -> DicomFiles.read(file, file.length - 1)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error()).isEqualTo(ImagingErrors.TOO_LARGE));
	}

	@Test
	void theWindowMapsBelowToBlackAboveToWhiteAndTheCentreToMidGrey() {
		assertThat(FrameRenderer.grey(-2000, 40, 400)).isZero();
		assertThat(FrameRenderer.grey(2000, 40, 400)).isEqualTo(255);
		assertThat(FrameRenderer.grey(40, 40, 400)).isBetween(127, 128);
	}

	@Test
	void aFrameRendersToAPngOfItsSizeAndTheLungWindowShowsTheLungGrey() throws Exception {
		Pixels p = DicomFiles.pixels(DicomSynthesizer.study(CHEST_CT).get(1));
		BufferedImage lung = ImageIO.read(new ByteArrayInputStream(FrameRenderer.png(p, WindowPreset.LUNG)));
		BufferedImage soft = ImageIO.read(new ByteArrayInputStream(FrameRenderer.png(p, WindowPreset.MEDIASTINUM)));
		assertThat(lung.getWidth()).isEqualTo(192);
		int x = (int) (0.3 * 192);
		int y = (int) (0.475 * 192);
		assertThat(lung.getRaster().getSample(x, y, 0)).as("lung in the lung window").isBetween(40, 140);
		assertThat(soft.getRaster().getSample(x, y, 0)).as("lung in the soft-tissue window").isZero();
	}

	@Test
	void aRadiographRendersWithItsOwnWindow() {
		byte[] dx = DicomSynthesizer
			.study(new DicomSynthesizer.Request("test/dx", "r1", "张三", "DX", "CHEST", "胸部DR正位片",
					LocalDate.of(2026, 11, 30), 1, false))
			.getFirst();
		Pixels p = DicomFiles.pixels(dx);
		assertThat(FrameRenderer.window(p, WindowPreset.DEFAULT)).containsExactly(2048.0, 4096.0);
		assertThat(FrameRenderer.png(p, WindowPreset.DEFAULT)).isNotEmpty();
	}

}
