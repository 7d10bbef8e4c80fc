/**
 * Where a person has lived and lives now: their accommodation history, one episode at a
 * time, on the person's page, the timeline and in the portal.
 */
package org.keywork.housing;
