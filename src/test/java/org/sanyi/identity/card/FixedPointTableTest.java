package org.sanyi.identity.card;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comb tables and the in-place Jacobian arithmetic agree with BouncyCastle's point
 * arithmetic.
 */
class FixedPointTableTest {

	static final SecureRandom RANDOM = new SecureRandom();

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void sumOfProductsMatchesBouncyCastle(QrAlgorithm algorithm) {
		ECDomainParameters domain = Curves.domain(algorithm);
		ECPoint q = domain.getG().multiply(new BigInteger(250, RANDOM)).normalize();
		var tableQ = new FixedPointTable(Field256.of(algorithm), q);
		FixedPointTable tableG = FixedPointTable.base(algorithm);
		for (int i = 0; i < 20; i++) {
			BigInteger a = new BigInteger(256, RANDOM).mod(domain.getN());
			BigInteger b = i == 0 ? BigInteger.ONE : new BigInteger(256, RANDOM).mod(domain.getN());
			ECPoint expected = domain.getG().multiply(a).add(q.multiply(b)).normalize();
			int[] x = FixedPointTable.sumOfProducts(tableG, Nat256.fromBigInteger(a), tableQ, Nat256.fromBigInteger(b));
			assertThat(Nat256.toBigInteger(x)).isEqualTo(expected.getAffineXCoord().toBigInteger());
		}
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void addingAPointToItselfDoublesAndToItsOppositeGivesInfinity(QrAlgorithm algorithm) {
		ECDomainParameters domain = Curves.domain(algorithm);
		FixedPointTable tableG = FixedPointTable.base(algorithm);
		BigInteger k = new BigInteger(200, RANDOM);
		int[] twice = FixedPointTable.sumOfProducts(tableG, Nat256.fromBigInteger(k), tableG, Nat256.fromBigInteger(k));
		assertThat(Nat256.toBigInteger(twice))
			.isEqualTo(domain.getG().multiply(k.shiftLeft(1)).normalize().getAffineXCoord().toBigInteger());

		var tableMinusG = new FixedPointTable(Field256.of(algorithm), domain.getG().negate());
		assertThat(
				FixedPointTable.sumOfProducts(tableG, Nat256.fromBigInteger(k), tableMinusG, Nat256.fromBigInteger(k)))
			.isNull();
		assertThat(FixedPointTable.sumOfProducts(tableG, new int[8], tableMinusG, new int[8])).isNull();
	}

}
