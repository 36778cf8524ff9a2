package org.sanyi.clinical.imaging.reading;

/**
 * DICOM Body Part Examined values the platform maps to SNOMED CT body sites, so that a
 * signed study is found by mutual recognition like a hospital's ImagingStudy.
 */
enum BodySite {

	CHEST("51185008", "胸部"), HEAD("69536005", "头部"), ABDOMEN("113345001", "腹部");

	private final String snomed;

	private final String zh;

	BodySite(String snomed, String zh) {
		this.snomed = snomed;
		this.zh = zh;
	}

	String snomed() {
		return snomed;
	}

	String zh() {
		return zh;
	}

	static BodySite of(String bodyPart) {
		for (BodySite s : values()) {
			if (s.name().equalsIgnoreCase(bodyPart)) {
				return s;
			}
		}
		return null;
	}

}
