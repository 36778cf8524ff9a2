package org.sanyi.identity.card;

import java.util.Arrays;

import org.bouncycastle.math.raw.Nat256;

/**
 * A point in Jacobian coordinates (X/Z², Y/Z³) on a curve with a = −3 (sm2p256v1,
 * secp256r1), updated in place on word arrays with its own scratch words, so that the
 * comb loop of {@link FixedPointTable} allocates nothing per step. Formulas from the
 * Explicit-Formulas Database: doubling dbl-2001-b, mixed addition madd-2007-bl, with the
 * point at infinity and the equal and opposite point cases of the addition handled. Not
 * thread-safe; one per computation.
 */
final class JacobianPoint {

	private final Field256 f;

	private final int[] x = new int[8];

	private final int[] y = new int[8];

	private final int[] z = new int[8];

	private boolean infinity = true;

	private final int[] t1 = new int[8];

	private final int[] t2 = new int[8];

	private final int[] t3 = new int[8];

	private final int[] t4 = new int[8];

	private final int[] t5 = new int[8];

	private final int[] t6 = new int[8];

	private final int[] t7 = new int[8];

	JacobianPoint(Field256 f) {
		this.f = f;
	}

	void setInfinity() {
		infinity = true;
	}

	boolean isInfinity() {
		return infinity;
	}

	void load(int[] xs, int[] ys, int[] zs, int index) {
		System.arraycopy(xs, index * 8, x, 0, 8);
		System.arraycopy(ys, index * 8, y, 0, 8);
		System.arraycopy(zs, index * 8, z, 0, 8);
		infinity = false;
	}

	void store(int[] xs, int[] ys, int[] zs, int index) {
		System.arraycopy(x, 0, xs, index * 8, 8);
		System.arraycopy(y, 0, ys, index * 8, 8);
		System.arraycopy(z, 0, zs, index * 8, 8);
	}

	/** dbl-2001-b for a = −3: 3M + 5S. */
	void twice() {
		if (infinity) {
			return;
		}
		int[] delta = t1;
		int[] gamma = t2;
		int[] beta = t3;
		int[] alpha = t4;
		f.sqr(z, delta);
		f.sqr(y, gamma);
		f.mul(x, gamma, beta);
		f.sub(x, delta, t5);
		f.add(x, delta, t6);
		f.mul(t5, t6, alpha);
		f.twice(alpha, t5);
		f.add(t5, alpha, alpha); // alpha = 3(X − δ)(X + δ)
		// Z3 = (Y + Z)² − γ − δ
		f.add(y, z, t5);
		f.sqr(t5, t5);
		f.sub(t5, gamma, t5);
		f.sub(t5, delta, z);
		// X3 = α² − 8β
		f.twice(beta, beta);
		f.twice(beta, beta); // 4β
		f.twice(beta, t6); // 8β
		f.sqr(alpha, t5);
		f.sub(t5, t6, x);
		// Y3 = α(4β − X3) − 8γ²
		f.sub(beta, x, t5);
		f.mul(alpha, t5, t5);
		f.sqr(gamma, t6);
		f.twice(t6, t6);
		f.twice(t6, t6);
		f.twice(t6, t6);
		f.sub(t5, t6, y);
		if (isZero(z)) {
			infinity = true;
		}
	}

	/** madd-2007-bl: this + (x2, y2) with the second point affine; 7M + 4S. */
	void addAffine(int[] x2, int[] y2) {
		if (infinity) {
			System.arraycopy(x2, 0, x, 0, 8);
			System.arraycopy(y2, 0, y, 0, 8);
			Arrays.fill(z, 0);
			z[0] = 1;
			infinity = false;
			return;
		}
		int[] z1z1 = t1;
		int[] h = t2;
		int[] r = t3;
		f.sqr(z, z1z1);
		f.mul(x2, z1z1, t4); // U2
		f.mul(z, z1z1, t5);
		f.mul(y2, t5, t5); // S2
		f.sub(t4, x, h); // H = U2 − X1
		f.sub(t5, y, r);
		f.twice(r, r); // r = 2(S2 − Y1)
		if (isZero(h)) {
			if (isZero(r)) {
				twice(); // the same point
			}
			else {
				infinity = true; // the opposite point
			}
			return;
		}
		int[] hh = t4;
		int[] i = t5;
		int[] j = t6;
		int[] v = t7;
		f.sqr(h, hh);
		f.twice(hh, i);
		f.twice(i, i); // I = 4HH
		f.mul(h, i, j); // J = H·I
		f.mul(x, i, v); // V = X1·I
		// Z3 = (Z1 + H)² − Z1Z1 − HH, computed before Z1 is overwritten
		f.add(z, h, z);
		f.sqr(z, z);
		f.sub(z, z1z1, z);
		f.sub(z, hh, z);
		// Y1·J before Y1 is overwritten
		f.mul(y, j, t1);
		f.twice(t1, t1);
		// X3 = r² − J − 2V
		f.sqr(r, x);
		f.sub(x, j, x);
		f.twice(v, t2);
		f.sub(x, t2, x);
		// Y3 = r(V − X3) − 2·Y1·J
		f.sub(v, x, t2);
		f.mul(r, t2, y);
		f.sub(y, t1, y);
	}

	int[] affineX() {
		if (infinity) {
			return null;
		}
		int[] inverse = t1;
		f.inv(z, inverse);
		f.sqr(inverse, inverse);
		int[] affine = new int[8];
		f.mul(x, inverse, affine);
		return affine;
	}

	private static boolean isZero(int[] v) {
		return Nat256.isZero(v);
	}

}
