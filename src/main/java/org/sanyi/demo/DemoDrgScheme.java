package org.sanyi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.drg.DrgSchemeImportRequest;
import org.sanyi.drg.DrgSchemes;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo DRG scheme ({@code src/main/resources/drg/demo-scheme}, written for the demo,
 * not an official scheme), imported through the normal importer and assigned to the demo
 * city (青溪市, 359900) from 2024: the city's own scheme, as a pilot city would run one. A
 * national scheme imported later for {@code 000000} applies everywhere else.
 */
@Component
@Order(60)
class DemoDrgScheme implements DemoStep {

	static final String REGION = DemoRegionGenerator.CITY_CODE;

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	private final DrgSchemes schemes;

	DemoDrgScheme(DrgSchemes schemes) {
		this.schemes = schemes;
	}

	@Override
	public String name() {
		return "DRG demo scheme";
	}

	@Override
	public boolean run() {
		Map<String, String> files = files();
		if (schemes.find("sanyi_demo", "2026.1").isPresent()) {
			return false;
		}
		schemes.importFiles(files, new DrgSchemeImportRequest(null, null, FROM, null, REGION));
		return true;
	}

	private static Map<String, String> files() {
		try {
			Map<String, String> files = new LinkedHashMap<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:drg/demo-scheme/*")) {
				files.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
