package org.crosscheck.cli.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.IndexLease;
import org.crosscheck.cli.IndexProvider;

/**
 * The indexes the background server keeps open between requests: one facade per folder, shared by
 * the requests that read it at the same time (the facade is thread-safe), so a request finds the
 * index's files open and its code compiled. New commits need nothing here: the facade answers from
 * the latest commit on disk, including one another process made.
 *
 * <p>A facade is set aside, and closed once its last request is done, when its folder was removed
 * or replaced (say {@code rm -rf .crosscheck/index} and a rebuild), when a request ended in an
 * internal error ({@link #setAsideAll}), or when more than {@link #MAX_OPEN} folders are open (the
 * least recently used goes). A folder that does not exist yet is opened for the one request, as a
 * one-off run opens it.
 *
 * <p>Thread safety: all methods may be called from any thread.
 */
final class SharedIndexes implements IndexProvider, AutoCloseable {
  /** How many index folders stay open at once. */
  static final int MAX_OPEN = 4;

  private final Map<Path, Shared> open = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Shared {
    final Object folderKey;
    final Crosscheck crosscheck;
    int users;
    boolean setAside;

    Shared(Object folderKey, Crosscheck crosscheck) {
      this.folderKey = folderKey;
      this.crosscheck = crosscheck;
    }
  }

  @Override
  public synchronized IndexLease open(Path location) {
    Object folderKey = folderKey(location);
    Shared shared = open.get(location);
    if (shared != null && !shared.folderKey.equals(folderKey)) {
      setAside(location, shared);
      shared = null;
    }
    if (folderKey == null) {
      return IndexLease.owned(Crosscheck.open(location));
    }
    if (shared == null) {
      shared = new Shared(folderKey, Crosscheck.open(location));
      open.put(location, shared);
      setAsideBeyond(MAX_OPEN);
    }
    shared.users++;
    Shared leased = shared;
    return new IndexLease(shared.crosscheck, () -> release(leased));
  }

  /** How many folders are open now. */
  synchronized int size() {
    return open.size();
  }

  /** Sets every open facade aside: the next request opens its folder afresh. */
  synchronized void setAsideAll() {
    for (Map.Entry<Path, Shared> entry : new ArrayList<>(open.entrySet())) {
      setAside(entry.getKey(), entry.getValue());
    }
  }

  @Override
  public void close() {
    setAsideAll();
  }

  private synchronized void release(Shared shared) {
    shared.users--;
    if (shared.setAside && shared.users == 0) {
      shared.crosscheck.close();
    }
  }

  private void setAside(Path location, Shared shared) {
    open.remove(location, shared);
    shared.setAside = true;
    if (shared.users == 0) {
      shared.crosscheck.close();
    }
  }

  private void setAsideBeyond(int limit) {
    List<Map.Entry<Path, Shared>> eldestFirst = new ArrayList<>(open.entrySet());
    for (int i = 0; i < eldestFirst.size() - limit; i++) {
      setAside(eldestFirst.get(i).getKey(), eldestFirst.get(i).getValue());
    }
  }

  /** What tells this folder from one made in its place later (device and inode on Unix); null when it is no folder. */
  private static Object folderKey(Path location) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        return null;
      }
      return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    } catch (IOException e) {
      return null;
    }
  }
}
