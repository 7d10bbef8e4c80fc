/**
 * Moving-in checklists (issue 13): a template kept by administrators, copied into a
 * person's checklist when a worker starts it (normally for their current tenancy), with
 * who does each item, by when and whether it is done; shown on the person's page, the
 * timeline, the caseload (overdue items) and in the portal.
 */
package org.keywork.movingin;
