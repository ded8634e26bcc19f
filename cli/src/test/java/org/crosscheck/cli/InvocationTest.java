package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a run takes from the process that asked: colour by picocli's rules, paths, the environment it may read. */
class InvocationTest {
  private static boolean colour(Map<String, String> env, boolean terminal) {
    return Invocation.colour(env::get, terminal, null, "Linux");
  }

  @Test
  void colourOnATerminalUnlessNoColorOrClicolorSayOtherwise() {
    assertTrue(colour(Map.of(), true));
    assertFalse(colour(Map.of(), false));
    assertFalse(colour(Map.of("NO_COLOR", "1"), true));
    assertFalse(colour(Map.of("NO_COLOR", ""), true), "NO_COLOR counts when set, even empty");
    assertTrue(colour(Map.of("CLICOLOR_FORCE", "1"), false));
    assertFalse(colour(Map.of("CLICOLOR_FORCE", "0"), false));
    assertFalse(colour(Map.of("NO_COLOR", "1", "CLICOLOR_FORCE", "1"), true), "NO_COLOR wins");
    assertFalse(colour(Map.of("CLICOLOR", "0"), true));
    assertFalse(colour(Map.of("ConEmuANSI", "OFF"), true));
  }

  @Test
  void thePicocliAnsiPropertyOverridesTheRules() {
    assertTrue(Invocation.colour(Map.<String, String>of()::get, false, "true", "Linux"));
    assertFalse(Invocation.colour(Map.<String, String>of()::get, true, "false", "Linux"));
    assertTrue(Invocation.colour(Map.<String, String>of()::get, true, "tty", "Linux"));
    assertFalse(Invocation.colour(Map.<String, String>of()::get, false, "tty", "Linux"));
    assertTrue(Invocation.colour(Map.<String, String>of()::get, true, "AUTO", "Linux"));
  }

  @Test
  void onWindowsATerminalNeedsAHint() {
    assertFalse(Invocation.colour(Map.<String, String>of()::get, true, null, "Windows 11"));
    assertTrue(Invocation.colour(Map.of("TERM", "xterm")::get, false, null, "Windows 11"), "a pseudo-terminal (Cygwin, MSYS)");
    assertTrue(Invocation.colour(Map.of("ANSICON", "1")::get, true, null, "Windows 11"));
  }

  @Test
  void theRulesAgreeWithPicocliForThisProcess() {
    Invocation local = Invocation.local();
    assertEquals(CommandLine.Help.Ansi.AUTO.enabled(), local.colour());
  }

  @Test
  void relativePathsResolveAgainstTheWorkingDirectory() {
    Invocation invocation = Invocation.of(Path.of("/home/me/work"), Map.of(), false, () -> -1, IndexProvider.OWN);
    assertEquals(Path.of("/home/me/work/idx"), invocation.resolve(Path.of("idx")));
    assertEquals(Path.of("/home/me/idx"), invocation.resolve(Path.of("../idx")));
    assertEquals(Path.of("/srv/idx"), invocation.resolve(Path.of("/srv/idx")));
    assertThrows(IllegalArgumentException.class, () -> Invocation.of(Path.of("work"), Map.of(), false, () -> -1, IndexProvider.OWN));
  }

  @Test
  void onlyForwardedVariablesMayBeRead() {
    Invocation invocation = Invocation.of(Path.of("/w"), Map.of("CROSSCHECK_DEBUG", "1", "HOME", "/home/me"), false, () -> -1, IndexProvider.OWN);
    assertEquals("1", invocation.environment("CROSSCHECK_DEBUG"));
    assertEquals(null, invocation.environment("NO_COLOR"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> invocation.environment("HOME")).getMessage()
        .startsWith("HOME is not forwarded to the server"));
  }

  @Test
  void theTerminalWidthIsAskedOnlyOfATerminalAndOnce() {
    int[] asked = {0};
    Invocation terminal = Invocation.of(Path.of("/w"), Map.of(), true, () -> ++asked[0] * 100, IndexProvider.OWN);
    assertEquals(100, terminal.terminalColumns());
    assertEquals(100, terminal.terminalColumns());
    Invocation pipe = Invocation.of(Path.of("/w"), Map.of(), false, () -> ++asked[0] * 100, IndexProvider.OWN);
    assertEquals(-1, pipe.terminalColumns());
    assertEquals(1, asked[0]);
  }
}
