/**
 * The language check: points out labelling words in what staff write (notes, plans) and
 * suggests person-first wording. It advises; it never blocks a save.
 */
package org.keywork.language;
