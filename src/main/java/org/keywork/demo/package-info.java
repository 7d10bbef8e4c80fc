/**
 * Clearly-marked fictional demo data and demo accounts, loaded only under the
 * {@code demo} profile; and the data generator for load and performance work
 * ({@link org.keywork.demo.DataGenerator}), run only when asked with
 * {@code --keywork.generate=<preset>} (docs/performance.md).
 */
package org.keywork.demo;
