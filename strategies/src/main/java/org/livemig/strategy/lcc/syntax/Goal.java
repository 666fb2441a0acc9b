package org.livemig.strategy.lcc.syntax;

/** One constraint of a conjunction: a term such as {@code isMigrationPossible(C, N)} or {@code X = 3}. */
public record Goal(Term term, Position position) {

    /** {@code name/arity}, the key of the constraint in a registry. */
    public String indicator() {
        return Term.functorOf(term) + "/" + Term.argsOf(term).size();
    }

    @Override
    public String toString() {
        return term.toString();
    }
}
