/**
 * File helpers every module may use: the CSV reader with line numbers for import errors
 * and the Excel export.
 */
@org.springframework.modulith.NamedInterface("io")
package org.sanyi.shared.io;
