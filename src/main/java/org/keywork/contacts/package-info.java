/**
 * Contact notes: every interaction with a person, however brief, with the weekly-contact
 * facts (last successful contact, next planned contact) that caseloads and the team
 * dashboard read in bulk.
 */
package org.keywork.contacts;
