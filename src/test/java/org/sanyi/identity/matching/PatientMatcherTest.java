package org.sanyi.identity.matching;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientMatcherTest {

	static final String ADDRESS_ZHANG = "福建省青溪市溪城区龙口街道松坑路12号3栋2单元501室";

	static final String ADDRESS_CHEN = "福建省青溪市梅岭区桐坪街道上口路8号5栋3单元1205室";

	/** The index: 张伟, 陈晓明, 王芳 with ID numbers, and a 张伟 born seven years later. */
	static final List<DemographicRecord> RESIDENTS = List.of(
			DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), "35990219850312001X", "13812345678",
					ADDRESS_ZHANG),
			DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1990, 7, 8), "359902199007080017", "13900001111",
					ADDRESS_CHEN),
			DemographicRecord.of("王芳", Sex.FEMALE, LocalDate.of(1978, 11, 2), "359902197811020024", "13700002222",
					"福建省青溪市云岫县岚口镇松坑村3组12号"),
			DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1992, 5, 20), "359902199205200059", "13600003333",
					"福建省青溪市永溪市湖谷街道源厝路167号"));

	final PatientMatcher matcher = matcher(MatchParameters.defaults(), RESIDENTS);

	@Test
	void sameValidIdNumberLinksDeterministicallyWhateverElseChanged() {
		var incoming = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), "35990219850312001X",
				"18900009999", "溪城区另一条路1号");
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.LINK);
		assertThat(result.rule()).isEqualTo(MatchRule.DETERMINISTIC_ID);
		assertThat(result.linkedId()).isZero();
		assertThat(result.candidates().getFirst().candidateId()).isZero();
	}

	@Test
	void homophoneSurnameStillLinksWhenTheOtherFieldsAgree() {
		var incoming = DemographicRecord.of("程晓明", Sex.MALE, LocalDate.of(1990, 7, 8), null, "13900001111",
				ADDRESS_CHEN);
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.LINK);
		assertThat(result.rule()).isEqualTo(MatchRule.PROBABILISTIC);
		assertThat(result.linkedId()).isEqualTo(1);
		assertThat(result.best().level(Field.NAME)).isEqualTo(Agreement.SIMILAR);

		var zhang = DemographicRecord.of("章伟", Sex.MALE, LocalDate.of(1985, 3, 12), null, "13812345678", null);
		assertThat(matcher.match(zhang).linkedId()).isZero();
	}

	@Test
	void missingIdNumberFallsToTheProbabilisticRule() {
		var incoming = DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1990, 7, 8), null, "13900001111", "梅岭区上口路8号");
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.LINK);
		assertThat(result.rule()).isEqualTo(MatchRule.PROBABILISTIC);
		assertThat(result.best().level(Field.ID_NUMBER)).isEqualTo(Agreement.MISSING);
		assertThat(result.best().level(Field.ADDRESS)).isEqualTo(Agreement.SIMILAR);
		assertThat(result.bestWeight()).isGreaterThanOrEqualTo(MatchParameters.defaults().linkThreshold());
	}

	@Test
	void namesakeWithAnotherBirthDateAndIdNumberIsANewPerson() {
		var incoming = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1988, 9, 30), "359902198809300013",
				"13500004444", "福建省青溪市竹源县竹源镇竹溪村1组1号");
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.NEW);
		assertThat(result.linkedId()).isEqualTo(-1);
	}

	@Test
	void namesakeBornTheSameDayIsNeverLinked() {
		// same name, sex and birth date as resident 0, everything else different
		var withId = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), "359902198503120052",
				"13500004444", "福建省青溪市竹源县竹源镇竹溪村1组1号");
		MatchResult result = matcher.match(withId);
		assertThat(result.decision()).isEqualTo(MatchDecision.NEW);
		assertThat(result.best().level(Field.ID_NUMBER)).isEqualTo(Agreement.DISAGREE);

		var withoutId = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), null, "13500004444",
				"福建省青溪市竹源县竹源镇竹溪村1组1号");
		MatchResult review = matcher.match(withoutId);
		assertThat(review.decision()).isEqualTo(MatchDecision.REVIEW);
		assertThat(review.candidates()).extracting(Comparison::candidateId).containsExactly(0);
	}

	@Test
	void weightBetweenTheThresholdsGoesToReview() {
		// 陈→程, day and month swapped, no ID, no phone: name similar + birth date similar
		// + sex + address
		var incoming = DemographicRecord.of("程晓明", Sex.MALE, LocalDate.of(1990, 8, 7), null, null, ADDRESS_CHEN);
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
		assertThat(result.rule()).isEqualTo(MatchRule.PROBABILISTIC);
		assertThat(result.candidates()).extracting(Comparison::candidateId).containsExactly(1);
		assertThat(result.bestWeight()).isBetween(MatchParameters.defaults().reviewThreshold(),
				MatchParameters.defaults().linkThreshold());
	}

	@Test
	void thresholdsAreData() {
		var incoming = DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1990, 7, 8), null, "13900001111", null);
		assertThat(matcher.match(incoming).decision()).isEqualTo(MatchDecision.LINK);
		var strict = matcher(MatchParameters.defaults().withThresholds(40, 20), RESIDENTS);
		assertThat(strict.match(incoming).decision()).isEqualTo(MatchDecision.REVIEW);
	}

	@Test
	void sameIdNumberWithAnotherNameIsAConflictForReview() {
		// a child registered under a parent's number
		var incoming = DemographicRecord.of("李娜", Sex.FEMALE, LocalDate.of(2015, 6, 1), "35990219850312001X", null,
				null);
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
		assertThat(result.rule()).isEqualTo(MatchRule.ID_CONFLICT);
		assertThat(result.candidates().getFirst().candidateId()).isZero();
	}

	@Test
	void twoCandidatesAtTheLinkThresholdAreAmbiguous() {
		var twin = DemographicRecord.of("林静", Sex.FEMALE, LocalDate.of(2000, 1, 1), null, "13100005555", ADDRESS_ZHANG);
		var m = matcher(MatchParameters.defaults(), List.of(twin, twin));
		MatchResult result = m.match(twin);
		assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
		assertThat(result.rule()).isEqualTo(MatchRule.AMBIGUOUS);
		assertThat(result.candidates()).extracting(Comparison::candidateId).containsExactly(0, 1);
	}

	@Test
	void nameBirthDateAndSexAloneAreReviewedHoweverRareTheName() {
		var incoming = DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1990, 7, 8), null, null, null);
		MatchResult result = matcher.match(incoming);
		assertThat(result.bestWeight()).isGreaterThanOrEqualTo(MatchParameters.defaults().linkThreshold());
		assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
		assertThat(result.rule()).isEqualTo(MatchRule.UNCORROBORATED);
		assertThat(result.candidates()).extracting(Comparison::candidateId).containsExactly(1);
	}

	@Test
	void nobodySharingABlockingKeyMeansNew() {
		var incoming = DemographicRecord.of("欧阳娜娜", Sex.FEMALE, LocalDate.of(2001, 2, 3), null, null, null);
		MatchResult result = matcher.match(incoming);
		assertThat(result.decision()).isEqualTo(MatchDecision.NEW);
		assertThat(result.rule()).isEqualTo(MatchRule.NO_CANDIDATE);
		assertThat(result.compared()).isZero();
		assertThat(result.best()).isNull();
	}

	@Test
	void commonNamesWeighLessWithFrequencies() {
		var frequencies = NameFrequencies.of(List.of("张伟", "张伟", "张伟", "欧阳娜娜"), 2);
		var scorer = new FellegiSunterScorer(MatchParameters.defaults(), frequencies);
		var a = DemographicRecord.of("张伟", Sex.MALE, null, null, null, null);
		var rare = DemographicRecord.of("陈晓明", Sex.MALE, null, null, null, null);
		assertThat(scorer.compare(0, a, a).weight(Field.NAME)).isCloseTo(FieldProbabilities.log2(0.92 / 0.75),
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(scorer.compare(0, rare, rare).weight(Field.NAME)).isEqualTo(12.0);
	}

	static PatientMatcher matcher(MatchParameters parameters, List<DemographicRecord> residents) {
		var index = new MatchIndex(residents.size());
		for (int i = 0; i < residents.size(); i++) {
			index.add(i, residents.get(i));
		}
		return new PatientMatcher(index, residents::get, new FellegiSunterScorer(parameters));
	}

}
