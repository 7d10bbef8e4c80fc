/**
 * Appointments with a person: when, where, with whom and what for; the next ones on My
 * caseload and the person's page, the person's own in the portal (where they can ask to
 * move one), an iCalendar download for staff, and a missed appointment recorded as an
 * attempted contact in one step.
 */
package org.keywork.appointments;
