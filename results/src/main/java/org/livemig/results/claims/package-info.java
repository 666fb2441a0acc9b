/**
 * A user's claims about a sweep (a YAML claims file of one-sided comparisons over {@code index.csv} columns) and
 * their evaluation with a one-sided test, for {@code livemig check --claims}.
 */
package org.livemig.results.claims;
