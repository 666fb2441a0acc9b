package org.livemig.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal, or nothing when output is not a terminal or is quiet. */
final class RunProgress implements AutoCloseable {

    private static final int STEPS = 1000;

    private final ProgressBar bar;

    private RunProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static RunProgress start(String task, boolean wanted) {
        if (!wanted || System.console() == null) {
            return new RunProgress(null);
        }
        return new RunProgress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .build());
    }

    /** Reports the fraction done, 0 to 1. */
    void update(double fraction) {
        if (bar != null) {
            bar.stepTo(Math.round(Math.max(0, Math.min(1, fraction)) * STEPS));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(STEPS);
            bar.close();
        }
    }
}
