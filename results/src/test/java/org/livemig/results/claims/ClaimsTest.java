package org.livemig.results.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.sweep.IndexRow;

class ClaimsTest {

    /** Push runs make 40 + seed attempts at loss 0 and 10 + seed at loss 0.05; pull 5 + seed at both. */
    private static List<IndexRow> runs() {
        List<IndexRow> rows = new ArrayList<>();
        for (String strategy : List.of("push", "pull")) {
            for (String loss : List.of("0", "0.05")) {
                for (int seed = 1; seed <= 4; seed++) {
                    long attempts = strategy.equals("pull") ? 5 + seed : loss.equals("0") ? 40 + seed : 10 + seed;
                    rows.add(new IndexRow(
                            strategy + loss + seed,
                            "s",
                            strategy,
                            "xen",
                            "normal",
                            "medium",
                            false,
                            4,
                            16,
                            0.55,
                            0.25,
                            seed,
                            3000,
                            1500,
                            attempts,
                            1,
                            0.9,
                            0.9,
                            new OverheadStatistics(1, 0, 0.5, 0.5, 0.1),
                            10,
                            0.1,
                            IndexRow.SIMULATION,
                            30,
                            45,
                            false,
                            Map.of("network.loss_probability", loss, "energy_kwh", Double.toString(seed))));
                }
            }
        }
        return rows;
    }

    @Test
    void aClaimHoldsOnlyInTheDirectionTheRunsShow() throws Exception {
        List<Claim> claims = ClaimsFile.parse("""
                claims:
                  - name: loss-lowers-push-attempts
                    metric: attempts
                    where: {strategy: push}
                    lower: {loss_probability: 0.05}
                    than: {network.loss_probability: 0}
                  - name: loss-raises-push-attempts
                    metric: attempts
                    where: {strategy: push}
                    higher: {loss_probability: 0.05}
                    than: {loss_probability: 0}
                    test: mann-whitney
                  - name: push-above-pull-per-loss
                    metric: attempts
                    for_each: [loss_probability]
                    higher: {strategy: push}
                    than: {strategy: [pull]}
                """, "c.yaml");
        ClaimResult lower = ClaimEvaluator.evaluate(claims.get(0), runs());
        assertTrue(lower.holds(), lower.summary());
        assertTrue(lower.summary().contains("mean 12.50"), lower.summary());
        assertTrue(lower.summary().contains("Welch t-test"), lower.summary());
        ClaimResult higher = ClaimEvaluator.evaluate(claims.get(1), runs());
        assertFalse(higher.holds(), higher.summary());
        assertTrue(
                higher.summary().contains("Mann-Whitney U test U = 0.000, one-sided p = 1.000 > 0.05"),
                higher.summary());
        ClaimResult each = ClaimEvaluator.evaluate(claims.get(2), runs());
        assertTrue(each.holds(), each.summary());
        assertEquals(2, each.evidence().size());
    }

    @Test
    void errorsNameTheFileLineAndKey() throws Exception {
        ClaimsException unknown = assertThrows(
                ClaimsException.class,
                () -> ClaimsFile.parse(
                        "claims:\n  - name: x\n    metric: attempts\n    higher: {strategy: push}\n    thn: 3\n",
                        "c.yaml"));
        assertTrue(unknown.getMessage().startsWith("c.yaml:5: claims[1].thn: unknown key"), unknown.getMessage());
        ClaimsException alpha =
                assertThrows(ClaimsException.class, () -> ClaimsFile.parse("alpha: 5\nclaims: []\n", "c.yaml"));
        assertEquals("c.yaml:1: alpha: must be between 0 and 1, got '5'", alpha.getMessage());
        List<Claim> claims = ClaimsFile.parse(
                "claims:\n  - name: x\n    metric: attempts\n" + "    higher: {colour: red}\n    than: 3\n", "c.yaml");
        ClaimsException column =
                assertThrows(ClaimsException.class, () -> ClaimEvaluator.evaluate(claims.get(0), runs()));
        assertTrue(
                column.getMessage().startsWith("c.yaml:4: claims[1].higher.colour: no such column"),
                column.getMessage());
    }

    @Test
    void thePackagedClaimsFilesParse() throws Exception {
        for (String file : List.of("claims/thesis.yaml", "claims/ci.yaml")) {
            List<Claim> claims = ClaimsFile.load(Path.of("..", "scenarios", file));
            assertFalse(claims.isEmpty(), file);
        }
    }
}
