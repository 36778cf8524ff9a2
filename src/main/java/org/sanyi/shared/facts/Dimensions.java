package org.sanyi.shared.facts;

/**
 * Names of the disaggregation dimensions facts carry, shared so that indicators can slice
 * facts of different modules the same way. Values are national codes where one exists.
 */
public final class Dimensions {

	/** 险种: {@code 310} employee, {@code 390} resident basic medical insurance. */
	public static final String INSUTYPE = "insutype";

	/**
	 * 医疗类别 (med_type): {@code 11} general outpatient, {@code 14} chronic/special
	 * outpatient, {@code 21} inpatient…
	 */
	public static final String MED_TYPE = "med_type";

	/**
	 * 清算类别 (clr_type): {@code 11} outpatient, {@code 21} inpatient, {@code 41} a retail
	 * pharmacy's sale — the visit kind behind many med_types.
	 */
	public static final String CLR_TYPE = "clr_type";

	/** 收费项目类别 (med_chrgitm_type): the national charge category, e.g. {@code 09} 西药费. */
	public static final String FEE_CATEGORY = "fee_category";

	/**
	 * Age band of the person at the service day: {@code 0-6}, {@code 7-17},
	 * {@code 18-44}, {@code 45-64}, {@code 65+}.
	 */
	public static final String AGE_BAND = "age_band";

	/** {@code 1} male, {@code 2} female (GB/T 2261.1). */
	public static final String SEX = "sex";

	/**
	 * The insured person's (or resident's) county: 6-digit administrative division code.
	 */
	public static final String PERSON_COUNTY = "person_county";

	/** Whether the institution is in the person's own county ({@code Y}/{@code N}). */
	public static final String IN_COUNTY = "in_county";

	/**
	 * Whether the institution is in the person's own pooling region (city)
	 * ({@code Y}/{@code N}): 异地就医 when N.
	 */
	public static final String IN_REGION = "in_region";

	/**
	 * The ICD-10 chapter of the main diagnosis: {@code 01}…{@code 22}, {@code 00} without
	 * an ICD-10 diagnosis ({@code terminology.Icd10Chapters}). The chapter, not the code:
	 * 22 values keep the slices bounded.
	 */
	public static final String ICD_CHAPTER = "icd_chapter";

	/** A DRG code, or an MDC letter. */
	public static final String DRG = "drg";

	/** A drug, consumable or service item code of the national catalogue. */
	public static final String ITEM = "item";

	/** A department category code (科室). */
	public static final String DEPARTMENT = "dept";

	/** An enterprise's platform code ({@code E…}) in 阳光采购: who supplied. */
	public static final String SUPPLIER = "supplier";

	/** A reason code (e.g. the reason a recognisable result was declined). */
	public static final String REASON = "reason";

	/** A bacterium of a susceptibility result (WHONET-style code, e.g. {@code eco}). */
	public static final String ORGANISM = "organism";

	/**
	 * The antimicrobial a susceptibility result tested (WHONET-style code, e.g.
	 * {@code CRO}).
	 */
	public static final String ANTIBIOTIC = "antibiotic";

	private Dimensions() {
	}

}
