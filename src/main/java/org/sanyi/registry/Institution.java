package org.sanyi.registry;

/**
 * A medical institution or designated retail pharmacy (定点医药机构).
 *
 * @param code the 12-character national code, see {@link InstitutionCode}
 * @param name the registered name
 * @param kind what sort of institution it is
 * @param grade its level and grade (三级甲等 ... 未定级)
 * @param regionCode the region it is registered in (any level: a city hospital is
 * registered at the city)
 * @param address the street address
 * @param beds approved beds (编制床位)
 * @param ownership public or private
 * @param status whether it is operating
 * @param pinyin pinyin initials of the name, for search
 */
public record Institution(String code, String name, Kind kind, Grade grade, String regionCode, String address, int beds,
		Ownership ownership, Status status, String pinyin) {

	/** The kinds of institution the platform distinguishes (卫生机构类别, simplified). */
	public enum Kind {

		GENERAL_HOSPITAL("综合医院"), TCM_HOSPITAL("中医医院"), MATERNAL_CHILD("妇幼保健院"), TOWNSHIP_HEALTH_CENTRE("乡镇卫生院"),
		COMMUNITY_HEALTH_CENTRE("社区卫生服务中心"), VILLAGE_CLINIC("村卫生室"), PHARMACY("定点零售药店");

		private final String zh;

		Kind(String zh) {
			this.zh = zh;
		}

		/** The Chinese term, as CSV files and national statistics write it. */
		public String zh() {
			return zh;
		}

		/**
		 * The first character of this kind's institution codes: {@code P} for pharmacies,
		 * {@code H} otherwise.
		 */
		public char codeLetter() {
			return this == PHARMACY ? 'P' : 'H';
		}

		public boolean isHospital() {
			return this == GENERAL_HOSPITAL || this == TCM_HOSPITAL || this == MATERNAL_CHILD;
		}

	}

	/**
	 * Hospital level (一级 to 三级) and grade within it (甲 乙 丙), as the hospital
	 * accreditation assigns them.
	 */
	public enum Grade {

		L3A(3, "三级甲等"), L3B(3, "三级乙等"), L3C(3, "三级丙等"), L2A(2, "二级甲等"), L2B(2, "二级乙等"), L2C(2, "二级丙等"), L1A(1, "一级甲等"),
		L1B(1, "一级乙等"), L1C(1, "一级丙等"), UNGRADED(0, "未定级");

		private final int level;

		private final String zh;

		Grade(int level, String zh) {
			this.level = level;
			this.zh = zh;
		}

		/** 3, 2 or 1; 0 when not graded. */
		public int level() {
			return level;
		}

		public String zh() {
			return zh;
		}

	}

	public enum Ownership {

		PUBLIC("公立"), PRIVATE("民营");

		private final String zh;

		Ownership(String zh) {
			this.zh = zh;
		}

		public String zh() {
			return zh;
		}

	}

	public enum Status {

		ACTIVE("正常"), SUSPENDED("暂停"), CLOSED("注销");

		private final String zh;

		Status(String zh) {
			this.zh = zh;
		}

		public String zh() {
			return zh;
		}

	}

}
