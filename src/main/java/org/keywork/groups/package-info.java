/**
 * Group sessions: a team's groups, run by some of its staff, their sessions (when, where,
 * what happened, who came), each attendance on the attendee's timeline and in their
 * portal, and the list of whom to invite with their preference for group work.
 */
package org.keywork.groups;
