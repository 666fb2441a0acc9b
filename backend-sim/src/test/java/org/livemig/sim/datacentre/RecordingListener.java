package org.livemig.sim.datacentre;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;

/** Records how migrations ended. */
final class RecordingListener implements HypervisorView.MigrationListener {
    final List<MigrationResult> completed = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    @Override
    public void completed(MigrationResult result) {
        completed.add(result);
    }

    @Override
    public void failed(String reason) {
        failed.add(reason);
    }

    int calls() {
        return completed.size() + failed.size();
    }
}
