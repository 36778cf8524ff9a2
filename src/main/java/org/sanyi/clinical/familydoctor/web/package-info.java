/** The family-doctor team's pages, the county centre's view and the resident's 家庭医生. */
package org.sanyi.clinical.familydoctor.web;
