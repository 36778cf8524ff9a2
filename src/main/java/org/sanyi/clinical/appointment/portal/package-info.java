/** The resident's pages: 预约挂号, 我的预约, 候诊排队 and the survey, phone first. */
package org.sanyi.clinical.appointment.portal;
