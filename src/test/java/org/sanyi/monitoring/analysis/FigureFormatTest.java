package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.Operator;
import org.sanyi.monitoring.engine.Factor;
import org.sanyi.shared.facts.DataElement.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatTest {

	static final Function<String, Unit> UNITS = Map.of("ins.fee", Unit.YUAN, "ins.visit.count", Unit.COUNT,
			"ins.inpatient.days", Unit.DAY)::get;

	@Test
	void yuanKeepTwoDecimalsEvenWhenTheyAreZero() {
		assertThat(FigureFormat.total(new BigDecimal("6622461.7"), Unit.YUAN)).isEqualTo("6,622,461.70");
		assertThat(FigureFormat.total(new BigDecimal("1261327"), Unit.YUAN)).isEqualTo("1,261,327.00");
		assertThat(FigureFormat.total(new BigDecimal("0.005"), Unit.YUAN)).isEqualTo("0.01");
	}

	@Test
	void countsAndDaysAreWholeNumbers() {
		assertThat(FigureFormat.total(new BigDecimal("37012.0000"), Unit.COUNT)).isEqualTo("37,012");
		assertThat(FigureFormat.total(new BigDecimal("1203"), Unit.DAY)).isEqualTo("1,203");
		assertThat(FigureFormat.total(new BigDecimal("12.5000"), Unit.QUANTITY)).isEqualTo("12.5");
	}

	@Test
	void ratesKeepTheDefinitionsDecimalsAndSign() {
		assertThat(FigureFormat.value(new BigDecimal("28.1"), Factor.PERCENT, Optional.empty(), 2)).isEqualTo("28.10%");
		assertThat(FigureFormat.value(new BigDecimal("7.25"), Factor.NUMBER, Optional.of(Unit.DAY), 1))
			.isEqualTo("7.3");
		assertThat(FigureFormat.value(new BigDecimal("11533.4"), Factor.NUMBER, Optional.of(Unit.YUAN), 0))
			.isEqualTo("11,533.40");
		assertThat(FigureFormat.value(new BigDecimal("41234"), Factor.NUMBER, Optional.of(Unit.COUNT), 2))
			.isEqualTo("41,234");
	}

	@Test
	void aSumOfYuanElementsIsInYuanAQuotientHasNoUnit() {
		Expression drugs = new Binary(Operator.ADD, element("ins.fee"), element("ins.fee"), 0);
		Expression perVisit = new Binary(Operator.DIVIDE, element("ins.fee"), element("ins.visit.count"), 0);
		Expression mixed = new Binary(Operator.ADD, element("ins.fee"), element("ins.visit.count"), 0);
		Expression plusConstant = new Binary(Operator.SUBTRACT, element("ins.inpatient.days"),
				new Expression.Constant(BigDecimal.ONE, 0), 0);

		assertThat(FigureFormat.unitOf(drugs, UNITS)).contains(Unit.YUAN);
		assertThat(FigureFormat.unitOf(element("ins.visit.count"), UNITS)).contains(Unit.COUNT);
		assertThat(FigureFormat.unitOf(plusConstant, UNITS)).contains(Unit.DAY);
		assertThat(FigureFormat.unitOf(perVisit, UNITS)).isEmpty();
		assertThat(FigureFormat.unitOf(mixed, UNITS)).isEmpty();
		assertThat(FigureFormat.unitOf(new Expression.Constant(BigDecimal.TEN, 0), UNITS)).isEmpty();
	}

	private static Element element(String code) {
		return new Element(code, Map.of(), null, 0);
	}

}
