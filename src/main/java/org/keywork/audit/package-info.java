/**
 * The access log: every opening of a person's pages (and later every export), so each
 * read of their record is attributable. Managers see it per person; the person sees a
 * summary by role and team in the portal.
 */
package org.keywork.audit;
