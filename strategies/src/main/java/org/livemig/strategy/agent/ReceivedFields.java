package org.livemig.strategy.agent;

import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;

/**
 * Checks a received message before the agent touches it: the source is a PM or the measurement point and
 * every number is finite and not negative (cores and vcpus at least 1), so no hostile or broken peer can
 * make the cost model or the migration choice throw.
 */
final class ReceivedFields {

    private ReceivedFields() {}

    /** Whether {@code m} may be handled. */
    static boolean valid(Message m) {
        if (m.source() < 0 && m.source() != Message.MEASUREMENT_POINT) {
            return false;
        }
        PmInfo pm = m.pm();
        if (pm != null
                && !(pm.cores() >= 1
                        && amount(pm.load())
                        && amount(pm.latestLoad())
                        && pm.memoryTotalMb() >= 0
                        && pm.memoryUsedMb() >= 0
                        && pm.trafficBytes() >= 0
                        && pm.trafficPackets() >= 0)) {
            return false;
        }
        for (VmInfo vm : m.vms()) {
            if (!(vm.vcpus() >= 1
                    && amount(vm.load())
                    && amount(vm.latestLoad())
                    && vm.memoryMb() >= 0
                    && amount(vm.dirtyRateMbps()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean amount(double x) {
        return x >= 0 && x < Double.POSITIVE_INFINITY;
    }
}
