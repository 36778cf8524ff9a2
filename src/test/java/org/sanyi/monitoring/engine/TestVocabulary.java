package org.sanyi.monitoring.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.FactTotals.Selection;

/** A small vocabulary and institution groups for the engine tests. */
final class TestVocabulary {

	static final Set<String> FEE_DIMENSIONS = Set.of("fee_category", "med_type", "insutype", "in_county");

	static final Vocabulary VOCABULARY = new Vocabulary(
			Map.of("ins.fee", FEE_DIMENSIONS, "ins.visit_count", Set.of("med_type", "in_county"), "ins.bed_days",
					Set.of("med_type"), "ins.fund_pay", Set.of("med_type", "insutype")),
			Set.of("primary", "hospital"), Set.of());

	private TestVocabulary() {
	}

	/** Institutions whose code starts with "P" are primary care, "H" hospitals. */
	static final InstitutionGroups GROUPS = new InstitutionGroups() {
		@Override
		public Set<String> names() {
			return Set.of("primary", "hospital");
		}

		@Override
		public Selection narrow(Selection where, String group) {
			throw new UnsupportedOperationException("narrowed per test");
		}
	};

	static InstitutionGroups groups(MapFacts facts) {
		return new InstitutionGroups() {
			@Override
			public Set<String> names() {
				return Set.of("primary", "hospital");
			}

			@Override
			public Selection narrow(Selection where, String group) {
				Set<String> codes = new HashSet<>();
				for (String code : facts.regions.keySet()) {
					boolean inGroup = group.equals("primary") ? code.startsWith("P") : code.startsWith("H");
					boolean inWhere = switch (where) {
						case Selection.Region(String prefix) -> facts.regions.get(code).startsWith(prefix);
						case Selection.Institutions(Set<String> set) -> set.contains(code);
					};
					if (inGroup && inWhere) {
						codes.add(code);
					}
				}
				return new Selection.Institutions(codes);
			}
		};
	}

}
