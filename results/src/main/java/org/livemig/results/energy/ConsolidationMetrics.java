package org.livemig.results.energy;

import org.livemig.core.measurement.ConsolidationTotals;

/**
 * The metrics of consolidation research for one run (Beloglazov and Buyya 2012, section 6.2), from the
 * integrals of the true state the measurement point kept.
 *
 * @param slatah share of active time PMs spent at 100 % CPU, averaged over PMs (eq. 6)
 * @param pdm share of the VMs' requested CPU lost to live migrations, averaged over VMs (eq. 7)
 * @param slav SLA violation, SLATAH x PDM (eq. 8)
 * @param energyKwh energy of all PMs, kWh
 * @param esv energy x SLAV, kWh (section 6.2)
 * @param meanActivePms time-weighted mean number of active PMs
 */
public record ConsolidationMetrics(
        double slatah, double pdm, double slav, double energyKwh, double esv, double meanActivePms) {

    private static final double JOULES_PER_KWH = 3.6e6;

    /** The metrics of {@code totals}. */
    public static ConsolidationMetrics of(ConsolidationTotals totals) {
        double slatah = totals.slatah();
        double pdm = totals.pdm();
        double slav = slatah * pdm;
        double kwh = totals.energyJ() / JOULES_PER_KWH;
        return new ConsolidationMetrics(slatah, pdm, slav, kwh, kwh * slav, totals.meanActivePms());
    }
}
