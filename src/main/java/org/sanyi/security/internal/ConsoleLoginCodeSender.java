package org.sanyi.security.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.shared.Masking;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the "SMS" is a line in the server log, so a tester reads the code from the
 * console.
 */
@Component
@ConditionalOnProperty(name = "sanyi.security.login-code.delivery", havingValue = "console", matchIfMissing = true)
class ConsoleLoginCodeSender implements LoginCodeSender {

	private static final Logger log = LoggerFactory.getLogger(ConsoleLoginCodeSender.class);

	@Override
	public void send(String phone, String code, Duration validity) {
		log.warn("[演示短信 demo SMS] {}: 【三医联动】您的登录验证码为 {}，{} 分钟内有效，请勿告诉他人。", Masking.phone(phone), code,
				validity.toMinutes());
	}

}
