package org.livemig.strategy.lcc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.livemig.strategy.lcc.check.ModelChecker;
import org.livemig.strategy.lcc.check.Problem;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;

/** Loads interaction models: the two packaged ones of seed 000 and users' files, parsed and checked. */
public final class LccModels {

    /** Resource of seed 000's first model. */
    public static final String BALANCE = "lcc/balance.lcc";
    /** Resource of seed 000's second model. */
    public static final String CONSOLIDATE = "lcc/consolidate.lcc";

    private LccModels() {}

    /** A packaged model, e.g. {@link #BALANCE}. */
    public static InteractionModel packaged(String resource) {
        try (InputStream in = LccModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LccRuntimeException("no packaged LCC model " + resource);
            }
            return checked(LccParser.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | LccSyntaxException e) {
            throw new LccRuntimeException(e.getMessage());
        }
    }

    /** Reads, parses and checks a model file; any problem is one line naming file:line:column. */
    public static InteractionModel load(Path file) {
        try {
            return checked(LccParser.parse(file));
        } catch (IOException e) {
            throw new LccRuntimeException(file + ": cannot read LCC model (" + e.getMessage() + ")");
        } catch (LccSyntaxException e) {
            throw new LccRuntimeException(e.getMessage());
        }
    }

    private static InteractionModel checked(InteractionModel model) {
        List<Problem> problems = ModelChecker.check(model);
        if (!problems.isEmpty()) {
            throw new LccRuntimeException(problems.get(0).toString());
        }
        return model;
    }

    /** Throws naming the first goal of {@code model} whose constraint is not in {@code registry} (as lcc check). */
    public static void requireConstraints(InteractionModel model, ConstraintRegistry registry) {
        List<Problem> missing = MissingConstraints.of(model, registry);
        if (!missing.isEmpty()) {
            throw new LccRuntimeException(missing.get(0).toString());
        }
    }
}
