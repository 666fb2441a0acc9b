package org.livemig.scenario;

import static org.livemig.scenario.InvalidScenarioException.INVALID;

import org.livemig.argument.Arguments;
import org.livemig.cost.MigrationEnergy;
import org.livemig.cost.PreCopyParameters;

/**
 * Parameters of the pre-copy live-migration cost model (SPEC 1, thesis eqs. 3.6-3.12, Algorithm 1).
 *
 * @param a writable-working-set coefficient of the round time (default -0.0463)
 * @param b writable-working-set coefficient of the dirty rate (default -0.0001)
 * @param c writable-working-set constant (default 0.3586)
 * @param thresholdMb stop pre-copy when a round would send at most this, in MB (V_thd; default 0.25)
 * @param resumeS time to resume the VM on the destination, in s (T_resume; default 0.020)
 * @param maxRounds most pre-copy rounds (default 29)
 * @param energyPerMbJ energy per MB migrated, in J (E_mig = 0.512 V_mig + 20.165; default 0.512)
 * @param energyConstantJ fixed energy of a migration, in J (default 20.165)
 */
public record CostModel(
        double a,
        double b,
        double c,
        double thresholdMb,
        double resumeS,
        int maxRounds,
        double energyPerMbJ,
        double energyConstantJ) {

    /** Validates every value; throws {@link InvalidScenarioException} naming the key at fault. */
    public CostModel {
        Arguments.finite("cost_model.a", a, INVALID);
        Arguments.finite("cost_model.b", b, INVALID);
        Arguments.finite("cost_model.c", c, INVALID);
        Arguments.nonNegative("cost_model.threshold_mb", thresholdMb, INVALID);
        Arguments.nonNegative("cost_model.resume_s", resumeS, INVALID);
        Arguments.range("cost_model.max_rounds", maxRounds, 1, 10_000, INVALID);
        Arguments.nonNegative("cost_model.energy_per_mb_j", energyPerMbJ, INVALID);
        Arguments.nonNegative("cost_model.energy_constant_j", energyConstantJ, INVALID);
    }

    /** The defaults of SPEC 1. */
    public static CostModel defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameters the pre-copy model (thesis Algorithm 1) runs with. */
    public PreCopyParameters preCopyParameters() {
        return new PreCopyParameters(a, b, c, thresholdMb, resumeS, maxRounds);
    }

    /** The energy of a migration (SPEC 1 E_mig) with these coefficients. */
    public MigrationEnergy migrationEnergy() {
        return new MigrationEnergy(energyPerMbJ, energyConstantJ);
    }

    /** A builder holding this model's values. */
    public Builder toBuilder() {
        return new Builder()
                .a(a)
                .b(b)
                .c(c)
                .thresholdMb(thresholdMb)
                .resumeS(resumeS)
                .maxRounds(maxRounds)
                .energyPerMbJ(energyPerMbJ)
                .energyConstantJ(energyConstantJ);
    }

    /** Mutable builder of a {@link CostModel}; {@link #build()} validates. */
    public static final class Builder {
        private double a = -0.0463;
        private double b = -0.0001;
        private double c = 0.3586;
        private double thresholdMb = 0.25;
        private double resumeS = 0.020;
        private int maxRounds = 29;
        private double energyPerMbJ = 0.512;
        private double energyConstantJ = 20.165;

        private Builder() {}

        /** @return this */
        public Builder a(double v) {
            a = v;
            return this;
        }
        /** @return this */
        public Builder b(double v) {
            b = v;
            return this;
        }
        /** @return this */
        public Builder c(double v) {
            c = v;
            return this;
        }
        /** @return this */
        public Builder thresholdMb(double v) {
            thresholdMb = v;
            return this;
        }
        /** @return this */
        public Builder resumeS(double v) {
            resumeS = v;
            return this;
        }
        /** @return this */
        public Builder maxRounds(int v) {
            maxRounds = v;
            return this;
        }
        /** @return this */
        public Builder energyPerMbJ(double v) {
            energyPerMbJ = v;
            return this;
        }
        /** @return this */
        public Builder energyConstantJ(double v) {
            energyConstantJ = v;
            return this;
        }

        /** The cost model parameters; throws {@link InvalidScenarioException} if a value is out of range. */
        public CostModel build() {
            return new CostModel(a, b, c, thresholdMb, resumeS, maxRounds, energyPerMbJ, energyConstantJ);
        }
    }
}
