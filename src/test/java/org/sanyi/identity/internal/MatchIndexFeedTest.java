package org.sanyi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.matching.BlockingKeys;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.Sex;
import org.sanyi.shared.IdNumber;

class MatchIndexFeedTest {

	static final DemographicRecord RECORD = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1980, 5, 17),
			"35992119800517113" + IdNumber.checkCharacter("35992119800517113"), "13859001234", "青溪市云岫县城关镇溪南路1号");

	@Test
	void aRegistrationLocksEveryBlockingKeyAndItsPatientNumberInAscendingOrder() {
		long[] keys = MatchIndexFeed.lockKeys(RECORD, "H35992100001", "P-1");

		assertThat(keys).contains(BlockingKeys.of(RECORD));
		assertThat(keys).hasSize(BlockingKeys.of(RECORD).length + 1);
		assertThat(keys).isSorted();
	}

	@Test
	void theLocksOfTwoInstitutionsDifferOnlyInThePatientNumberKey() {
		long[] county = MatchIndexFeed.lockKeys(RECORD, "H35992100001", "P-1");
		long[] city = MatchIndexFeed.lockKeys(RECORD, "H35990000001", "P-1");

		assertThat(county).isNotEqualTo(city);
		assertThat(county).containsAnyOf(city);
	}

	@Test
	void noLockKeyIsTheGate() {
		long[] keys = MatchIndexFeed.lockKeys(RECORD, "H35992100001", "P-1");

		assertThat(keys).doesNotContain(MatchIndexFeed.GATE);
		assertThat(java.util.Arrays.stream(keys).min().orElseThrow()).isPositive();
	}

}
