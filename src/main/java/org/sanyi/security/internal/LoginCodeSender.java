package org.sanyi.security.internal;

import java.time.Duration;

/**
 * Delivers a sign-in code to a mobile phone: an SMS gateway in production. The demo and
 * development setting ({@code sanyi.security.login-code.delivery=console}) writes it to
 * the server log ({@link ConsoleLoginCodeSender}); {@code none} turns code sign-in off.
 */
public interface LoginCodeSender {

	void send(String phone, String code, Duration validity);

}
