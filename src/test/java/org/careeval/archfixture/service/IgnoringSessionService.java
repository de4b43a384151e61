package org.careeval.archfixture.service;

import org.careeval.domain.user.Session;

/** Breaks "every public service method taking a session checks it". */
public class IgnoringSessionService {
  public String whoAmI(Session session) {
    return session.username();
  }
}
