package org.livemig.strategy.central;

import org.livemig.core.agent.PmAgent;
import org.livemig.core.protocol.Message;

/** The {@code none} baseline's agent: it never migrates and sends nothing. */
final class NoMigrationAgent implements PmAgent {

    @Override
    public void start() {}

    @Override
    public void onMessage(Message m) {}
}
