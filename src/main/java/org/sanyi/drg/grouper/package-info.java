/**
 * CHS-DRG grouping engine, pure Java: a scheme held as data (scheme.json + CSV tables) is
 * loaded and validated by {@link org.sanyi.drg.grouper.DrgSchemeLoader}, compiled into
 * in-memory indexes, and walked per record by {@link org.sanyi.drg.grouper.DrgGrouper},
 * which returns the DRG and, on request, a trace of message keys. No Spring, no I/O
 * outside the loader and the batch tool; adapters of the {@code drg} module do the rest.
 */
package org.sanyi.drg.grouper;
