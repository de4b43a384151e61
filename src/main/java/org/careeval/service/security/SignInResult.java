package org.careeval.service.security;

import org.careeval.domain.user.Session;

/** A successful sign-in; the user must set a new password first when an admin reset it. */
public record SignInResult(Session session, boolean mustChangePassword) {}
