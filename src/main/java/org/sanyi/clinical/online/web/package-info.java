/** The internet hospital's pages: the resident's 在线复诊 and the doctor's online clinic. */
package org.sanyi.clinical.online.web;
