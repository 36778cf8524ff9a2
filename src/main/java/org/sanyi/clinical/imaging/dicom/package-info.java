/**
 * DICOM as the platform reads and writes it: the identifiers and image attributes of a
 * Part 10 file, greyscale frames rendered to PNG through a window, deterministic
 * synthetic studies for the demo and the tests, and the parts of a STOW-RS/WADO-RS
 * multipart body. Pure: no Spring, no I/O besides the bytes given.
 */
package org.sanyi.clinical.imaging.dicom;
