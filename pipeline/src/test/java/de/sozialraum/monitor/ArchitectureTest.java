package de.sozialraum.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages in the order data flows through the run, each allowed to use only the packages
 * before it: the ground floor (helpers, the stage shape, configuration, the column schema,
 * numerics, Spark plumbing), then the steps from reading the inputs to publishing, then the run
 * that strings them together and the CLI on top. See docs/ARCHITECTURE.md.
 */
class ArchitectureTest {

  private static final String ROOT = "de.sozialraum.monitor";

  /**
   * Bottom to top. A package may import only packages listed before it (and itself, with its
   * sub-packages).
   */
  static final List<String> LAYERS =
      List.of(
          "util",
          "stage",
          "config",
          "schema",
          "numerics",
          "spark",
          "ingest",
          "quality",
          "crosswalk",
          "indicators",
          "neighbours",
          "index",
          "spatial",
          "supply",
          "disclosure",
          "summary",
          "output",
          "styles",
          "report",
          "store",
          "run",
          "cli");

  private static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.sozialraum");
  }

  @Test
  void everyPackageOfThePipelineHasItsPlaceInTheLayers() {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : product) {
      if (c.getPackageName().startsWith(ROOT + ".")) {
        packages.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
      }
    }
    assertThat(packages).containsExactlyInAnyOrderElementsOf(LAYERS);
  }

  @Test
  void noPackageImportsAPackageAboveIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .map(p -> ROOT + "." + p + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + LAYERS.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because(
              LAYERS.get(i)
                  + " lies below "
                  + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
          .check(product);
    }
  }

  @Test
  void noPackagesImportEachOtherInALoop() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(product);
  }

  @Test
  void geodataAndTheNumericsNeverSeeSpark() {
    noClasses()
        .that()
        .resideInAnyPackage("de.sozialraum.geodata..", ROOT + ".numerics..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "org.apache.sedona..", "scala..")
        .check(product);
  }

  @Test
  void theIndexMethodsKernelsAndPresetsNeverSeeSpark() {
    // the presets run inside Spark tasks but compute on arrays: Spark stays in the steps that call
    // them
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".index.*..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(product);
  }

  /**
   * Geometry sources, table formats, index methods and outputs are found through {@code
   * META-INF/services}: an implementation missing there would never be called, one listed twice
   * would run twice.
   */
  @Test
  void everyPlugInIsRegisteredOnce() {
    for (Class<?> api :
        List.of(
            de.sozialraum.geodata.io.FeatureSource.class,
            de.sozialraum.monitor.ingest.TableFormat.class,
            de.sozialraum.monitor.config.PresetSection.class,
            de.sozialraum.monitor.config.ConfigCheck.class,
            de.sozialraum.monitor.output.RunOutput.class)) {
      Set<String> implemented = new TreeSet<>();
      for (JavaClass c : product) {
        if (!c.isInterface()
            && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
            && c.isAssignableTo(api)) {
          implemented.add(c.getName());
        }
      }
      List<String> registered = new java.util.ArrayList<>();
      java.util.ServiceLoader.load(api).stream().forEach(p -> registered.add(p.type().getName()));
      assertThat(registered)
          .as("%s implementations registered in META-INF/services", api.getSimpleName())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(implemented);
    }
  }
}
