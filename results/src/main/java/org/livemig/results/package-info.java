/**
 * Result files and figures of one run (SPEC sections 6 and 8).
 *
 * <p>This package holds the data model of a run's results ({@link org.livemig.results.RunResult} and
 * its parts) and the two entry points {@link org.livemig.results.RunResultWriter} and
 * {@link org.livemig.results.RunResultReader}. The file formats live in the subpackages:
 * {@code csv} (the three tables), {@code json} ({@code summary.json}), {@code chart} (figures) and
 * {@code stats} (per-window aggregates such as the overhead traffic of the thesis tables).
 * Nothing here depends on the simulator; backends fill these records.
 */
package org.livemig.results;
