/**
 * Sharing with the person, the default, and withholding with a reason: the one type every
 * record uses for it (ADR 008).
 */
package org.keywork.sharing;
