/** Imaging reading's permissions and sidebar link. */
package org.sanyi.clinical.imaging.config;
