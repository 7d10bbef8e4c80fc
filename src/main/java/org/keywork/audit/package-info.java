/**
 * The access log: every response that shows a person's data (their pages, lists, re-shown
 * forms, downloads), logged before it is written and never shown if the log cannot be
 * written (ADR 020), so each read of their record is attributable. Managers see it per
 * person; the person sees a summary by role and team in the portal.
 */
package org.keywork.audit;
