package org.sanyi.identity.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * Renders a code as a QR image with ZXing: error correction M (15 % of the symbol may be
 * damaged, enough for a phone screen with glare; H would push the symbol to version 10),
 * a quiet zone of four modules as ISO/IEC 18004 requires, black on white.
 */
public final class QrImages {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

	private QrImages() {
	}

	/**
	 * A PNG of the code, {@code modulePixels} pixels per module (6 to 8 suits a phone
	 * screen).
	 */
	public static byte[] png(String text, int modulePixels) {
		try {
			int modules = modules(text) + 8;
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, modules * modulePixels,
					modules * modulePixels, HINTS);
			var out = new ByteArrayOutputStream(4096);
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("text does not fit a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The QR version (1 to 40) the text needs at error correction M. */
	public static int version(String text) {
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getVersionNumber();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("text does not fit a QR code", ex);
		}
	}

	/** Modules per side, without the quiet zone. */
	public static int modules(String text) {
		return 17 + 4 * version(text);
	}

}
