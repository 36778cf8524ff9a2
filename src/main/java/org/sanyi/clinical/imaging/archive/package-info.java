/**
 * Where the pixels of a study are kept: the port {@link ImageArchive} with the platform's
 * own store in PostgreSQL (the default, for small studies) and the region's DICOM archive
 * spoken to over DICOMweb (STOW-RS, QIDO-RS, WADO-RS), e.g. Orthanc, when
 * {@code sanyi.imaging.dicomweb.url} is set.
 */
package org.sanyi.clinical.imaging.archive;
