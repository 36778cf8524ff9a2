package org.sanyi.identity.card;

import java.util.Arrays;

import org.bouncycastle.math.ec.ECPoint;

/**
 * Lim–Lee comb table of a fixed point P for 256-bit scalars: with width 8 and spacing 32, entry {@code t} (bits
 * t₇…t₀) holds Σ tⱼ·2^(32j)·P, normalised to affine so that additions take the cheaper mixed form. Verification
 * needs s·G + t·Q with both G and the platform key Q fixed, so both get a table (256 points, ~20 KB each, built once
 * per key) and {@link #sumOfProducts} shares 32 doublings between them: 32 doublings and at most 64 additions instead
 * of the 256 doublings of a generic double-scalar multiplication.
 */
final class FixedPointTable {

	static final int WIDTH = 8;

	static final int SPACING = 256 / WIDTH;

	private final ECPoint[] points;

	FixedPointTable(ECPoint p) {
		ECPoint[] powers = new ECPoint[WIDTH];
		powers[0] = p.normalize();
		for (int j = 1; j < WIDTH; j++) {
			powers[j] = powers[j - 1].timesPow2(SPACING);
		}
		ECPoint[] table = new ECPoint[1 << WIDTH];
		table[0] = p.getCurve().getInfinity();
		for (int t = 1; t < table.length; t++) {
			int high = 31 - Integer.numberOfLeadingZeros(t);
			table[t] = table[t ^ (1 << high)].add(powers[high]);
		}
		ECPoint[] nonZero = Arrays.copyOfRange(table, 1, table.length);
		p.getCurve().normalizeAll(nonZero);
		System.arraycopy(nonZero, 0, table, 1, nonZero.length);
		this.points = table;
	}

	/**
	 * a·A + b·B for the tables of A and B; {@code a} and {@code b} are 256-bit scalars as eight little-endian 32-bit
	 * words. Not constant-time: it only ever handles public values (signatures and public keys).
	 */
	static ECPoint sumOfProducts(FixedPointTable tableA, int[] a, FixedPointTable tableB, int[] b) {
		ECPoint r = tableA.points[0];
		for (int i = SPACING - 1; i >= 0; i--) {
			int ia = 0;
			int ib = 0;
			for (int j = WIDTH - 1; j >= 0; j--) {
				int bit = j * SPACING + i;
				ia = (ia << 1) | ((a[bit >>> 5] >>> (bit & 31)) & 1);
				ib = (ib << 1) | ((b[bit >>> 5] >>> (bit & 31)) & 1);
			}
			r = r.twice();
			if (ia != 0) {
				r = r.add(tableA.points[ia]);
			}
			if (ib != 0) {
				r = r.add(tableB.points[ib]);
			}
		}
		return r;
	}

}
