package org.sanyi.clinical.referral.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What referrals report to monitoring, in the transaction of the move they count: 上转 and
 * 下转 at the sending institution (sliced within / outside the alliance), acceptances with
 * the minutes from request to acceptance and rejections at the receiving one, and
 * completed referrals (for an up-referral: the result went back, the loop is closed). The
 * rates (上转率, time to accept) are ratios of these sums.
 */
@Component
public class ReferralFacts {

	public static final String SOURCE = "clinical.referral";

	public static final String UP = "clinical.referral.up";

	public static final String DOWN = "clinical.referral.down";

	public static final String ACCEPTED = "clinical.referral.accepted";

	public static final String ACCEPT_MINUTES = "clinical.referral.accept_minutes";

	public static final String REJECTED = "clinical.referral.rejected";

	public static final String COMPLETED = "clinical.referral.completed";

	/** {@code Y} when sender and receiver share an alliance. */
	public static final String IN_ALLIANCE = "in_alliance";

	/** {@code up} or {@code down}. */
	public static final String DIRECTION = "direction";

	public static final List<DataElement> ELEMENTS = List.of(DataElement.of(UP, "ref.fact.up", Unit.COUNT, IN_ALLIANCE),
			DataElement.of(DOWN, "ref.fact.down", Unit.COUNT, IN_ALLIANCE),
			DataElement.of(ACCEPTED, "ref.fact.accepted", Unit.COUNT, DIRECTION),
			DataElement.of(ACCEPT_MINUTES, "ref.fact.acceptMinutes", Unit.MINUTE, DIRECTION),
			DataElement.of(REJECTED, "ref.fact.rejected", Unit.COUNT, DIRECTION),
			DataElement.of(COMPLETED, "ref.fact.completed", Unit.COUNT, DIRECTION));

	private final ApplicationEventPublisher events;

	ReferralFacts(ApplicationEventPublisher events) {
		this.events = events;
	}

	void requested(long id, Direction direction, String sender, boolean inAlliance, Instant at) {
		publish("ref:requested:" + id, new Fact(direction == Direction.UP ? UP : DOWN, sender, day(at),
				Map.of(IN_ALLIANCE, inAlliance ? "Y" : "N"), BigDecimal.ONE));
	}

	void accepted(long id, Direction direction, String receiver, Instant requested, Instant at) {
		Map<String, String> dims = Map.of(DIRECTION, dir(direction));
		long minutes = Math.max(0, Duration.between(requested, at).toMinutes());
		publish("ref:accepted:" + id, new Fact(ACCEPTED, receiver, day(at), dims, BigDecimal.ONE),
				new Fact(ACCEPT_MINUTES, receiver, day(at), dims, BigDecimal.valueOf(minutes)));
	}

	void rejected(long id, Direction direction, String receiver, Instant at) {
		publish("ref:rejected:" + id,
				new Fact(REJECTED, receiver, day(at), Map.of(DIRECTION, dir(direction)), BigDecimal.ONE));
	}

	void completed(long id, Direction direction, String receiver, Instant at) {
		publish("ref:completed:" + id,
				new Fact(COMPLETED, receiver, day(at), Map.of(DIRECTION, dir(direction)), BigDecimal.ONE));
	}

	private void publish(String key, Fact... facts) {
		events.publishEvent(new FactsReported(key, SOURCE, List.of(facts)));
	}

	private static String dir(Direction direction) {
		return direction == Direction.UP ? "up" : "down";
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, PlatformTime.zone());
	}

}
