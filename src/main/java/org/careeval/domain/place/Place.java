package org.careeval.domain.place;

import java.util.Optional;

/**
 * A town or village of the county. A village names its town ({@code parentId}); the division code
 * (统计用区划代码) is optional and empty when not known.
 */
public record Place(
    long id,
    PlaceKind kind,
    String name,
    Optional<Long> parentId,
    String divisionCode,
    boolean active,
    int version) {}
