package org.sanyi.drg.scheme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.drg.DrgSchemeImportResult;
import org.sanyi.drg.DrgSchemeInfo;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON shapes of the scheme API (snake_case like the grouping API). */
final class SchemeDtos {

	private SchemeDtos() {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Scheme(long id, String code, String version, String name, String status, LocalDate effectiveFrom,
			LocalDate effectiveTo, int mdcCount, int adrgCount, int drgCount, String source, String importedBy,
			OffsetDateTime importedAt, boolean loaded, Long compileMillis, List<Region> regions) {

		static Scheme of(SchemeBrowser.Listed listed) {
			DrgSchemeInfo i = listed.info();
			return new Scheme(i.id(), i.code(), i.version(), i.name(), i.status(), i.effectiveFrom(), i.effectiveTo(),
					i.mdcCount(), i.adrgCount(), i.drgCount(), i.source(), i.importedBy(), i.importedAt(),
					listed.loaded(), listed.compileMillis(), i.regions().stream().map(Region::of).toList());
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Region(long id, long schemeId, String regionCode, LocalDate validFrom, LocalDate validTo, boolean active) {

		static Region of(DrgSchemeInfo.RegionAssignment a) {
			return new Region(a.id(), a.schemeId(), a.regionCode(), a.validFrom(), a.validTo(), a.active());
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Imported(Scheme scheme, List<String> files, List<String> ignored, long validateMillis, long storeMillis) {

		static Imported of(DrgSchemeImportResult r, SchemeBrowser browser) {
			return new Imported(Scheme.of(browser.scheme(r.scheme().id())), r.files(), r.ignored(), r.validateMillis(),
					r.storeMillis());
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record PathImport(String path, String name, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
			String region) {

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Assign(String region, LocalDate validFrom, LocalDate validTo) {

	}

	/** The scheme as a tree: MDC → ADRG → DRG, with names and rules. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TreeMdc(String code, String name, List<SchemeCatalogue.Clause> entry, List<TreeAdrg> adrgs) {

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TreeAdrg(String code, String name, String kind, String matchLabel, List<SchemeCatalogue.Clause> match,
			List<TreeDrg> drgs) {

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TreeDrg(String code, String name, String splitCondition) {

	}

	static List<TreeMdc> tree(SchemeCatalogue catalogue, java.util.function.Function<String, String> mdcName) {
		return catalogue.mdcs()
			.stream()
			.map(m -> new TreeMdc(m.code(), m.name().isEmpty() ? mdcName.apply(m.code()) : m.name(), m.entry(),
					catalogue.adrgsOf(m.code())
						.stream()
						.map(a -> new TreeAdrg(a.code(), a.name(), a.kind(), a.matchLabel(), a.match(),
								a.drgs().stream().map(d -> new TreeDrg(d.code(), d.name(), d.condition())).toList()))
						.toList()))
			.toList();
	}

}
