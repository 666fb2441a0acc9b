/**
 * Aggregates of the metrics over fixed windows, as in the thesis tables (attempts, migrations and
 * overhead traffic per 1000 s, Tables 5-2 to 5-11).
 */
package org.livemig.results.stats;
