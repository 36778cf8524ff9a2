package org.sanyi.terminology.internal;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.sanyi.terminology.SystemKind;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled seed passes the same validation as any upload, so the demo step never fails
 * on it.
 */
class SeedFilesTest {

	@Test
	void everySeedFileOfTheManifestIsValid() throws IOException {
		var manifest = ImportService.seedManifest();
		assertThat(manifest).extracting(ImportService.SeedFile::system)
			.contains("SEX", "MARITAL", "MED_TYPE", "INSUTYPE", "CERT_TYPE", "DISCHARGE_WAY", "DEPT", "ICD10-YB",
					"ICD9CM3-YB", "DRUG", "CONSUMABLE", "SERVICE")
			.doesNotHaveDuplicates();
		for (var seed : manifest) {
			var errors = new ImportErrors();
			try (InputStream in = new ClassPathResource("seed/terminology/" + seed.file()).getInputStream()) {
				byte[] content = in.readAllBytes();
				int rows = seed.kind().isCatalogue() ? CatalogueCsv.parse(content, seed.kind(), errors).size()
						: ConceptCsv.parse(content, errors).size();
				assertThat(errors.list()).as(seed.file()).isEmpty();
				assertThat(rows).as(seed.file()).isPositive();
			}
			assertThat(ImportService.SYSTEM_CODE.matcher(seed.system()).matches()).isTrue();
			assertThat(ImportService.VERSION.matcher(seed.version()).matches()).isTrue();
		}
	}

	@Test
	void seedHasTheSizesTheDocsPromise() throws IOException {
		assertThat(count("icd10.csv", SystemKind.CLASSIFICATION)).isGreaterThanOrEqualTo(300);
		assertThat(count("icd9.csv", SystemKind.CLASSIFICATION)).isGreaterThanOrEqualTo(100);
		assertThat(count("drugs.csv", SystemKind.DRUG)).isGreaterThanOrEqualTo(100);
		assertThat(count("consumables.csv", SystemKind.CONSUMABLE)).isGreaterThanOrEqualTo(50);
		assertThat(count("services.csv", SystemKind.SERVICE)).isGreaterThanOrEqualTo(100);
	}

	private static int count(String file, SystemKind kind) throws IOException {
		try (InputStream in = new ClassPathResource("seed/terminology/" + file).getInputStream()) {
			var errors = new ImportErrors();
			byte[] content = in.readAllBytes();
			return kind.isCatalogue() ? CatalogueCsv.parse(content, kind, errors).size()
					: ConceptCsv.parse(content, errors).size();
		}
	}

}
