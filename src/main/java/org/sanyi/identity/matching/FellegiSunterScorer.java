package org.sanyi.identity.matching;

import org.sanyi.identity.matching.FieldComparisons.Prepared;

/**
 * Scores a pair of records: compares each {@link Field}, looks up the level's weight
 * {@code log2(m/u)} and sums. The weight of an exact name agreement comes from the name's
 * frequency when a {@link NameFrequencies} table is given, capped at
 * {@link MatchParameters#nameExactCap()}. Stateless after construction and safe to share
 * between threads.
 */
public final class FellegiSunterScorer {

	private final MatchParameters parameters;

	private final NameFrequencies nameFrequencies;

	/** weights[field][level], precomputed. */
	private final double[][] weights = new double[Field.values().length][Agreement.values().length];

	public FellegiSunterScorer(MatchParameters parameters, NameFrequencies nameFrequencies) {
		this.parameters = parameters;
		this.nameFrequencies = nameFrequencies;
		for (Field field : Field.values()) {
			for (Agreement level : Agreement.values()) {
				weights[field.ordinal()][level.ordinal()] = parameters.of(field).weight(level);
			}
		}
		double nameExact = weights[Field.NAME.ordinal()][Agreement.EXACT.ordinal()];
		weights[Field.NAME.ordinal()][Agreement.EXACT.ordinal()] = Math.min(nameExact, parameters.nameExactCap());
	}

	public FellegiSunterScorer(MatchParameters parameters) {
		this(parameters, null);
	}

	public MatchParameters parameters() {
		return parameters;
	}

	public Comparison compare(int candidateId, DemographicRecord incoming, DemographicRecord candidate) {
		return compare(candidateId, Prepared.of(incoming), Prepared.of(candidate));
	}

	Comparison compare(int candidateId, Prepared a, Prepared b) {
		Agreement[] levels = new Agreement[Field.values().length];
		levels[Field.ID_NUMBER.ordinal()] = FieldComparisons.idNumber(a, b);
		levels[Field.NAME.ordinal()] = FieldComparisons.name(a, b, parameters.nameJaroWinkler());
		levels[Field.BIRTH_DATE.ordinal()] = FieldComparisons.birthDate(a, b);
		levels[Field.SEX.ordinal()] = FieldComparisons.sex(a, b);
		levels[Field.PHONE.ordinal()] = FieldComparisons.phone(a, b);
		levels[Field.ADDRESS.ordinal()] = FieldComparisons.address(a, b, parameters.addressOverlap());
		double[] w = new double[levels.length];
		for (int f = 0; f < levels.length; f++) {
			w[f] = weights[f][levels[f].ordinal()];
		}
		if (levels[Field.NAME.ordinal()] == Agreement.EXACT && nameFrequencies != null) {
			double frequency = nameFrequencies.frequency(a.record().name());
			if (frequency > 0) {
				double byFrequency = FieldProbabilities.log2(parameters.of(Field.NAME).mExact() / frequency);
				w[Field.NAME.ordinal()] = Math.min(byFrequency, parameters.nameExactCap());
			}
		}
		return new Comparison(candidateId, levels, w);
	}

}
