package org.sanyi.clinical.imaging.dicom;

import java.util.List;

/**
 * The window presets a reader switches between (centre and width in Hounsfield units for
 * CT); {@link #DEFAULT} takes the image's own window, or its full pixel range.
 */
public enum WindowPreset {

	DEFAULT(0, 0), LUNG(-600, 1500), MEDIASTINUM(40, 400), BONE(500, 2000), BRAIN(40, 80), ABDOMEN(50, 350);

	private final double center;

	private final double width;

	WindowPreset(double center, double width) {
		this.center = center;
		this.width = width;
	}

	public double center() {
		return center;
	}

	public double width() {
		return width;
	}

	/** The presets that make sense for a modality: CT gets the tissue windows. */
	public static List<WindowPreset> forModality(String modality) {
		return "CT".equals(modality) ? List.of(values()) : List.of(DEFAULT);
	}

	public static WindowPreset parse(String name) {
		for (WindowPreset p : values()) {
			if (p.name().equalsIgnoreCase(name)) {
				return p;
			}
		}
		return DEFAULT;
	}

}
