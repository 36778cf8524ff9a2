package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * 处方点评 sampling under 《医院处方点评管理规范（试行）》 (卫医管发〔2010〕28号 [mem]): each month a random sample
 * of a hospital's outpatient and emergency prescriptions, at least 100 (the 规范's floor;
 * its rate is 1‰, the region may ask more) or the given share, all of them when fewer.
 * The draw is reproducible: each prescription's rank is SHA-256 of the seed and its
 * number, so the same seed over the same month gives the same sample whatever order the
 * prescriptions are read in, and anyone holding the seed can check it.
 */
public final class ReviewSampling {

	/** The 规范's monthly floor for outpatient and emergency prescriptions. */
	public static final int FLOOR = 100;

	private ReviewSampling() {
	}

	/** How many to review: max(100, ⌈population × share⌉), at most the population. */
	public static int size(int population, BigDecimal share) {
		if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("share " + share);
		}
		int byShare = BigDecimal.valueOf(population).multiply(share).setScale(0, RoundingMode.CEILING).intValueExact();
		return Math.min(population, Math.max(FLOOR, byShare));
	}

	/** The sample: the {@code n} prescriptions of lowest rank under the seed. */
	public static List<String> draw(List<String> prescriptions, String seed, int n) {
		return prescriptions.stream()
			.distinct()
			.map(rx -> new Ranked(rank(seed, rx), rx))
			.sorted(Comparator.comparing(Ranked::rank).thenComparing(Ranked::rx))
			.limit(n)
			.map(Ranked::rx)
			.toList();
	}

	/** The seed a hospital's month gets unless the reviewer gives one. */
	public static String defaultSeed(String institution, String month) {
		return institution + ":" + month;
	}

	static String rank(String seed, String rx) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest((seed + "|" + rx).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Ranked(String rank, String rx) {
	}

}
