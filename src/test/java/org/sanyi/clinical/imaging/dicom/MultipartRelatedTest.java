package org.sanyi.clinical.imaging.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.shared.BusinessException;

/** STOW-RS bodies split into their parts, binary content untouched. */
class MultipartRelatedTest {

	@Test
	void aBodyOfTwoPartsGivesBothPartsBytes() {
		String body = "--abc\r\nContent-Type: application/dicom\r\n\r\nONE\r\n--x\r\n--abc\r\n"
				+ "Content-Type: application/dicom\r\n\r\nTWO\r\n--abc--\r\n";
		List<byte[]> parts = MultipartRelated.parts("multipart/related; type=\"application/dicom\"; boundary=\"abc\"",
				body.getBytes(StandardCharsets.US_ASCII), ImagingErrors.NOT_DICOM);
		assertThat(parts).hasSize(2);
		assertThat(new String(parts.get(0), StandardCharsets.US_ASCII)).isEqualTo("ONE\r\n--x");
		assertThat(new String(parts.get(1), StandardCharsets.US_ASCII)).isEqualTo("TWO");
	}

	@Test
	void aBodyWithoutItsBoundaryIsRefusedWithTheGivenError() {
		assertThatThrownBy(() -> MultipartRelated.parts("multipart/related; boundary=abc",
				"no parts".getBytes(StandardCharsets.US_ASCII), ImagingErrors.NOT_DICOM))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(ImagingErrors.NOT_DICOM));
	}

}
