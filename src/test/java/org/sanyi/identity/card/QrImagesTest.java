package org.sanyi.identity.card;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class QrImagesTest {

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void thePngDecodesBackToTheCode(QrAlgorithm algorithm) throws Exception {
		var random = new SecureRandom();
		var issuer = new QrIssuer(QrSigningKey.generate(algorithm, 1, random), Duration.ofSeconds(60), random);
		String text = issuer.issue(HealthCardNumber.ofSerial(12345678901234L), Instant.parse("2026-11-22T08:00:00Z"));

		byte[] png = QrImages.png(text, 6);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		// PURE_BARCODE reads the modules of an unrotated, generated image directly, so
		// this checks that the pixels
		// encode the text exactly. ZXing's camera detector (finder and alignment
		// patterns) misplaces the alignment
		// pattern of about one in a hundred random version-7 payloads on such perfectly
		// square images (measured: 6
		// of 600), which made this test fail now and then; phone scanners see a camera
		// image, not this PNG.
		Result decoded = new QRCodeReader().decode(
				new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
				Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));

		assertThat(decoded.getText()).isEqualTo(text);
		assertThat(decoded.getResultMetadata())
			.containsEntry(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
		assertThat(QrImages.version(text)).isEqualTo(7);
		assertThat(image.getWidth()).isEqualTo((QrImages.modules(text) + 8) * 6);
	}

}
