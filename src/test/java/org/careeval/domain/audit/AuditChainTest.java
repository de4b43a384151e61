package org.careeval.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditEvent> chain(int length) {
    List<AuditEvent> events = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      Instant at = Instant.parse("2026-11-23T08:00:00Z").plusSeconds(i);
      String after = "{\"n\":" + i + "}";
      String hash =
          AuditChain.hash(previous, at, "officer", AuditAction.UPDATE, "user", "7", "", after);
      events.add(
          new AuditEvent(
              i, at, "officer", AuditAction.UPDATE, "user", "7", "", after, previous, hash));
      previous = hash;
    }
    return events;
  }

  private static AuditChain.Verification verify(List<AuditEvent> events, String head) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    events.forEach(verifier::accept);
    return verifier.finish(head);
  }

  private static String headOf(List<AuditEvent> events) {
    return events.get(events.size() - 1).hash();
  }

  @Test
  void emptyChainWithGenesisHeadIsIntact() {
    assertThat(verify(List.of(), AuditChain.GENESIS).intact()).isTrue();
  }

  @Test
  void untouchedChainIsIntact() {
    List<AuditEvent> events = chain(5);
    AuditChain.Verification result = verify(events, headOf(events));
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
  }

  @Test
  void hashIsSha256HexAndDependsOnEveryField() {
    Instant at = Instant.parse("2026-11-23T08:00:00Z");
    String base =
        AuditChain.hash(AuditChain.GENESIS, at, "a", AuditAction.CREATE, "t", "1", "", "x");
    assertThat(base).hasSize(64).matches("[0-9a-f]+");
    assertThat(AuditChain.hash(AuditChain.GENESIS, at, "a", AuditAction.CREATE, "t", "1", "", "y"))
        .isNotEqualTo(base);
    // moving text between fields must not give the same hash
    assertThat(AuditChain.hash(AuditChain.GENESIS, at, "a", AuditAction.CREATE, "t1", "", "", "x"))
        .isNotEqualTo(
            AuditChain.hash(AuditChain.GENESIS, at, "a", AuditAction.CREATE, "t", "1", "", "x"));
  }

  @Test
  void changedContentIsFoundAtThatEvent() {
    List<AuditEvent> events = chain(5);
    AuditEvent third = events.get(2);
    events.set(
        2,
        new AuditEvent(
            third.id(),
            third.occurredAt(),
            "mallory",
            third.action(),
            third.entityType(),
            third.entityId(),
            third.before(),
            third.after(),
            third.previousHash(),
            third.hash()));
    AuditChain.Verification result = verify(events, headOf(events));
    assertThat(result.brokenEventId()).contains(3L);
    assertThat(result.reason()).contains(AuditChain.Break.CONTENT_CHANGED);
    assertThat(result.checked()).isEqualTo(2);
  }

  @Test
  void deletedEventIsFoundAtTheNextOne() {
    List<AuditEvent> events = chain(5);
    events.remove(1);
    AuditChain.Verification result = verify(events, headOf(events));
    assertThat(result.brokenEventId()).contains(3L);
    assertThat(result.reason()).contains(AuditChain.Break.LINK_BROKEN);
  }

  @Test
  void eventsRemovedFromTheEndAreFoundAgainstTheHead() {
    List<AuditEvent> events = chain(5);
    String head = headOf(events);
    events.remove(4);
    AuditChain.Verification result = verify(events, head);
    assertThat(result.reason()).contains(AuditChain.Break.END_MISSING);
    assertThat(result.brokenEventId()).contains(4L);
  }
}
