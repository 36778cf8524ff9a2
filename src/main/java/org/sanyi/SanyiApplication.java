package org.sanyi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sanyi (三医): the regional platform linking medical services, medical insurance and
 * pharmaceuticals.
 */
@SpringBootApplication
// the shared kernel starts in every module test too (messages, locale, error pages)
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class SanyiApplication {

	public static void main(String[] args) {
		SpringApplication.run(SanyiApplication.class, args);
	}

}
