package org.careeval.domain.system;

/** How many rows one table of the database holds. */
public record TableRowCount(String table, long rows) {}
