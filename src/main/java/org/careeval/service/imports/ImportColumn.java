package org.careeval.service.imports;

import java.util.Set;

/**
 * One column an import reads, in sheet order: the field key domain problems name it by, the message
 * key of its header, and the header texts accepted (every language's).
 */
public record ImportColumn(String field, String headerKey, Set<String> acceptedHeaders) {

  public ImportColumn {
    acceptedHeaders = Set.copyOf(acceptedHeaders);
  }
}
