package org.sanyi;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sanyi.security.internal.LoginCodeSender;

import org.springframework.boot.test.context.TestComponent;

/**
 * The "SMS gateway" of the integration tests: keeps every sign-in code sent, so a test
 * reads the code the way a resident reads their phone (the tests run outside the demo
 * profile, where codes never go to the log).
 */
@TestComponent
public class RecordedLoginCodes implements LoginCodeSender {

	/** A code sent to a number. */
	public record Sent(String phone, String code) {
	}

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String phone, String code, Duration validity) {
		sent.add(new Sent(phone, code));
	}

	public List<Sent> sent() {
		return List.copyOf(sent);
	}

	public void clear() {
		sent.clear();
	}

}
