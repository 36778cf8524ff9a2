package org.sanyi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeCursorTest {

	@Test
	void numbersSkippedByACommitAreAskedForAgainUntilTheyAppear() {
		var cursor = new ChangeCursor(10);

		cursor.advance(new long[] { 11, 14 }, 0);

		assertThat(cursor.seen()).isEqualTo(14);
		assertThat(cursor.missing(0)).containsExactly(12, 13);

		cursor.advance(new long[] { 13, 15 }, 1);

		assertThat(cursor.seen()).isEqualTo(15);
		assertThat(cursor.missing(1)).containsExactly(12);
	}

	@Test
	void numbersAtOrBelowTheSettledOneAreNeverMissing() {
		var cursor = new ChangeCursor(100);

		cursor.advance(new long[] { 0, 0, 57, 100 }, 0);

		assertThat(cursor.seen()).isEqualTo(100);
		assertThat(cursor.missing(0)).isEmpty();
	}

	@Test
	void aMissingNumberIsAbandonedAfterNoTransactionCouldStillHoldIt() {
		var cursor = new ChangeCursor(0);
		cursor.advance(new long[] { 2 }, 0);

		assertThat(cursor.missing(ChangeCursor.ABANDON_AFTER_NANOS)).containsExactly(1);
		assertThat(cursor.missing(ChangeCursor.ABANDON_AFTER_NANOS + 1)).isEmpty();
	}

	@Test
	void aHugeJumpRemembersOnlyTheNewestNumbersAsMissing() {
		var cursor = new ChangeCursor(0);

		cursor.advance(new long[] { 1_000_000 }, 0);

		long[] missing = cursor.missing(0);
		assertThat(missing).hasSize(ChangeCursor.MAX_MISSING);
		assertThat(missing[0]).isEqualTo(1_000_000 - ChangeCursor.MAX_MISSING);
		assertThat(missing[missing.length - 1]).isEqualTo(999_999);
	}

}
