package org.sanyi.identity.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchIndexTest {

	static final DemographicRecord ZHANG = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12),
			"35990219850312001X", "13812345678", "溪城区松坑路12号");

	static final DemographicRecord CHEN = DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1990, 7, 8),
			"359902199007080017", "13900001111", "溪城区龙口路3号");

	@Test
	void everyBlockingKeyFindsItsRecord() {
		var index = new MatchIndex(10);
		index.add(0, ZHANG);
		index.add(1, CHEN);
		// only the ID number
		assertThat(index.candidates(DemographicRecord.of("", Sex.UNKNOWN, null, "35990219850312001X", null, null), 100))
			.containsExactly(0);
		// only the birth date
		assertThat(index.candidates(DemographicRecord.of("李娜", Sex.FEMALE, LocalDate.of(1990, 7, 8), null, null, null),
				100))
			.containsExactly(1);
		// homophone name, same year, wrong month and day
		assertThat(index.candidates(DemographicRecord.of("章伟", Sex.MALE, LocalDate.of(1985, 9, 30), null, null, null),
				100))
			.containsExactly(0);
		// same name, wrong year
		assertThat(index.candidates(DemographicRecord.of("陈晓明", Sex.MALE, LocalDate.of(1991, 7, 8), null, null, null),
				100))
			.containsExactly(1);
		// 陈→程 and a given-name typo, day and month swapped
		assertThat(index.candidates(DemographicRecord.of("程小鸣", Sex.MALE, LocalDate.of(1990, 8, 7), null, null, null),
				100))
			.containsExactly(1);
		// only the phone's last eight digits
		assertThat(index.candidates(DemographicRecord.of("", Sex.UNKNOWN, null, null, "15912345678", null), 100))
			.containsExactly(0);
		assertThat(index.candidates(DemographicRecord.of("王芳", Sex.FEMALE, LocalDate.of(2001, 1, 1), null, null, null),
				100))
			.isEmpty();
	}

	@Test
	void candidatesAreDistinctAndBlocksAboveTheLimitAreSkipped() {
		var index = new MatchIndex(10);
		for (int i = 0; i < 50; i++) {
			index.add(i, DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), null, "0598" + (1000000 + i),
					null));
		}
		assertThat(index.candidates(ZHANG, 100)).hasSize(50).doesNotHaveDuplicates().isSorted();
		assertThat(index.candidates(ZHANG, 10)).isEmpty();
	}

	@Test
	void growsFarBeyondItsExpectedSize() {
		var index = new MatchIndex(1);
		for (int i = 0; i < 5000; i++) {
			index.add(i, DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1900, 1, 1).plusDays(i), null, null, null));
		}
		assertThat(index.candidates(
				DemographicRecord.of("李娜", Sex.FEMALE, LocalDate.of(1900, 1, 1).plusDays(4321), null, null, null), 100))
			.containsExactly(4321);
		MatchIndex.Stats stats = index.stats();
		assertThat(stats.records()).isEqualTo(5000);
		assertThat(stats.postings()).isEqualTo(5000L * 4);
		assertThat(stats.largestBlock()).isEqualTo(366); // 张伟 born in the leap year 1904
		assertThat(stats.bytes()).isPositive();
	}

	@Test
	void blockingKeysAreTaggedByKind() {
		long[] keys = BlockingKeys.of(ZHANG);
		assertThat(keys).hasSize(6);
		assertThat(java.util.Arrays.stream(keys).mapToObj(BlockingKeys::kindOf))
			.containsExactly(BlockingKeys.Kind.values());
		assertThat(keys[0] & BlockingKeys.VALUE_MASK).isEqualTo(35990219850312001L);
	}

}
