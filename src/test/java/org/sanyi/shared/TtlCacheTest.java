package org.sanyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TtlCacheTest {

	final AtomicLong clock = new AtomicLong(1_000);

	final AtomicInteger loads = new AtomicInteger();

	final TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(60), 3, clock::get);

	String load(String key) {
		return key + "#" + loads.incrementAndGet();
	}

	@Test
	void aValueIsLoadedOnceWithinItsTimeToLiveAndAgainAfter() {
		assertThat(cache.get("H1", this::load)).isEqualTo("H1#1");
		clock.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(cache.get("H1", this::load)).isEqualTo("H1#1");
		clock.addAndGet(1);
		assertThat(cache.get("H1", this::load)).isEqualTo("H1#2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void aForgottenKeyOrAClearedCacheLoadsAgain() {
		cache.get("H1", this::load);
		cache.get("H2", this::load);
		cache.forget("H1");
		assertThat(cache.get("H1", this::load)).isEqualTo("H1#3");
		assertThat(cache.get("H2", this::load)).isEqualTo("H2#2");
		cache.clear();
		assertThat(cache.get("H2", this::load)).isEqualTo("H2#4");
	}

	@Test
	void pastItsBoundItStartsOverAndNullIsNoValue() {
		cache.get("A", this::load);
		cache.get("B", this::load);
		cache.get("C", this::load);
		assertThat(cache.size()).isEqualTo(3);
		// a known key refreshes without starting over
		cache.get("C", this::load);
		assertThat(cache.size()).isEqualTo(3);
		cache.get("D", this::load);
		assertThat(cache.size()).isEqualTo(1);
		assertThatThrownBy(() -> cache.get("E", k -> null)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TtlCache<String, String>(Duration.ZERO, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
