import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.clinical.familydoctor.engine.FollowUpReading;
import org.sanyi.clinical.familydoctor.engine.Tier;
import org.sanyi.clinical.familydoctor.engine.TierRules;
import org.sanyi.clinical.familydoctor.engine.Tiering;

/**
 * 红黄绿 tiering of many follow-ups through the pure engine (no database): readings drawn
 * once from a seeded generator (hypertension, diabetes or both; mostly on target, some
 * drifting, a few severe; all plausible), a warm-up pass, then the timed pass. Prints and
 * writes {"tiering_per_s": …, "followups": …, "by_tier": {…}, "refused": …}.
 * Run: java -cp target/classes bench/TieringLoad.java followups=1000000 out=/tmp/tiering.json
 */
public class TieringLoad {

	public static void main(String[] args) throws Exception {
		int count = 1_000_000;
		String out = null;
		for (String a : args) {
			if (a.startsWith("followups=")) {
				count = Integer.parseInt(a.substring(10));
			}
			if (a.startsWith("out=")) {
				out = a.substring(4);
			}
		}
		SplittableRandom random = new SplittableRandom(20261204);
		List<FollowUpReading> readings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(10);
			boolean htn = kind < 8;
			boolean dm = kind >= 6;
			int control = random.nextInt(10);
			int sbp = control < 6 ? 110 + random.nextInt(30) : control < 9 ? 135 + random.nextInt(45) : 170 + random.nextInt(60);
			int dbp = Math.min(sbp - 25, 65 + random.nextInt(50));
			BigDecimal fpg = BigDecimal.valueOf(control < 6 ? 45 + random.nextInt(25) : control < 9 ? 70 + random.nextInt(100)
					: 30 + random.nextInt(200), 1);
			readings.add(new FollowUpReading(htn, dm, 35 + random.nextInt(55), random.nextInt(8) == 0, htn ? sbp : null,
					htn ? dbp : null, dm ? fpg : null, random.nextInt(50) == 0, random.nextInt(200) == 0,
					random.nextInt(4) == 0));
		}
		TierRules rules = TierRules.DEFAULT;
		for (int i = 0; i < Math.min(count, 200_000); i++) {
			Tiering.tier(readings.get(i), rules);
		}
		Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
		int refused = 0;
		long started = System.nanoTime();
		for (FollowUpReading r : readings) {
			Tiering.Result result = Tiering.tier(r, rules);
			if (result.refused()) {
				refused++;
			}
			else {
				byTier.merge(result.tier(), 1, Integer::sum);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long perSecond = Math.round(count / seconds);
		String json = "{\"tiering_per_s\": " + perSecond + ", \"followups\": " + count + ", \"seconds\": "
				+ String.format("%.3f", seconds) + ", \"by_tier\": {\"RED\": " + byTier.getOrDefault(Tier.RED, 0)
				+ ", \"YELLOW\": " + byTier.getOrDefault(Tier.YELLOW, 0) + ", \"GREEN\": "
				+ byTier.getOrDefault(Tier.GREEN, 0) + "}, \"refused\": " + refused + "}";
		System.out.println(json);
		if (out != null) {
			Files.writeString(Path.of(out), json);
		}
	}

}
