/**
 * The three CSV tables of a result directory ({@code metrics.csv}, {@code pm_loads.csv},
 * {@code migrations.csv}, SPEC 8): exact headers, deterministic fixed-decimal formatting and strict
 * reading with one-line errors.
 */
package org.livemig.results.csv;
