package org.sanyi.security.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Forwarding headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host},
 * {@code -Port}) are believed only when the connection comes from a proxy listed in
 * {@code sanyi.web.trusted-proxies} (addresses or CIDR blocks; none by default). Anybody
 * else could otherwise choose the client address the audit log and the sign-in throttle
 * see, and the host of redirects. With trusted proxies, Tomcat's {@link RemoteIpValve}
 * takes the client address, scheme and host from their headers before anything else sees
 * the request, so an HTTPS request terminated at the proxy is secure to the application
 * (the session cookie gets {@code Secure}). {@code Forwarded} (RFC 7239) is not read:
 * proxies are to send the {@code X-Forwarded-*} headers.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final List<String> proxies;

	TrustedProxies(@Value("${sanyi.web.trusted-proxies:}") String configured) {
		this.proxies = cidrs(configured);
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (!proxies.isEmpty()) {
			factory.addEngineValves(valve(proxies));
		}
	}

	static RemoteIpValve valve(List<String> proxies) {
		var valve = new RemoteIpValve();
		// CIDR blocks, all of them (Tomcat reads a value with a slash as a list of
		// blocks, not as a regex)
		valve.setInternalProxies(String.join(",", proxies));
		valve.setTrustedProxies("");
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		valve.setChangeLocalName(true);
		return valve;
	}

	/**
	 * The configured proxies as CIDR blocks: a bare address becomes /32 or /128. Names
	 * are refused: a proxy is recognised by its address, and resolving names would make
	 * trust depend on DNS.
	 */
	static List<String> cidrs(String configured) {
		List<String> blocks = new ArrayList<>();
		for (String entry : configured == null ? new String[0] : configured.split("[,\\s]+")) {
			if (entry.isBlank()) {
				continue;
			}
			int slash = entry.indexOf('/');
			String address = slash < 0 ? entry : entry.substring(0, slash);
			InetAddress literal;
			try {
				literal = InetAddress.ofLiteral(address);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("sanyi.web.trusted-proxies: not an IP address or CIDR block: " + entry);
			}
			int bits = literal.getAddress().length * 8;
			if (slash >= 0) {
				String prefix = entry.substring(slash + 1);
				if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
					throw new IllegalStateException("sanyi.web.trusted-proxies: bad prefix length in " + entry);
				}
				blocks.add(entry);
			}
			else {
				blocks.add(address + "/" + bits);
			}
		}
		return List.copyOf(blocks);
	}

}
