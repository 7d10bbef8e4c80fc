/**
 * Caseload oversight: a worker's caseload (most urgent first), the manager's team
 * dashboard and the printable case callover, all built on the weekly-contact rule
 * ({@link org.keywork.caseload.ContactRule}).
 */
package org.keywork.caseload;
