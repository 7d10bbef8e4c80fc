/**
 * The managers' review of what is withheld from the people it is about: records, safety
 * factors and contact notes, with the reasons, so each decision can be revisited.
 */
package org.keywork.withholding;
