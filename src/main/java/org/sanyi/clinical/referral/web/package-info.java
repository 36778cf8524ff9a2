/** The doctors' referral pages and the resident's 我的转诊. */
package org.sanyi.clinical.referral.web;
