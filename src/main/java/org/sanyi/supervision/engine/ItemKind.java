package org.sanyi.supervision.engine;

/** What a fee line charges for: the national {@code med_chrgitm_type} codes 01–14. */
public enum ItemKind {

	BED("01"), CONSULTATION("02"), EXAM("03"), LAB("04"), TREATMENT("05"), SURGERY("06"), NURSING("07"), MATERIAL("08"),
	WESTERN_DRUG("09"), HERBAL("10"), PATENT_DRUG("11"), GENERAL_CONSULTATION("12"), REGISTRATION("13"), OTHER("14");

	private static final ItemKind[] VALUES = values();

	private final String code;

	ItemKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** A drug of any kind (西药, 中药饮片, 中成药). */
	public boolean drug() {
		return this == WESTERN_DRUG || this == HERBAL || this == PATENT_DRUG;
	}

	/**
	 * Care that a patient who is not there could still be billed for: a bed, nursing, a
	 * ward round. Days of only these are what 挂床住院 looks for.
	 */
	public boolean presenceOnly() {
		return this == BED || this == NURSING || this == CONSULTATION || this == GENERAL_CONSULTATION;
	}

	/** The kind of a {@code med_chrgitm_type} code; {@link #OTHER} for an unknown one. */
	public static ItemKind ofCode(String code) {
		for (ItemKind kind : VALUES) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		return OTHER;
	}

}
