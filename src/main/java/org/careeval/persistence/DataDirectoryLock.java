package org.careeval.persistence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;

/**
 * Makes sure only one CareEval process uses a data directory at a time. The holder writes who it is
 * into a separate file, because on Windows a locked file cannot be read by others; the second
 * process can then say who has the data open.
 */
public final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;
  private final Path ownerFile;

  private DataDirectoryLock(FileChannel channel, FileLock lock, Path ownerFile) {
    this.channel = channel;
    this.lock = lock;
    this.ownerFile = ownerFile;
  }

  /**
   * Creates the data directory if needed and takes its lock.
   *
   * @throws CareEvalException if the directory cannot be written or another process holds it
   */
  public static DataDirectoryLock acquire(DataDirectory directory) {
    Path root = directory.root();
    ensureWritable(root);
    Path ownerFile = ownerFile(directory);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              directory.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new CareEvalException("error.dataDir.inUse", root, readOwner(ownerFile));
      }
      Files.writeString(ownerFile, describeThisProcess(), StandardCharsets.UTF_8);
      return new DataDirectoryLock(channel, lock, ownerFile);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CareEvalException(e, "error.dataDir.notWritable", root, e.getMessage());
    }
  }

  private static void ensureWritable(Path root) {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.dataDir.notWritable", root, e.toString());
    }
    if (!Files.isDirectory(root) || !Files.isWritable(root)) {
      throw new CareEvalException("error.dataDir.notWritable", root, "");
    }
    ownerOnly(root);
  }

  /**
   * The data directory holds personal data: on POSIX systems only its owner may enter it, so other
   * local users cannot read the database file, scans or logs whatever their own modes (issue 9,
   * section 11). Windows keeps the user profile's ACLs.
   */
  private static void ownerOnly(Path root) {
    try {
      if (Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // a folder we may write but not chmod (a share): the data stays usable, as before
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // this very JVM already holds it (a second window or test in the same process)
      return null;
    }
  }

  private static Path ownerFile(DataDirectory directory) {
    return directory.lockFile().resolveSibling(directory.lockFile().getFileName() + ".owner");
  }

  private static String readOwner(Path ownerFile) {
    try {
      return Files.readString(ownerFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  private static String describeThisProcess() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    return System.getProperty("user.name")
        + "@"
        + host
        + " (pid "
        + ManagementFactory.getRuntimeMXBean().getPid()
        + ", "
        + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        + ")";
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more can be done; the OS releases the lock with the process
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      Files.deleteIfExists(ownerFile);
    } catch (IOException ignored) {
      // the OS releases the lock when the channel closes
    } finally {
      closeQuietly(channel);
    }
  }
}
