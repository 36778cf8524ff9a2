package org.sanyi.identity.matching;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything the scorer and the decision need, as data: the {@code m}/{@code u}
 * probabilities per field, the two thresholds (in bits of total weight), the similarity
 * cut-offs and the blocking limit.
 *
 * @param fields m/u per field; every {@link Field} must be present
 * @param linkThreshold total weight at or above which a record is linked automatically
 * @param reviewThreshold total weight at or above which (and below the link threshold) a
 * pair goes to clerical review
 * @param nameJaroWinkler Jaro–Winkler on folded pinyin at or above which two names are
 * similar
 * @param addressOverlap token overlap coefficient at or above which two addresses are
 * similar
 * @param nameExactCap upper bound, in bits, of the weight of an exact name agreement
 * (rare names must not carry a link alone)
 * @param ambiguityMargin when a second, different candidate also reaches the link
 * threshold, the best one is linked only if it leads by at least this many bits (2^8 =
 * 256 times likelier); otherwise the pair goes to review
 * @param maxBlockSize blocks larger than this are skipped when looking for candidates (a
 * value so common it selects nothing, such as a clinic's phone typed in for its patients)
 */
public record MatchParameters(Map<Field, FieldProbabilities> fields, double linkThreshold, double reviewThreshold,
		double nameJaroWinkler, double addressOverlap, double nameExactCap, double ambiguityMargin, int maxBlockSize) {

	public MatchParameters {
		fields = Map.copyOf(fields);
		for (Field field : Field.values()) {
			if (!fields.containsKey(field)) {
				throw new IllegalArgumentException("no m/u probabilities for " + field);
			}
		}
		if (reviewThreshold > linkThreshold) {
			throw new IllegalArgumentException("review threshold above link threshold");
		}
	}

	/**
	 * Starting values, to be re-estimated (EM) on the region's own data once it exists.
	 * The reasoning per field:
	 * <ul>
	 * <li>ID number: true pairs that both carry a number agree in 97 %, differ by one
	 * typo in 2.8 % and carry two different valid numbers in 0.2 % (a corrected birth
	 * date gets a new number); by chance two people share a number with probability ~1/N
	 * (10⁻⁷ for a region of millions). Exact +23 bits, one typo +15, different valid
	 * numbers −9.
	 * <li>Name: 92 % exact, 6 % homophone or look-alike typo, 2 % unrelated (nickname,
	 * married name in a few minorities); by chance: exact 2·10⁻⁴ (the repeat rate of full
	 * names in public-security statistics, refined per name by {@link NameFrequencies}),
	 * similar 2·10⁻³ (homophones are common). Exact +12, similar +5, disagree −5.6.
	 * <li>Birth date: 95 % / 3.5 % (swapped day and month, one digit) / 1.5 %; by chance
	 * 1/32,000 (about 88 birth years) and 4·10⁻⁴ for the similar forms. Exact +15,
	 * similar +6.5, disagree −6.
	 * <li>Sex: 98.5 % agree; by chance one half. +1, −5.
	 * <li>Phone: people change numbers (75 % exact, 3 % last-eight, 22 % different), and
	 * households share one, so {@code u} is 1 %, not 1/N: exact +6.2, similar +4.9,
	 * disagree −2.2.
	 * <li>Address: written many ways (45 % exact, 35 % similar, 20 % different);
	 * households and buildings share them (u 2 % exact, 5 % similar): exact +4.5, similar
	 * +2.8, disagree −2.2.
	 * </ul>
	 * Link at 25 bits and review from 15. Two people with the same name and birth date
	 * but different phones and addresses score 23.5 and go to review, with two different
	 * valid ID numbers 14.5 and become new; name, birth date and sex alone can reach 27.9
	 * for a rare name, which is why {@link PatientMatcher} also asks that the ID number,
	 * the phone or the address agree before it links. The benchmark's threshold sweep
	 * shows the cliff: at 22.5 bits namesakes start to link.
	 */
	public static MatchParameters defaults() {
		Map<Field, FieldProbabilities> fields = new EnumMap<>(Field.class);
		fields.put(Field.ID_NUMBER, new FieldProbabilities(0.97, 0.028, 0.002, 1e-7, 1e-6, 0.999998));
		fields.put(Field.NAME, new FieldProbabilities(0.92, 0.06, 0.02, 2e-4, 2e-3, 0.9978));
		fields.put(Field.BIRTH_DATE, new FieldProbabilities(0.95, 0.035, 0.015, 1.0 / 32000, 4e-4, 0.99956));
		fields.put(Field.SEX, new FieldProbabilities(0.985, 1e-6, 0.015, 0.5, 1e-6, 0.5));
		fields.put(Field.PHONE, new FieldProbabilities(0.75, 0.03, 0.22, 0.01, 1e-3, 0.989));
		fields.put(Field.ADDRESS, new FieldProbabilities(0.45, 0.35, 0.20, 0.02, 0.05, 0.93));
		return new MatchParameters(fields, 25.0, 15.0, 0.95, 0.8, 12.0, 8.0, 2000);
	}

	public MatchParameters withThresholds(double link, double review) {
		return new MatchParameters(fields, link, review, nameJaroWinkler, addressOverlap, nameExactCap, ambiguityMargin,
				maxBlockSize);
	}

	public FieldProbabilities of(Field field) {
		return fields.get(field);
	}

}
