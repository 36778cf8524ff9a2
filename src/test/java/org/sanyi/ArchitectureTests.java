package org.sanyi;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules the module verification does not cover: engines stay pure, no JPA, no double for
 * money, no cycles.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sanyi");

	/** The pure engines: plain Java over records, no Spring, no SQL (STYLE.md §5). */
	static final String[] ENGINES = { "..grouper..", "..engine..", "..identity.matching..", "..identity.card.." };

	@Test
	void modulesHaveNoCycles() {
		slices().matching("org.sanyi.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void enginesAreFreeOfSpringAndDatabases() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(ENGINES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
			.allowEmptyShould(true);
		rule.check(CLASSES);
	}

	@Test
	void nobodyUsesJpa() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
			.check(CLASSES);
	}

	@Test
	void sharedKernelDependsOnNoModule() {
		String[] others = ModularityTests.MODULES.stream()
			.filter(m -> !m.getIdentifier().toString().equals("shared"))
			.map(m -> m.getBasePackage().getName() + "..")
			.toArray(String[]::new);
		assertThat(others).as("modules besides shared").isNotEmpty();
		noClasses().that()
			.resideInAPackage("org.sanyi.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.check(CLASSES);
	}

	@Test
	void moneyIsNeverAFloatingPointNumber() {
		DescribedPredicate<JavaClass> enginesAndRecords = resideInAnyPackage(ENGINES)
			.or(DescribedPredicate.describe("records", JavaClass::isRecord));
		classes().that(enginesAndRecords).should(new MoneyInBigDecimal()).check(CLASSES);
	}

	@Test
	void moneyNamesAreToldApartFromRatiosAndCoordinates() {
		assertThat(Set.of("amount", "medfeeSumamt", "fund_pay_sumamt", "pric", "priceCap", "totalCost", "balance",
				"psnCashPay", "acctPay", "fee", "refund", "baseRate", "pointValue", "budget", "spend", "inscpAmt",
				"amountPaid"))
			.allMatch(MoneyInBigDecimal::looksLikeMoney);
		assertThat(Set.of("payRatio", "selfPayRatio", "costWeight", "totalWeight", "matchShare", "cmi", "latitude",
				"longitude", "x", "scale", "linkThreshold", "summary", "display", "dischargeRate", "bedDays",
				"probability", "settlementsPerPerson", "weight", "feeCount", "fundShare", "costIndex"))
			.noneMatch(MoneyInBigDecimal::looksLikeMoney);
	}

	/**
	 * Money is {@code BigDecimal} with scale 2 (DESIGN.md §4): no {@code double},
	 * {@code float} or their boxes as a field, a method's return value or a parameter
	 * whose name says it holds an amount.
	 */
	static final class MoneyInBigDecimal extends ArchCondition<JavaClass> {

		/**
		 * Words of amounts, with the national interface's abbreviations (sumamt, pric,
		 * amt).
		 */
		static final Pattern MONEY = Pattern.compile("amount|amt|fee|pric|sum|total|pay|paid|balance|cost|fund|money"
				+ "|yuan|budget|spend|spent|cash|charge|expense|advance|deduct|surplus|income|reimburs|subsid|tariff"
				+ "|baserate|pointvalue");

		/**
		 * What a money word may qualify without being money: a ratio, a weight, a count,
		 * a share.
		 */
		static final Pattern NOT_MONEY = Pattern.compile(
				"ratio|share|weight|score|factor|percent|pct|probab|count|cnt" + "|index|proportion|threshold|days");

		/** Words that contain a money word by accident. */
		static final Pattern FALSE_FRIENDS = Pattern.compile("summar|consum|assum|display|payload|discharg|feedback");

		/**
		 * Not money although named like it: the sum of Fellegi–Sunter log-likelihood
		 * weights (bits) of a record pair.
		 */
		static final Set<String> EXEMPT = Set.of("org.sanyi.identity.matching.Comparison.total");

		MoneyInBigDecimal() {
			super("keep money in BigDecimal, not double or float");
		}

		static boolean looksLikeMoney(String name) {
			String n = FALSE_FRIENDS.matcher(name.toLowerCase(Locale.ROOT).replace("_", "")).replaceAll("");
			return MONEY.matcher(n).find() && !NOT_MONEY.matcher(n).find();
		}

		static boolean isFloatingPoint(JavaClass type) {
			JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
			return Set.of("double", "float", "java.lang.Double", "java.lang.Float").contains(base.getName());
		}

		@Override
		public void check(JavaClass type, ConditionEvents events) {
			for (JavaField field : type.getFields()) {
				if (isFloatingPoint(field.getRawType()) && suspicious(type, field.getName())) {
					violated(events, field, field.getFullName());
				}
			}
			for (JavaMethod method : type.getMethods()) {
				if (isFloatingPoint(method.getRawReturnType()) && suspicious(type, method.getName())) {
					violated(events, method, method.getFullName() + " returns " + method.getRawReturnType().getName());
				}
			}
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				if (unit.getRawParameterTypes().stream().noneMatch(MoneyInBigDecimal::isFloatingPoint)) {
					continue;
				}
				// parameter names come from the class files (the compiler runs with
				// -parameters)
				Parameter[] parameters = ((Executable) unit.reflect()).getParameters();
				for (int i = 0; i < parameters.length; i++) {
					if (isFloatingPoint(unit.getRawParameterTypes().get(i)) && parameters[i].isNamePresent()
							&& looksLikeMoney(parameters[i].getName())) {
						violated(events, unit, unit.getFullName() + " parameter " + parameters[i].getName());
					}
				}
			}
		}

		private static boolean suspicious(JavaClass owner, String name) {
			return looksLikeMoney(name) && !EXEMPT.contains(owner.getName() + "." + name);
		}

		private static void violated(ConditionEvents events, Object member, String what) {
			events.add(SimpleConditionEvent.violated(member, what + " holds money in a floating-point number"));
		}

	}

}
