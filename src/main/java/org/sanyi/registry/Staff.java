package org.sanyi.registry;

/**
 * A health professional working at an institution. Practitioners' names are public (they
 * are on the duty board), but a staff record is personal data: its detail view is audited
 * and lists show the certificate number masked.
 *
 * @param id the database id
 * @param institutionCode where they work
 * @param departmentCode their department, {@code null} where the institution has none
 * (e.g. a pharmacy)
 * @param name the full name
 * @param sex {@code 1} male, {@code 2} female (GB/T 2261.1)
 * @param kind doctor, nurse, pharmacist or technician
 * @param title the professional title, which belongs to the kind
 * @param certificateNo the practising certificate number (执业证书编码), {@code null} for
 * technicians
 */
public record Staff(long id, String institutionCode, String departmentCode, String name, String sex, Kind kind,
		Title title, String certificateNo) {

	/**
	 * The certificate number as lists show it: the first four and last three characters,
	 * the rest hidden ({@code 1135********716}), so a number can be recognised but not
	 * copied.
	 */
	public String maskedCertificate() {
		if (certificateNo == null || certificateNo.isBlank()) {
			return "";
		}
		int n = certificateNo.length();
		return n <= 7 ? "*".repeat(n)
				: certificateNo.substring(0, 4) + "*".repeat(n - 7) + certificateNo.substring(n - 3);
	}

	public enum Kind {

		DOCTOR, NURSE, PHARMACIST, TECHNICIAN

	}

	/**
	 * Professional titles (卫生专业技术职称) per kind, with their rank: 4 正高, 3 副高, 2 中级, 1
	 * 初级（师）, 0 初级（士）. A village doctor (乡村医生) holds a practising licence but no title
	 * rank.
	 */
	public enum Title {

		CHIEF_PHYSICIAN(Kind.DOCTOR, 4, "主任医师"), ASSOCIATE_CHIEF_PHYSICIAN(Kind.DOCTOR, 3, "副主任医师"),
		ATTENDING_PHYSICIAN(Kind.DOCTOR, 2, "主治医师"), RESIDENT_PHYSICIAN(Kind.DOCTOR, 1, "住院医师"),
		VILLAGE_DOCTOR(Kind.DOCTOR, 0, "乡村医生"), CHIEF_NURSE(Kind.NURSE, 4, "主任护师"),
		ASSOCIATE_CHIEF_NURSE(Kind.NURSE, 3, "副主任护师"), SUPERVISOR_NURSE(Kind.NURSE, 2, "主管护师"),
		NURSE_PRACTITIONER(Kind.NURSE, 1, "护师"), NURSE(Kind.NURSE, 0, "护士"),
		CHIEF_PHARMACIST(Kind.PHARMACIST, 4, "主任药师"), ASSOCIATE_CHIEF_PHARMACIST(Kind.PHARMACIST, 3, "副主任药师"),
		SUPERVISOR_PHARMACIST(Kind.PHARMACIST, 2, "主管药师"), PHARMACIST(Kind.PHARMACIST, 1, "药师"),
		ASSISTANT_PHARMACIST(Kind.PHARMACIST, 0, "药士"), CHIEF_TECHNICIAN(Kind.TECHNICIAN, 4, "主任技师"),
		ASSOCIATE_CHIEF_TECHNICIAN(Kind.TECHNICIAN, 3, "副主任技师"), SUPERVISOR_TECHNICIAN(Kind.TECHNICIAN, 2, "主管技师"),
		TECHNICIAN(Kind.TECHNICIAN, 1, "技师"), ASSISTANT_TECHNICIAN(Kind.TECHNICIAN, 0, "技士");

		private final Kind kind;

		private final int rank;

		private final String zh;

		Title(Kind kind, int rank, String zh) {
			this.kind = kind;
			this.rank = rank;
			this.zh = zh;
		}

		public Kind kind() {
			return kind;
		}

		public int rank() {
			return rank;
		}

		public String zh() {
			return zh;
		}

	}

}
