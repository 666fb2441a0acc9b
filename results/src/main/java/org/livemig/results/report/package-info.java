/** One self-contained HTML page of a set of runs: figures, findings and tables ({@code livemig report}). */
package org.livemig.results.report;
