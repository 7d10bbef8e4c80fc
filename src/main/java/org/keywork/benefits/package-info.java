/**
 * A person's welfare benefits: what they claim or receive, its status since a date (with
 * the history of statuses), the amount and period, the next review. On the person's page,
 * the timeline, My caseload (reviews due), the portal, the early warning (a benefit
 * suspended, sanctioned or stopped) and the tenancy report.
 */
package org.keywork.benefits;
