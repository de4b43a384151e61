package org.careeval.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the audit hash format (issue 9, section 10). Every existing database's chain
 * depends on this exact format: SHA-256 over the previous hash, then each field as {@code |<UTF-16
 * length>:<text>}, UTF-8 encoded. The digests were computed independently (Python's hashlib) — a
 * refactor that changes them breaks every county's trail and must not pass.
 */
class AuditChainGoldenTest {

  private static final String FIRST =
      "647b2e4362e28bf9c807ba12228b565d8e52a3e54924a93a9a740e809a431114";
  private static final String SECOND =
      "4951e6e252d7d42abbc707f3d0ccb21fd93e2071fbec317153b8804ba6409353";

  @Test
  void firstEventAfterGenesis() {
    assertThat(
            AuditChain.hash(
                AuditChain.GENESIS,
                Instant.parse("2026-11-23T08:00:00Z"),
                "admin",
                AuditAction.CREATE,
                "user",
                "1",
                "",
                "{\"active\":true,\"displayName\":\"王管理\",\"roles\":[\"ADMIN\"],\"username\":\"admin\"}"))
        .isEqualTo(FIRST);
  }

  @Test
  void chainedEventWithChineseValuesAndFractionalSeconds() {
    assertThat(
            AuditChain.hash(
                FIRST,
                Instant.parse("2026-11-23T08:00:01.123456Z"),
                "officer",
                AuditAction.UPDATE,
                "organization",
                "31",
                "{\"name\":\"甲中心\"}",
                "{\"name\":\"乙中心\"}"))
        .isEqualTo(SECOND);
  }

  @Test
  void separatorsInsideAFieldCannotForgeAnother() {
    assertThat(
            AuditChain.hash(
                SECOND,
                Instant.parse("2026-11-24T16:00:00Z"),
                "ghost|3:x",
                AuditAction.SIGN_IN_FAILED,
                "user",
                "-",
                "",
                "{\"reason\":\"unknownUser\"}"))
        .isEqualTo("9ad6a279c56975ed7a8ffca640b9a3dda948a25e95b891b2a271da49970b787e");
  }
}
