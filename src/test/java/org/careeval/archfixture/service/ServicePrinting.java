package org.careeval.archfixture.service;

/** Breaks the rules on purpose: console output outside the CLI. */
public class ServicePrinting {
  public void print() {
    System.out.println("x");
  }
}
