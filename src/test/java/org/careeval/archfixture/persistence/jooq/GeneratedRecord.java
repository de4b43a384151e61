package org.careeval.archfixture.persistence.jooq;

/** Stands in for a generated jOOQ record. */
public class GeneratedRecord {}
