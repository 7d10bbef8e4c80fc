/**
 * A person's timeline: everything recorded about them (contact notes, keyworker changes,
 * and later plan agreements and reviews), newest first, in one database query with one
 * branch per kind of event.
 */
package org.keywork.timeline;
