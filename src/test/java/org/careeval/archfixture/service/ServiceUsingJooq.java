package org.careeval.archfixture.service;

import org.careeval.archfixture.domain.DomainCallingService;
import org.controlsfx.validation.ValidationSupport;
import org.jooq.DSLContext;

/** Breaks the rules on purpose: jOOQ and ControlsFX in a service, and a cycle with domain. */
public class ServiceUsingJooq {
  public Object query(DSLContext dsl, DomainCallingService domain, ValidationSupport support) {
    return dsl.toString() + domain + support;
  }
}
