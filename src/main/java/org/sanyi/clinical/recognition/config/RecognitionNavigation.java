package org.sanyi.clinical.recognition.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 检查检验结果互认 in 医疗. */
@Configuration(proxyBeanMethods = false)
class RecognitionNavigation {

	@Bean
	NavigationItem recognitionLink() {
		return NavigationItem.of(Pillar.MEDICAL, 110, "recognition.nav", "/clinical/recognition",
				"recognition:lookup:use");
	}

}
