package org.careeval.domain.organization;

/** A contact person at the organization, with their duty (e.g. 项目负责人, 财务). */
public record Contact(long id, String name, String duty, String phone) {}
