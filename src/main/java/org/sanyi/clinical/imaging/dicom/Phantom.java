package org.sanyi.clinical.imaging.dicom;

import java.util.SplittableRandom;

/**
 * Pixel values of the synthetic images: ellipses of tissue in Hounsfield units (CT,
 * stored as HU + 1024) or attenuation grey levels (radiograph), with a little noise.
 */
final class Phantom {

	private static final int N = 192;

	private Phantom() {
	}

	static short[] ctSlice(String bodyPart, int slice, int slices, boolean lesion, SplittableRandom noise) {
		double[] hu = new double[N * N];
		java.util.Arrays.fill(hu, -1000);
		double z = slices <= 1 ? 0.5 : (slice - 1) / (double) (slices - 1);
		if ("HEAD".equals(bodyPart)) {
			double r = 0.78 - 0.25 * Math.abs(z - 0.4);
			ellipse(hu, 0, 0, r, r * 1.15, 1000);
			ellipse(hu, 0, 0, r - 0.07, r * 1.15 - 0.07, 35);
			ellipse(hu, -0.08, -0.05, 0.05, 0.16, 5);
			ellipse(hu, 0.08, -0.05, 0.05, 0.16, 5);
			if (lesion && Math.abs(z - 0.5) < 0.3) {
				ellipse(hu, 0.3, 0.15, 0.09, 0.07, 70);
			}
		}
		else {
			ellipse(hu, 0, 0, 0.88, 0.62, 40);
			ellipse(hu, -0.4, -0.05, 0.3 - 0.06 * Math.abs(z - 0.5), 0.42, -850);
			ellipse(hu, 0.4, -0.05, 0.3 - 0.06 * Math.abs(z - 0.5), 0.42, -850);
			ellipse(hu, 0.08, 0.05, 0.22 * (0.6 + z * 0.5), 0.2, 50);
			ellipse(hu, 0, 0.45, 0.09, 0.09, 700);
			for (int v = 0; v < 14; v++) {
				double x = (v % 2 == 0 ? -0.4 : 0.4) + (noise.nextDouble() - 0.5) * 0.35;
				double y = -0.05 + (noise.nextDouble() - 0.5) * 0.6;
				ellipse(hu, x, y, 0.015, 0.015, 40);
			}
			if (lesion && Math.abs(z - 0.5) < 0.3) {
				ellipse(hu, -0.42, -0.15, 0.05, 0.05, 35);
			}
		}
		short[] stored = new short[N * N];
		for (int i = 0; i < stored.length; i++) {
			double v = hu[i] + (hu[i] > -990 ? noise.nextGaussian() * 8 : 0) + 1024;
			stored[i] = (short) Math.max(0, Math.min(4095, Math.round(v)));
		}
		return stored;
	}

	static short[] chestRadiograph(boolean lesion, SplittableRandom noise) {
		double[] grey = new double[N * N];
		java.util.Arrays.fill(grey, 300);
		ellipse(grey, 0, 0.05, 0.9, 0.95, 2600);
		ellipse(grey, -0.38, -0.05, 0.3, 0.62, 900);
		ellipse(grey, 0.38, -0.05, 0.3, 0.62, 900);
		ellipse(grey, 0.1, 0.25, 0.25, 0.28, 2400);
		ellipse(grey, 0, 0, 0.07, 0.95, 3300);
		for (int rib = 0; rib < 8; rib++) {
			double y = -0.55 + rib * 0.14;
			ellipse(grey, -0.38, y, 0.32, 0.018, 1900);
			ellipse(grey, 0.38, y, 0.32, 0.018, 1900);
		}
		if (lesion) {
			ellipse(grey, -0.35, -0.2, 0.07, 0.06, 2100);
		}
		short[] stored = new short[N * N];
		for (int i = 0; i < stored.length; i++) {
			stored[i] = (short) Math.max(0, Math.min(4095, Math.round(grey[i] + noise.nextGaussian() * 20)));
		}
		return stored;
	}

	/** Sets the ellipse at (cx, cy) with radii (rx, ry), in [-1, 1] image coordinates. */
	private static void ellipse(double[] image, double cx, double cy, double rx, double ry, double value) {
		for (int y = 0; y < N; y++) {
			double dy = ((y + 0.5) / N * 2 - 1 - cy) / ry;
			for (int x = 0; x < N; x++) {
				double dx = ((x + 0.5) / N * 2 - 1 - cx) / rx;
				if (dx * dx + dy * dy <= 1) {
					image[y * N + x] = value;
				}
			}
		}
	}

}
