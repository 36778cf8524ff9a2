package org.sanyi.clinical.imaging.dicom;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.sanyi.clinical.imaging.dicom.DicomFiles.Pixels;

/**
 * Renders a greyscale frame to an 8-bit PNG through a window: the linear VOI function of
 * DICOM PS3.3 C.11.2.1.2 (values below the window black, above it white), inverted for
 * MONOCHROME1. A preset's window wins over the file's; without either, the frame's full
 * range is shown.
 */
public final class FrameRenderer {

	private FrameRenderer() {
	}

	public static byte[] png(Pixels pixels, WindowPreset preset) {
		double[] window = window(pixels, preset);
		double center = window[0];
		double width = Math.max(window[1], 1);
		BufferedImage image = new BufferedImage(pixels.columns(), pixels.rows(), BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster raster = image.getRaster();
		double[] values = pixels.values();
		for (int y = 0; y < pixels.rows(); y++) {
			for (int x = 0; x < pixels.columns(); x++) {
				int grey = grey(values[y * pixels.columns() + x], center, width);
				raster.setSample(x, y, 0, pixels.inverted() ? 255 - grey : grey);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The grey level (0–255) of a modality value through the window. */
	static int grey(double value, double center, double width) {
		double low = center - 0.5 - (width - 1) / 2;
		double high = center - 0.5 + (width - 1) / 2;
		if (value <= low) {
			return 0;
		}
		if (value > high) {
			return 255;
		}
		return (int) Math.round(((value - (center - 0.5)) / (width - 1) + 0.5) * 255);
	}

	static double[] window(Pixels pixels, WindowPreset preset) {
		if (preset != WindowPreset.DEFAULT) {
			return new double[] { preset.center(), preset.width() };
		}
		if (pixels.windowCenter() != null && pixels.windowWidth() != null && pixels.windowWidth() > 0) {
			return new double[] { pixels.windowCenter(), pixels.windowWidth() };
		}
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (double v : pixels.values()) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return new double[] { (min + max) / 2, max - min + 1 };
	}

}
