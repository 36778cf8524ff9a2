package org.sanyi.clinical.imaging.archive;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the archive: the region's DICOMweb server when
 * {@code sanyi.imaging.dicomweb.url} is set (e.g. {@code http://127.0.0.1:8042/dicom-web}
 * for Orthanc), the platform's own store otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ImageArchiveConfiguration {

	@Bean
	ImageArchive imageArchive(JdbcClient jdbc, @Value("${sanyi.imaging.dicomweb.url:}") String url,
			@Value("${sanyi.imaging.dicomweb.username:}") String username,
			@Value("${sanyi.imaging.dicomweb.password:}") String password) {
		if (url == null || url.isBlank()) {
			return new DatabaseImageArchive(jdbc);
		}
		return new DicomWebImageArchive(URI.create(url), username, password, Duration.ofSeconds(30));
	}

}
