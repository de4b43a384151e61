package org.careeval.cli;

/** How a command prints data: readable text, or tab-separated / JSON for scripts. */
public enum OutputFormat {
  TEXT,
  TSV,
  JSON
}
