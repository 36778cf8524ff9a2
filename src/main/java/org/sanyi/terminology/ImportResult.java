package org.sanyi.terminology;

/**
 * An accepted import: the version created, how many rows it holds and how long it took
 * end to end.
 */
public record ImportResult(String system, String version, SystemKind kind, int rows, long millis) {
}
