package org.livemig.results.stats;

/**
 * The sum of one quantity over one window of time.
 *
 * @param startS start of the window, in seconds
 * @param lengthS length of the window, in seconds (the window length, or less for a lone partial window)
 * @param sum the quantity summed over the samples that fall in the window
 */
public record Window(double startS, double lengthS, double sum) {

    /** The sum per second over this window. */
    public double ratePerSecond() {
        return sum / lengthS;
    }
}
