package org.livemig.strategy.choice;

import org.livemig.core.protocol.VmInfo;

/**
 * One way to migrate: a VM from one PM to another, with its cost (T_mig) and the system performance
 * predicted after it.
 *
 * @param vm                  the VM to move
 * @param source              PM id it leaves
 * @param destination         PM id it goes to
 * @param costS               predicted total migration time T_mig, s
 * @param predictedEntropy    system performance E after the move
 */
public record CandidatePair(VmInfo vm, int source, int destination, double costS, double predictedEntropy) {}
