/**
 * Policy versions as data under maker–checker (PolicyService, PolicyRepository as the
 * review store), the engine's PolicyBook built from the approved ones, and the 政策参数
 * pages.
 */
package org.sanyi.insurance.policy;
