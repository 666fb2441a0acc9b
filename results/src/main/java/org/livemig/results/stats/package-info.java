/**
 * Aggregates of the metrics over fixed windows, as in the thesis tables (attempts, migrations and
 * overhead traffic per 1000 s, Tables 5-2 to 5-11), and statistics over seeds: means with t confidence
 * intervals and the one-sided tests of claims.
 */
package org.livemig.results.stats;
