package org.sanyi.terminology;

/**
 * What a code system holds. Classifications and dictionaries hold concepts
 * ({@code code,name[,parent]}); the three catalogue kinds hold {@link CatalogueItem}s
 * with prices and insurance class.
 */
public enum SystemKind {

	/** A hierarchical disease or procedure classification: ICD-10 医保版, ICD-9-CM-3. */
	CLASSIFICATION,
	/**
	 * A small code table of a national standard or the insurance interface: sex,
	 * med_type, insutype...
	 */
	DICTIONARY,
	/**
	 * The drug catalogue (西药, 中成药), codes starting with X or Z (T for decoction pieces).
	 */
	DRUG,
	/** The medical-consumable catalogue, codes starting with C. */
	CONSUMABLE,
	/** The medical-service item catalogue (医疗服务项目), numeric project codes. */
	SERVICE;

	public boolean isCatalogue() {
		return this == DRUG || this == CONSUMABLE || this == SERVICE;
	}

}
