/**
 * Figures of one run, drawn with JFreeChart and written as PNG (or SVG with JFreeSVG); all render
 * headless.
 */
package org.livemig.results.chart;
