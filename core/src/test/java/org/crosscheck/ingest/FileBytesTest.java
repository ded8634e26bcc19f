package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.InvalidArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
  @TempDir Path folder;

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFileThatChangesOnceWhileReadIsReadAgainAndTheNewVersionIsReturned() throws IOException {
    Path file = Files.writeString(folder.resolve("a.txt"), "T\n\nfirst");
    AtomicInteger reads = new AtomicInteger();
    FileBytes reader = new FileBytes(() -> {
      if (reads.incrementAndGet() == 1) {
        append(file, " and more");
      }
    });
    assertArrayEquals("T\n\nfirst and more".getBytes(StandardCharsets.UTF_8), reader.readStable(file, "a.txt", 1000));
    assertEquals(2, reads.get());
  }

  @Test
  void aFileThatKeepsChangingIsSkippedWithAReasonTheNextRunMends() throws IOException {
    Path file = Files.writeString(folder.resolve("growing.txt"), "T\n\nstart");
    FileBytes reader = new FileBytes(() -> append(file, " more"));
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> reader.readStable(file, "growing.txt", 1000));
    assertEquals(SkipReason.CHANGED_WHILE_READ, e.reason());
    assertEquals("growing.txt: the file changed each of the 3 times it was read; index again once it is written", e.getMessage());
  }

  @Test
  void aFileReplacedByRenameWhileReadIsReadAgain() throws IOException {
    Path file = Files.writeString(folder.resolve("saved.txt"), "T\n\nold");
    AtomicInteger reads = new AtomicInteger();
    FileBytes reader = new FileBytes(() -> {
      if (reads.incrementAndGet() == 1) {
        try {
          // Same size, so only the file key (another inode) tells the versions apart.
          Path next = Files.writeString(folder.resolve("saved.tmp"), "T\n\nnew");
          Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    assertArrayEquals("T\n\nnew".getBytes(StandardCharsets.UTF_8), reader.readStable(file, "saved.txt", 1000));
  }

  @Test
  void aSymbolicLinkLoopIsUnreadableWithTheReason() throws IOException {
    Path loop = folder.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop.getFileName());
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> FileBytes.read(loop, "loop.txt", 1000));
    assertEquals(SkipReason.UNREADABLE, e.reason());
    assertEquals("loop.txt: cannot read the file: it is a symbolic link loop (a link that leads back to itself)", e.getMessage());
  }

  @Test
  void aLinkToNothingIsUnreadable() throws IOException {
    Path dangling = Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nowhere.txt"));
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> FileBytes.read(dangling, "gone.txt", 1000));
    assertEquals("gone.txt: cannot read the file: it is gone (deleted, or a symbolic link to nothing)", e.getMessage());
  }

  @Test
  void aNamedPipeIsNotReadSoTheRunCannotHang() throws Exception {
    Path fifo = folder.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available here");
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> FileBytes.read(fifo, "pipe.txt", 1000));
    assertEquals(SkipReason.NOT_A_FILE, e.reason());
    assertEquals("pipe.txt: not a regular file (a named pipe, socket or device), so it is not read", e.getMessage());
  }

  @Test
  void aFileWithoutReadPermissionIsUnreadable() throws IOException {
    Path file = Files.writeString(folder.resolve("secret.txt"), "T\n\nx");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root (as in containers and CI) reads any file whatever its mode; the loop and pipe tests cover
    // the same outcome there.
    assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reads, so this case cannot be made here");
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> FileBytes.read(file, "secret.txt", 1000));
    assertEquals(SkipReason.UNREADABLE, e.reason());
    assertEquals("secret.txt: cannot read the file: permission denied", e.getMessage());
  }

  @Test
  void aFileOverTheLimitIsNotRead() throws IOException {
    Path file = Files.write(folder.resolve("big.txt"), new byte[1001]);
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> FileBytes.read(file, "big.txt", 1000));
    assertEquals(SkipReason.TOO_LARGE, e.reason());
    assertEquals("big.txt: the file has 1001 bytes, more than the 1000 crosscheck reads", e.getMessage());
  }
}
