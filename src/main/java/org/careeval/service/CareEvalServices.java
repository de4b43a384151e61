package org.careeval.service;

/**
 * The services of one open data directory, as the window and the CLI see them. Closing it closes
 * the database and releases the data directory.
 */
public interface CareEvalServices extends AutoCloseable {

  SystemService system();

  @Override
  void close();
}
