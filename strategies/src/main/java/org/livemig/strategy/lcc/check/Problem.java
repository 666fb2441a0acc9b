package org.livemig.strategy.lcc.check;

import org.livemig.strategy.lcc.syntax.Position;

/** Something wrong with an interaction model, found without running it. */
public record Problem(Position position, String reason) {

    @Override
    public String toString() {
        return position + ": " + reason;
    }
}
