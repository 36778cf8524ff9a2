package org.sanyi.monitoring.analysis;

/**
 * What an indicator is computed over: the whole platform, a region (province, city,
 * county, township), an alliance (医共体, 医疗集团, 专科联盟: its members as of the period's last
 * day) or one institution. Its key travels in URLs: {@code R350400}, {@code AYGT-350421},
 * {@code IH35040000001}, empty for the platform.
 *
 * @param regionCode the region the area lies in, for the data scope (empty for the
 * platform)
 */
public record Area(Kind kind, String code, String name, String regionCode) {

	public enum Kind {

		PLATFORM(""), REGION("R"), ALLIANCE("A"), INSTITUTION("I");

		private final String letter;

		Kind(String letter) {
			this.letter = letter;
		}

		String letter() {
			return letter;
		}

	}

	public String key() {
		return kind.letter() + code;
	}

}
