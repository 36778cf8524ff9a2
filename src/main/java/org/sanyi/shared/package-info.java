/**
 * The shared kernel: value types every module speaks (resident ID numbers, region codes,
 * money, paging), stable business error codes, masking of personal data, CSV and Excel
 * helpers, and the web conventions (ProblemDetail errors, locale switch). It depends on
 * no other module and holds no business state. Its root package is its API; the
 * sub-packages {@code io}, {@code web}, {@code review} (maker–checker) and {@code facts}
 * are named interfaces that a module lists when it uses them ({@code "shared :: io"}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.sanyi.shared;
