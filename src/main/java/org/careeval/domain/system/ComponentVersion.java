package org.careeval.domain.system;

/** A named component and its version, as shown in the About dialog. */
public record ComponentVersion(String component, String version) {}
