package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Conditional;
import org.sanyi.monitoring.engine.Expression.Constant;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.IndicatorRef;
import org.sanyi.monitoring.engine.Expression.Negation;
import org.sanyi.monitoring.engine.Expression.Operator;
import org.sanyi.monitoring.engine.Expression.Shift;
import org.sanyi.monitoring.engine.Expression.Shifted;
import org.sanyi.monitoring.engine.ExpressionError.Kind;

/**
 * Reads the indicator expression language and checks every name against a
 * {@link Vocabulary}:
 *
 * <pre>
 * expression  = or
 * or          = and { "or" and }
 * and         = comparison { "and" comparison }
 * comparison  = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 * sum         = product { ("+" | "-" | "−") product }
 * product     = unary { ("*" | "×" | "/" | "÷") unary }
 * unary       = ("-" | "−") unary | primary
 * primary     = number | element | "I{" code "}" | "(" expression ")"
 *             | "if(" expression "," expression "," expression ")"
 *             | "prev(" expression ")" | "lastyear(" expression ")" | "offset(" expression "," integer ")"
 * element     = "#{" code [ "[" name "=" value { "," name "=" value } "]" ] "}"
 * </pre>
 *
 * A slice name is one of the element's dimensions, or {@code institution} with a group of
 * institutions ({@code #{ins.visit_count[institution=primary]}}: only the selection's
 * primary-care institutions). A division by a constant zero is refused where it stands.
 * Errors name the 0-based position of the offending character.
 */
public final class ExpressionParser {

	private final Vocabulary vocabulary;

	private String text;

	private int pos;

	public ExpressionParser(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** Parses and checks one expression. */
	public synchronized Expression parse(String source) {
		text = source == null ? "" : source;
		pos = 0;
		skipSpace();
		if (pos >= text.length()) {
			throw new ExpressionError(Kind.SYNTAX, 0, "empty expression");
		}
		Expression e = or();
		skipSpace();
		if (pos < text.length()) {
			throw new ExpressionError(Kind.SYNTAX, pos, "unexpected '" + text.charAt(pos) + "'");
		}
		return e;
	}

	private Expression or() {
		Expression left = and();
		while (keyword("or")) {
			int at = pos - 2;
			left = new Binary(Operator.OR, left, and(), at);
		}
		return left;
	}

	private Expression and() {
		Expression left = comparison();
		while (keyword("and")) {
			int at = pos - 3;
			left = new Binary(Operator.AND, left, comparison(), at);
		}
		return left;
	}

	private Expression comparison() {
		Expression left = sum();
		skipSpace();
		int at = pos;
		Operator op = null;
		if (take("<=")) {
			op = Operator.LESS_OR_EQUAL;
		}
		else if (take(">=")) {
			op = Operator.GREATER_OR_EQUAL;
		}
		else if (take("==")) {
			op = Operator.EQUAL;
		}
		else if (take("!=")) {
			op = Operator.NOT_EQUAL;
		}
		else if (take("<")) {
			op = Operator.LESS;
		}
		else if (take(">")) {
			op = Operator.GREATER;
		}
		return op == null ? left : new Binary(op, left, sum(), at);
	}

	private Expression sum() {
		Expression left = product();
		while (true) {
			skipSpace();
			int at = pos;
			if (take("+")) {
				left = new Binary(Operator.ADD, left, product(), at);
			}
			else if (take("-") || take("−")) {
				left = new Binary(Operator.SUBTRACT, left, product(), at);
			}
			else {
				return left;
			}
		}
	}

	private Expression product() {
		Expression left = unary();
		while (true) {
			skipSpace();
			int at = pos;
			if (take("*") || take("×")) {
				left = new Binary(Operator.MULTIPLY, left, unary(), at);
			}
			else if (take("/") || take("÷")) {
				Expression right = unary();
				BigDecimal constant = Constants.valueOf(right);
				if (constant != null && constant.signum() == 0) {
					throw new ExpressionError(Kind.DIVISION_BY_ZERO, at, "division by a constant zero");
				}
				left = new Binary(Operator.DIVIDE, left, right, at);
			}
			else {
				return left;
			}
		}
	}

	private Expression unary() {
		skipSpace();
		int at = pos;
		if (take("-") || take("−")) {
			return new Negation(unary(), at);
		}
		return primary();
	}

	private Expression primary() {
		skipSpace();
		int at = pos;
		if (pos >= text.length()) {
			throw new ExpressionError(Kind.SYNTAX, pos, "expression ends too early");
		}
		char c = text.charAt(pos);
		if (Character.isDigit(c) || c == '.') {
			return number();
		}
		if (take("#{")) {
			return element(at);
		}
		if (take("I{")) {
			String code = name("indicator code");
			expect("}");
			if (!vocabulary.indicators().contains(code)) {
				throw new ExpressionError(Kind.UNKNOWN_INDICATOR, at + 2, code);
			}
			return new IndicatorRef(code, at);
		}
		if (take("(")) {
			Expression inner = or();
			expect(")");
			return inner;
		}
		if (Character.isLetter(c)) {
			String word = name("function");
			skipSpace();
			switch (word) {
				case "if" -> {
					expect("(");
					Expression condition = or();
					expect(",");
					Expression then = or();
					expect(",");
					Expression otherwise = or();
					expect(")");
					return new Conditional(condition, then, otherwise, at);
				}
				case "prev" -> {
					expect("(");
					Expression operand = or();
					expect(")");
					return new Shifted(new Shift(false, -1), operand, at);
				}
				case "lastyear" -> {
					expect("(");
					Expression operand = or();
					expect(")");
					return new Shifted(new Shift(true, -1), operand, at);
				}
				case "offset" -> {
					expect("(");
					Expression operand = or();
					expect(",");
					skipSpace();
					int numberAt = pos;
					boolean negative = take("-") || take("−");
					Expression n = number();
					int amount;
					try {
						amount = ((Constant) n).value().intValueExact() * (negative ? -1 : 1);
					}
					catch (ArithmeticException ex) {
						throw new ExpressionError(Kind.SYNTAX, numberAt, "a whole number of periods");
					}
					expect(")");
					return new Shifted(new Shift(false, amount), operand, at);
				}
				default -> throw new ExpressionError(Kind.SYNTAX, at, "unknown function '" + word + "'");
			}
		}
		throw new ExpressionError(Kind.SYNTAX, at, "unexpected '" + c + "'");
	}

	private Expression element(int at) {
		skipSpace();
		int codeAt = pos;
		String code = name("data element code");
		Set<String> dimensions = vocabulary.elements().get(code);
		if (dimensions == null) {
			throw new ExpressionError(Kind.UNKNOWN_ELEMENT, codeAt, code);
		}
		Map<String, String> slice = new LinkedHashMap<>();
		String group = null;
		skipSpace();
		if (take("[")) {
			do {
				skipSpace();
				int dimAt = pos;
				String dimension = name("dimension");
				expect("=");
				skipSpace();
				int valueAt = pos;
				String value = value();
				if (Vocabulary.INSTITUTION_GROUP.equals(dimension)) {
					if (!vocabulary.groups().contains(value)) {
						throw new ExpressionError(Kind.UNKNOWN_GROUP, valueAt, value);
					}
					group = value;
				}
				else if (!dimensions.contains(dimension)) {
					throw new ExpressionError(Kind.UNKNOWN_DIMENSION, dimAt, code + "[" + dimension + "]");
				}
				else if (slice.put(dimension, value) != null) {
					throw new ExpressionError(Kind.SYNTAX, dimAt, "dimension named twice: " + dimension);
				}
				skipSpace();
			}
			while (take(","));
			expect("]");
		}
		expect("}");
		return new Element(code, slice, group, at);
	}

	private Expression number() {
		int start = pos;
		while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
			pos++;
		}
		try {
			return new Constant(new BigDecimal(text.substring(start, pos)), start);
		}
		catch (NumberFormatException ex) {
			throw new ExpressionError(Kind.SYNTAX, start, "not a number: " + text.substring(start, pos));
		}
	}

	/** A code or name: letters, digits, '_' and '.'. */
	private String name(String what) {
		skipSpace();
		int start = pos;
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.') {
				pos++;
			}
			else {
				break;
			}
		}
		if (start == pos) {
			throw new ExpressionError(Kind.SYNTAX, start, "expected a " + what);
		}
		return text.substring(start, pos);
	}

	/**
	 * A dimension value: anything up to ',' or ']' (codes such as 09, 65+, Y; Chinese
	 * category names too).
	 */
	private String value() {
		int start = pos;
		while (pos < text.length() && ",]}".indexOf(text.charAt(pos)) < 0) {
			pos++;
		}
		String value = text.substring(start, pos).strip();
		if (value.isEmpty()) {
			throw new ExpressionError(Kind.SYNTAX, start, "expected a value");
		}
		return value;
	}

	private boolean keyword(String word) {
		skipSpace();
		if (text.startsWith(word, pos)) {
			int end = pos + word.length();
			if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
				pos = end;
				return true;
			}
		}
		return false;
	}

	private boolean take(String token) {
		if (text.startsWith(token, pos)) {
			pos += token.length();
			return true;
		}
		return false;
	}

	private void expect(String token) {
		skipSpace();
		if (!take(token)) {
			throw new ExpressionError(Kind.SYNTAX, pos, "expected '" + token + "'");
		}
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

}
