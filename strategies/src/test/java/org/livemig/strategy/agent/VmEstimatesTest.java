package org.livemig.strategy.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.prediction.Ewma;
import org.livemig.core.protocol.VmInfo;

class VmEstimatesTest {

    private static VmState vm(int id, double load) {
        return new VmState(id, 1, 256, load, 2);
    }

    private static double ewmaOf(double... samples) {
        Ewma e = new Ewma(0.5, 1);
        for (double s : samples) {
            e.update(s);
        }
        return e.value();
    }

    @Test
    void followsEachVmAcrossReorderingAndForgetsVmsThatLeft() {
        VmEstimates estimates = new VmEstimates(0.5, 1);
        estimates.update(List.of(vm(7, 1.0), vm(3, 0.2)));
        estimates.update(List.of(vm(3, 0.4), vm(7, 0.0))); // same VMs, other order
        List<VmInfo> infos = estimates.infos();
        assertEquals(List.of(3, 7), infos.stream().map(VmInfo::id).toList());
        assertEquals(ewmaOf(0.2, 0.4), infos.get(0).load(), 1e-12);
        assertEquals(ewmaOf(1.0, 0.0), infos.get(1).load(), 1e-12);
        assertEquals(0.0, infos.get(1).latestLoad());

        estimates.update(List.of(vm(3, 0.6))); // 7 left
        estimates.update(List.of(vm(3, 0.6), vm(7, 0.8))); // 7 is back: a fresh estimate
        infos = estimates.infos();
        assertEquals(ewmaOf(0.2, 0.4, 0.6, 0.6), infos.get(0).load(), 1e-12);
        assertEquals(ewmaOf(0.8), infos.get(1).load(), 1e-12);
    }

    @Test
    void hasNoInfosBeforeTheFirstSample() {
        assertEquals(List.of(), new VmEstimates(0.5, 1).infos());
    }
}
