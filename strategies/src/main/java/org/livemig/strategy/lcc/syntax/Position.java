package org.livemig.strategy.lcc.syntax;

/** Where something is in an LCC source: file name, line and column (both from 1). */
public record Position(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
