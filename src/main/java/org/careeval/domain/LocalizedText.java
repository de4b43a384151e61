package org.careeval.domain;

/**
 * A message key used as an argument of another message (for example the name of a role inside a
 * "not permitted" error); it is rendered in the same language as the outer message.
 */
public record LocalizedText(String key) {}
