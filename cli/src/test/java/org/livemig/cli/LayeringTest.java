package org.livemig.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering every module README promises, checked on the compiled main classes of all modules (cli's tests
 * see them all): arguments &lt;- models (cost, entropy) &lt;- the scenario records (which name the models'
 * parameters) &lt;- core &lt;- strategies, results &lt;- backends (sim, libvirt) &lt;- cli. A package root may use only the roots of lower layers, never one beside or
 * above it.
 */
class LayeringTest {

    /** Each package root with its layer: 0 is the bottom. Roots in one layer do not see each other. */
    private static final Map<String, Integer> LAYER = new LinkedHashMap<>();

    static {
        LAYER.put("org.livemig.argument", 0);
        LAYER.put("org.livemig.cost", 1);
        LAYER.put("org.livemig.entropy", 1);
        LAYER.put("org.livemig.scenario", 2);
        LAYER.put("org.livemig.core", 3);
        LAYER.put("org.livemig.strategy", 4);
        LAYER.put("org.livemig.results", 4);
        LAYER.put("org.livemig.sim", 5);
        LAYER.put("org.livemig.libvirt", 5);
        LAYER.put("org.livemig.cli", 6);
    }

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.livemig");
    }

    static Stream<String> roots() {
        return LAYER.keySet().stream();
    }

    /** The roots {@code root} must not use: those in its own layer (but itself) and every layer above. */
    private static String[] forbiddenFor(String root) {
        List<String> forbidden = new ArrayList<>();
        for (Map.Entry<String, Integer> other : LAYER.entrySet()) {
            if (!other.getKey().equals(root) && other.getValue() >= LAYER.get(root)) {
                forbidden.add(other.getKey() + "..");
            }
        }
        return forbidden.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} uses only lower layers")
    @MethodSource("roots")
    void aPackageRootUsesOnlyLowerLayers(String root) {
        String[] forbidden = forbiddenFor(root);
        if (forbidden.length == 0) {
            return; // cli: the top, may use everything
        }
        noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("dependencies point one way (see the module READMEs and LayeringTest.LAYER)")
                .check(mainClasses);
    }

    @Test
    void everyClassBelongsToALayer() {
        String[] known = LAYER.keySet().stream().map(root -> root + "..").toArray(String[]::new);
        classes()
                .that()
                .resideInAPackage("org.livemig..")
                .should()
                .resideInAnyPackage(known)
                .because("a new package root must be given a layer in LayeringTest.LAYER and its module README")
                .check(mainClasses);
    }

    @Test
    void theCoreAndTheStrategiesNeverReachJFreeChart() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.livemig.argument..",
                        "org.livemig.cost..",
                        "org.livemig.entropy..",
                        "org.livemig.scenario..",
                        "org.livemig.core..",
                        "org.livemig.strategy..")
                .should()
                .transitivelyDependOnClassesThat()
                .resideInAPackage("org.jfree..")
                .because("agents run on every PM of a testbed and must not carry the charting library")
                .check(mainClasses);
    }

    @Test
    void topLevelClassNamesAreUniqueAcrossModules() {
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (JavaClass c : mainClasses) {
            if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
                bySimpleName
                        .computeIfAbsent(c.getSimpleName(), name -> new ArrayList<>())
                        .add(c.getName());
            }
        }
        bySimpleName.values().removeIf(names -> names.size() == 1);
        assertEquals(Map.of(), bySimpleName, "one simple name, two classes: a reader cannot tell them apart");
    }

    @Test
    void theImportSeesEveryLayer() {
        for (String root : LAYER.keySet()) {
            boolean present =
                    mainClasses.stream().anyMatch(c -> c.getPackageName().startsWith(root));
            if (!present) {
                throw new AssertionError("no main class under " + root + ": the check would pass vacuously");
            }
        }
    }
}
