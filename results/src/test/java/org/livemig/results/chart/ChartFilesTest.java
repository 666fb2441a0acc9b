package org.livemig.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.results.Fixtures;
import org.livemig.results.RunResult;

class ChartFilesTest {
    @TempDir
    Path tmp;

    @Test
    void rendersHeadless() {
        ChartFiles.ensureHeadless();
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    @Test
    void systemChartHasTwoLabelledPanels() {
        JFreeChart chart = SystemChart.create(Fixtures.run());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        assertEquals("Time (s)", plot.getDomainAxis().getLabel());
        assertEquals(2, plot.getSubplots().size());
        XYPlot performance = plot.getSubplots().get(0);
        assertEquals("System performance E", performance.getDataset().getSeriesKey(0));
        assertEquals(300, performance.getDataset().getItemCount(0));
        assertTrue(chart.getTitle().getText().contains("System performance"));
        assertNotNull(chart.getLegend());
    }

    @Test
    void pmLoadChartHasOneSeriesPerPmInIdOrder() {
        XYPlot plot = PmLoadChart.create(Fixtures.run()).getXYPlot();
        assertEquals(4, plot.getDataset().getSeriesCount());
        assertEquals("PM 0", plot.getDataset().getSeriesKey(0));
        assertEquals("PM 3", plot.getDataset().getSeriesKey(3));
        assertEquals("Load (load / cores)", plot.getRangeAxis().getLabel());
    }

    @Test
    void writesPngAndSvg() throws Exception {
        RunResult run = Fixtures.run();
        Path png = tmp.resolve("system.png");
        ChartFiles.writePng(SystemChart.create(run), png, 640, 480);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());

        Path svg = tmp.resolve("pm_loads.svg");
        ChartFiles.writeSvg(PmLoadChart.create(run), svg, 640, 480);
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), "an SVG document");
        Path again = tmp.resolve("again.svg");
        ChartFiles.writeSvg(PmLoadChart.create(run), again, 640, 480);
        assertEquals(text, Files.readString(again), "SVG output is reproducible");
    }
}
