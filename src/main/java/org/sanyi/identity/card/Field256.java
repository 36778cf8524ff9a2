package org.sanyi.identity.card;

import org.bouncycastle.math.ec.custom.gm.SM2P256V1Field;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;

/**
 * Arithmetic modulo the prime of sm2p256v1 or secp256r1 on eight little-endian 32-bit
 * words, delegating to BouncyCastle's specialised reductions; results are fully reduced.
 * Used by {@link FixedPointTable} to add points in place instead of through immutable
 * point objects, which allocate on every operation.
 */
enum Field256 {

	SM2 {
		@Override
		void mul(int[] x, int[] y, int[] z) {
			SM2P256V1Field.multiply(x, y, z);
		}

		@Override
		void sqr(int[] x, int[] z) {
			SM2P256V1Field.square(x, z);
		}

		@Override
		void add(int[] x, int[] y, int[] z) {
			SM2P256V1Field.add(x, y, z);
		}

		@Override
		void sub(int[] x, int[] y, int[] z) {
			SM2P256V1Field.subtract(x, y, z);
		}

		@Override
		void twice(int[] x, int[] z) {
			SM2P256V1Field.twice(x, z);
		}

		@Override
		void inv(int[] x, int[] z) {
			SM2P256V1Field.inv(x, z);
		}
	},

	P256 {
		@Override
		void mul(int[] x, int[] y, int[] z) {
			SecP256R1Field.multiply(x, y, z);
		}

		@Override
		void sqr(int[] x, int[] z) {
			SecP256R1Field.square(x, z);
		}

		@Override
		void add(int[] x, int[] y, int[] z) {
			SecP256R1Field.add(x, y, z);
		}

		@Override
		void sub(int[] x, int[] y, int[] z) {
			SecP256R1Field.subtract(x, y, z);
		}

		@Override
		void twice(int[] x, int[] z) {
			SecP256R1Field.twice(x, z);
		}

		@Override
		void inv(int[] x, int[] z) {
			SecP256R1Field.inv(x, z);
		}
	};

	abstract void mul(int[] x, int[] y, int[] z);

	abstract void sqr(int[] x, int[] z);

	abstract void add(int[] x, int[] y, int[] z);

	abstract void sub(int[] x, int[] y, int[] z);

	abstract void twice(int[] x, int[] z);

	abstract void inv(int[] x, int[] z);

	static Field256 of(QrAlgorithm algorithm) {
		return algorithm == QrAlgorithm.SM2_SM3 ? SM2 : P256;
	}

}
