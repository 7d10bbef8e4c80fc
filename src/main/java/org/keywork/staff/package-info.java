/**
 * Staff and service-user accounts, their roles and teams, and the administrator's screens
 * for them.
 */
package org.keywork.staff;
