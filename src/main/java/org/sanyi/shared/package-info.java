/**
 * The shared kernel: value types every module speaks (resident ID numbers, region codes, money, paging), stable
 * business error codes, masking of personal data, CSV and Excel helpers, and the web conventions (ProblemDetail errors,
 * locale switch). It depends on no other module and holds no business state.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sanyi.shared;
