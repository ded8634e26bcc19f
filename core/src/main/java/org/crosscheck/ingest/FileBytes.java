package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Objects;
import org.crosscheck.InvalidArticleException;

/**
 * Reads one corpus file whole, refusing what must not be read with a {@link SkipReason}: a named
 * pipe or device (reading one could wait for ever), a file over the size limit, a link that leads
 * nowhere or to itself, a file that cannot be opened, and a file that keeps changing while it is
 * read. A file that changed during a read is read again, up to {@value #ATTEMPTS} times, so an
 * editor saving it mid-run costs nothing; the bytes returned are always one version of the file.
 * Thread-safe.
 */
final class FileBytes {
  /** Reads of a changing file before it is skipped; the next indexing run picks it up. */
  static final int ATTEMPTS = 3;

  /** The most one Java array holds: a larger file could not be read whole. */
  private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private static final FileBytes DEFAULT = new FileBytes(() -> {});

  /** Runs between reading the bytes and checking the file again; tests change the file there. */
  private final Runnable afterRead;

  FileBytes(Runnable afterRead) {
    this.afterRead = Objects.requireNonNull(afterRead, "afterRead");
  }

  /**
   * @throws InvalidArticleException when the file is not read, with the reason
   */
  static byte[] read(Path path, String source, long maxBytes) {
    return DEFAULT.readStable(path, source, maxBytes);
  }

  byte[] readStable(Path path, String source, long maxBytes) {
    for (int attempt = 1; ; attempt++) {
      try {
        BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
          throw new InvalidArticleException(source, SkipReason.NOT_A_FILE,
              "not a regular file (a named pipe, socket or device), so it is not read");
        }
        if (before.size() > Math.min(maxBytes, MAX_ARRAY_BYTES)) {
          throw new InvalidArticleException(source, SkipReason.TOO_LARGE,
              "the file has " + before.size() + " bytes, more than the " + Math.min(maxBytes, MAX_ARRAY_BYTES) + " crosscheck reads");
        }
        byte[] bytes = readExactly(path, (int) before.size());
        afterRead.run();
        BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
        if (bytes != null && sameVersion(before, after)) {
          return bytes;
        }
      } catch (IOException e) {
        throw new InvalidArticleException(source, SkipReason.UNREADABLE, describe(e));
      }
      if (attempt == ATTEMPTS) {
        throw new InvalidArticleException(source, SkipReason.CHANGED_WHILE_READ,
            "the file changed each of the " + ATTEMPTS + " times it was read; index again once it is written");
      }
    }
  }

  /** The file's bytes when it holds exactly {@code size} of them; null when it grew or shrank meanwhile. */
  private static byte[] readExactly(Path path, int size) throws IOException {
    byte[] bytes = new byte[size];
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          return null;
        }
      }
      return channel.read(ByteBuffer.allocate(1)) < 0 ? bytes : null;
    }
  }

  private static boolean sameVersion(BasicFileAttributes before, BasicFileAttributes after) {
    return before.size() == after.size()
        && sameTime(before.lastModifiedTime(), after.lastModifiedTime())
        && Objects.equals(before.fileKey(), after.fileKey());
  }

  private static boolean sameTime(FileTime a, FileTime b) {
    return a.compareTo(b) == 0;
  }

  /** What went wrong, in words, without the absolute path the message of the exception repeats. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read the file: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read the file: it is gone (deleted, or a symbolic link to nothing)";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String reason = fs.getReason();
      if (reason.toLowerCase(Locale.ROOT).contains("symbolic links")) {
        return "cannot read the file: it is a symbolic link loop (a link that leads back to itself)";
      }
      return "cannot read the file: " + reason;
    }
    return "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
