/**
 * Clearly-marked fictional demo data and demo accounts, loaded only under the
 * {@code demo} profile.
 */
package org.keywork.demo;
