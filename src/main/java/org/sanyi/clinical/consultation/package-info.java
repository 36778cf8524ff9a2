/**
 * Remote consultation (远程会诊): an institution asks a consultant institution (its
 * alliance's lead, a partner tertiary hospital) for an opinion on a resident, sharing
 * records chosen from the shared health record; the consultant institution schedules a
 * slot with a video-meeting link (the platform hosts no video), names one or several
 * consultants (MDT), and files the written opinion in the shared record as a
 * DocumentReference; the consultation fee is a billable service item. Every change of
 * state is kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical consultation", allowedDependencies = { "shared",
		"shared :: web", "security", "identity", "registry", "terminology", "clinical" })
package org.sanyi.clinical.consultation;
