package org.careeval.archfixture.service;

import org.careeval.archfixture.persistence.jooq.GeneratedRecord;

/** Breaks "generated jOOQ types only in persistence". */
public class ServiceUsingGeneratedRecord {
  public GeneratedRecord load() {
    return new GeneratedRecord();
  }
}
