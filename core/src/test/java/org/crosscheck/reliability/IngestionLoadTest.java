package org.crosscheck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The big ingestion measurements, on demand (they take minutes and gigabytes of disk):
 * {@code mvn -B verify -pl core -Dtest=IngestionLoadTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrosscheck.fuzz.skip=true -Dcrosscheck.load=true}. Each runs in a JVM of its own with a fixed
 * heap, so running out of it fails the test; the figures are printed, not asserted.
 */
@EnabledIfSystemProperty(named = "crosscheck.load", matches = "true")
class IngestionLoadTest {
  @TempDir Path folder;

  private String run(String heap, String... args) throws Exception {
    Path log = folder.resolve(args[0] + ".log");
    Process child = ChildJvm.start(IngestionLoad.class, List.of("-Xmx" + heap), List.of(args), log);
    assertTrue(child.waitFor(30, TimeUnit.MINUTES), "finished within 30 minutes");
    String output = Files.readString(log);
    System.out.println(output);
    assertEquals(0, child.exitValue(), output);
    return output;
  }

  @Test
  void aFiftyMegabyteParagraphIndexesInABoundedHeap() throws Exception {
    String megabytes = System.getProperty("crosscheck.load.megabytes", "50");
    assertTrue(run(System.getProperty("crosscheck.load.heap", "1g"), "big", folder.toString(), megabytes).contains("big file:"));
  }

  @Test
  void aHundredThousandTinyFiles() throws Exception {
    String count = System.getProperty("crosscheck.load.files", "100000");
    assertTrue(run("512m", "tiny", folder.toString(), count).contains("tiny files:"));
  }
}
