package org.careeval.service;

import org.careeval.domain.system.CountyClock;
import org.careeval.persistence.Database;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * What every capability's services are built on: the database, the access checks, the audit trail
 * and the county's clock. A capability's module takes this and builds its own repositories and
 * services (issue 9, §7), so wiring a new one is one line in the composition root.
 */
public record Foundation(
    Database database, Sessions sessions, AuditTrail audit, CountyClock clock) {}
