/**
 * Engagement preferences (issue 14): how, where and when a person likes to be supported,
 * in their own terms, recorded by staff or by the person in the portal and shown on the
 * person's page, the new contact-note form and in the portal.
 */
package org.keywork.preferences;
