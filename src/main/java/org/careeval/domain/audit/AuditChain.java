package org.careeval.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of the audit trail. Each event's hash is SHA-256 over the previous event's hash
 * and its own content; each field is length-prefixed so no two different events can produce the
 * same text. Changing, deleting or reordering an event breaks the chain at or right after it;
 * removing events from the end is caught by comparing with the recorded head hash.
 */
public final class AuditChain {

  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The hash an event with this content gets when appended after {@code previousHash}. */
  public static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String entityType,
      String entityId,
      String before,
      String after) {
    StringBuilder content = new StringBuilder(previousHash);
    for (String field :
        new String[] {
          occurredAt.toString(), actor, action.name(), entityType, entityId, before, after
        }) {
      content.append('|').append(field.length()).append(':').append(field);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String hashOf(AuditEvent event) {
    return hash(
        event.previousHash(),
        event.occurredAt(),
        event.actor(),
        event.action(),
        event.entityType(),
        event.entityId(),
        event.before(),
        event.after());
  }

  /** Why verification failed, at which event (or at the end of the chain). */
  public enum Break {
    CONTENT_CHANGED("audit.verify.break.contentChanged"),
    LINK_BROKEN("audit.verify.break.linkBroken"),
    END_MISSING("audit.verify.break.endMissing"),
    /** The event the anchor file outside the database names is gone or different. */
    ANCHOR_MISMATCH("audit.verify.break.anchorMismatch");

    private final String labelKey;

    Break(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** The outcome of a verification: the number of events checked and the first break, if any. */
  public record Verification(int checked, Optional<Long> brokenEventId, Optional<Break> reason) {
    public boolean intact() {
      return reason.isEmpty();
    }
  }

  /**
   * Checks events one by one in the order they were appended, then the end against the recorded
   * head hash, without holding the trail in memory.
   */
  public static final class Verifier {
    private String expectedPrevious = GENESIS;
    private int checked;
    private long lastId;
    private Verification result;

    /** Checks the next event; returns false once a break was found (stop feeding then). */
    public boolean accept(AuditEvent event) {
      if (result != null) {
        return false;
      }
      if (!event.previousHash().equals(expectedPrevious)) {
        result = broken(event, Break.LINK_BROKEN);
      } else if (!hashOf(event).equals(event.hash())) {
        result = broken(event, Break.CONTENT_CHANGED);
      } else {
        expectedPrevious = event.hash();
        lastId = event.id();
        checked++;
      }
      return result == null;
    }

    /**
     * @param head the hash recorded as the newest when the last event was appended
     */
    public Verification finish(String head) {
      if (result != null) {
        return result;
      }
      if (!expectedPrevious.equals(head)) {
        return new Verification(checked, Optional.of(lastId), Optional.of(Break.END_MISSING));
      }
      return new Verification(checked, Optional.empty(), Optional.empty());
    }

    private Verification broken(AuditEvent at, Break reason) {
      return new Verification(checked, Optional.of(at.id()), Optional.of(reason));
    }
  }
}
