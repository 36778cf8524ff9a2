/**
 * The web conventions: ProblemDetail errors, the locale switch, the message bundles of
 * every module and {@link org.sanyi.shared.web.Downloads} for file answers, which other
 * modules use.
 */
@org.springframework.modulith.NamedInterface("web")
package org.sanyi.shared.web;
