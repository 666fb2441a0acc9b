package org.livemig.crosscheck;

import org.cloudsimplus.utilizationmodels.UtilizationModelAbstract;

/** A cloudlet's CPU utilisation that follows one VM's path of the {@link ReferenceWalk} (issue 12, item 4). */
final class WalkUtilizationModel extends UtilizationModelAbstract {

    private final ReferenceWalk walk;
    private final int vm;

    WalkUtilizationModel(ReferenceWalk walk, int vm) {
        this.walk = walk;
        this.vm = vm;
    }

    @Override
    protected double getUtilizationInternal(double time) {
        return walk.share(vm, time);
    }
}
