/** {@code summary.json} (SPEC 8): the run summary with its snake_case keys, written and read. */
package org.livemig.results.json;
