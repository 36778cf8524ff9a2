package org.sanyi.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

/**
 * The fee lines of inpatient stays ({@code demo/inpatient-fees.csv}), by profile: a
 * profile is a list of catalogue items with a quantity per case or per day of stay, the
 * chance that a stay has the item at all, and the lowest hospital level that bills it
 * (the extra imaging of a tertiary hospital). A case's lines are the union of its
 * template's profiles; the same item from two profiles adds up on one line, as a
 * hospital's bill shows it.
 */
public final class FeeProfiles {

	/** One item of a profile; {@code perDay}: the quantity is per day of stay. */
	record Item(String code, int min, int max, boolean perDay, double chance, int minLevel, int maxLevel) {
	}

	private final Map<String, List<Item>> profiles;

	private FeeProfiles(Map<String, List<Item>> profiles) {
		this.profiles = profiles;
	}

	public static FeeProfiles load() {
		Map<String, List<Item>> profiles = new LinkedHashMap<>();
		try (InputStream in = FeeProfiles.class.getResourceAsStream("/demo/inpatient-fees.csv");
				CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				String[] quantity = row.required("quantity").split("-");
				int min = Integer.parseInt(quantity[0]);
				int max = quantity.length > 1 ? Integer.parseInt(quantity[1]) : min;
				profiles.computeIfAbsent(row.required("profile"), p -> new ArrayList<>())
					.add(new Item(row.required("code"), min, max, row.required("per").equals("day"),
							Double.parseDouble(row.required("chance")), Integer.parseInt(row.required("min_level")),
							Integer.parseInt(row.required("max_level"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FeeProfiles(profiles);
	}

	public boolean has(String profile) {
		return profiles.containsKey(profile);
	}

	/** Every item code the profiles use, for checking them against the catalogue. */
	public List<String> codes() {
		return profiles.values().stream().flatMap(List::stream).map(Item::code).distinct().toList();
	}

	/**
	 * The lines of a stay of {@code days} at a hospital of {@code level} for these
	 * profiles, at the catalogue's reference prices (items the catalogue lacks are left
	 * out).
	 */
	List<RecordedLine> lines(Dice dice, List<String> names, int days, int level, Map<String, BigDecimal> prices) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		for (String name : names) {
			List<Item> items = profiles.get(name);
			if (items == null) {
				throw new IllegalArgumentException("no fee profile " + name);
			}
			for (Item item : items) {
				// draw for every item in file order, whatever the level, so a hospital's
				// level changes only its own lines
				boolean present = dice.chance(item.chance());
				int quantity = dice.between(item.min(), item.max()) * (item.perDay() ? days : 1);
				if (present && level >= item.minLevel() && level <= item.maxLevel() && quantity > 0) {
					quantities.merge(item.code(), quantity, Integer::sum);
				}
			}
		}
		List<RecordedLine> lines = new ArrayList<>(quantities.size());
		quantities.forEach((code, quantity) -> {
			BigDecimal price = prices.get(code);
			if (price != null) {
				lines.add(new RecordedLine(code, BigDecimal.valueOf(quantity), priceAt(code, price, level)));
			}
		});
		return lines;
	}

	/**
	 * What a hospital of this level bills for the item: medical services are priced by
	 * level (医疗服务价格分级, here the reference price at a secondary hospital, 15 % more at a
	 * tertiary one and 15 % less in primary care); drugs and consumables are sold at
	 * their purchase price everywhere (零差率). Service codes start with a digit.
	 */
	static BigDecimal priceAt(String code, BigDecimal reference, int level) {
		if (!Character.isDigit(code.charAt(0)) || level == 2) {
			return reference;
		}
		BigDecimal factor = level >= 3 ? new BigDecimal("1.15") : new BigDecimal("0.85");
		return reference.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
