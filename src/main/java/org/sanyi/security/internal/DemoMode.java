package org.sanyi.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this is the demonstration ({@code demo} profile: development keys, demo
 * accounts with published passwords, sign-in codes in the log). Pages show a marker when
 * it is ({@code ${@demoMode.active}} in the layout), and the log says so in a banner when
 * the application is ready, so nobody mistakes it for a real installation.
 */
@Component("demoMode")
public class DemoMode {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final boolean active;

	DemoMode(Environment environment) {
		this.active = environment.matchesProfiles(UnsafeSettingsCheck.DEMO_PROFILE);
	}

	public boolean isActive() {
		return active;
	}

	@EventListener(ApplicationReadyEvent.class)
	void banner() {
		if (active) {
			log.warn("""

					********************************************************************************************
					*  演示模式 DEMO MODE (profile "demo")                                                      *
					*  开发密钥、公开密码的演示账号、验证码打印在日志中：切勿用于真实数据。                      *
					*  Development keys, demo accounts with published passwords, sign-in codes in the log:     *
					*  never use it with real data. README (生产部署 / Running for real) lists what to set.     *
					********************************************************************************************""");
		}
	}

}
