/**
 * Regional imaging reading (基层检查、上级诊断): a township or county institution sends a DICOM
 * study and asks its medical community's imaging centre to read it; the centre's
 * radiologists work a worklist by priority and turnaround deadline, view the images
 * rendered with window presets, write and sign a structured report, which goes back to
 * the requesting institution and into the shared record as a DiagnosticReport. Studies
 * are kept by the platform itself or, when configured, in the region's DICOM archive
 * spoken to over DICOMweb.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical imaging", allowedDependencies = { "shared",
		"shared :: web", "shared :: facts", "security", "identity", "registry", "terminology", "clinical" })
package org.sanyi.clinical.imaging;
