package org.livemig.results.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Writes charts to image files, headless. */
public final class ChartFiles {

    static {
        ensureHeadless();
        // ImageIO buffers a PNG written to a stream in a temporary file unless told otherwise: the figures
        // are small, so they are buffered in memory (the bytes written are the same)
        ImageIO.setUseCache(false);
    }

    private ChartFiles() {}

    /**
     * Sets {@code java.awt.headless=true} unless the property is already set, so that figures render on
     * machines without a display. Call before any AWT class is used.
     */
    public static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Starts loading the graphics stack (JFreeChart, Java2D, fonts, the PNG writer) on a daemon thread by
     * rendering a tiny chart in memory, so that a run's figures do not pay for it after the simulation: the
     * simulation runs on one processor meanwhile. Nothing is written; a failure here is ignored (the real
     * figures report their own).
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(ChartFiles::warmUp, "chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private static void warmUp() {
        try {
            XYSeries series = new XYSeries("warm-up");
            series.add(0, 0);
            series.add(1, 1);
            JFreeChart chart = ChartFactory.createXYLineChart("", "x", "y", new XYSeriesCollection(series));
            BufferedImage image = chart.createBufferedImage(32, 32, BufferedImage.TYPE_INT_RGB, null);
            ImageIO.write(image, "png", OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a warm-up: the figures that matter are rendered, and fail, on their own.
        }
    }

    /**
     * Renders {@code chart} as a PNG file.
     *
     * @param chart the chart
     * @param file the file to write, replaced if it exists
     * @param width width in pixels
     * @param height height in pixels
     * @throws IOException if writing fails
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available for " + file);
            }
        }
    }

    /**
     * Renders {@code chart} as an SVG file (for figures in documents).
     *
     * @param chart the chart
     * @param file the file to write, replaced if it exists
     * @param width width in SVG user units
     * @param height height in SVG user units
     * @throws IOException if writing fails
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix("livemig"); // the default prefix holds a timestamp; keep files reproducible
        chart.draw(svg, new Rectangle(0, 0, width, height));
        Files.writeString(file, svg.getSVGDocument() + "\n", StandardCharsets.UTF_8);
    }
}
