package org.careeval.domain.performance;

/**
 * An organization's evaluation as its register page and the next selection show it: the contract
 * and project it graded, and the evaluation itself.
 */
public record EvaluationRecord(String contractNumber, String project, Evaluation evaluation) {}
