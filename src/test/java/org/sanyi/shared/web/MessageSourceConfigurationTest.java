package org.sanyi.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSourceConfigurationTest {

	final MessageSource messages = new MessageSourceConfiguration().messageSource(new DefaultResourceLoader());

	Locale machine;

	@BeforeEach
	void englishMachine() {
		machine = Locale.getDefault();
		Locale.setDefault(Locale.US);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(machine);
	}

	@Test
	void everyModulesBundleIsFoundWithoutBeingListed() {
		assertThat(messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("三医联动平台");
		Object[] mdc = { "MDCA" };
		assertThat(messages.getMessage("drg.trace.mdc.not_entered", mdc, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("未进入 MDCA");
		assertThat(messages.getMessage("drg.trace.mdc.not_entered", mdc, Locale.ENGLISH))
			.isEqualTo("Did not enter MDCA");
	}

	@Test
	void aLocaleWithoutTranslationGetsChineseNotTheMachinesLanguage() {
		assertThat(messages.getMessage("app.name", null, Locale.GERMAN)).isEqualTo("三医联动平台");
	}

	@Test
	void translationsAreNotTakenForBundles() {
		assertThat(MessageBundles.basenames()).contains("messages/shared", "messages/insurance")
			.noneMatch(b -> b.endsWith("_en"));
	}

}
