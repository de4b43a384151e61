package org.careeval.domain.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.LocalizedText;

/**
 * One stage of a contract's acceptance plan (履约验收方案): who accepts, when, how and by which standard
 * — and, once held, its record: the day, passed or not, the opinion and how many of each recipient
 * group took part. A passed stage releases the installments that wait on it.
 */
public record AcceptanceStage(
    int seq,
    String name,
    LocalDate plannedOn,
    String acceptor,
    String method,
    String standard,
    Optional<Record> record) {

  /** What the acceptance found. */
  public record Record(
      LocalDate acceptedOn,
      boolean passed,
      String opinion,
      Map<RecipientGroup, Integer> participants,
      String recordedBy) {

    public Record {
      participants =
          participants.isEmpty()
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new EnumMap<>(participants));
    }

    /**
     * A record's problems: not in the future, an opinion, counts not negative, and — for these
     * public services — at least one recipient group (children, carers, 儿童主任) present.
     */
    public List<LocalizedText> problems(LocalDate today) {
      List<LocalizedText> problems = new ArrayList<>();
      if (acceptedOn.isAfter(today)) {
        problems.add(new LocalizedText("error.acceptance.future", acceptedOn.toString()));
      }
      if (opinion.isBlank()) {
        problems.add(new LocalizedText("error.acceptance.opinion"));
      }
      if (participants.values().stream().anyMatch(n -> n < 0)) {
        problems.add(new LocalizedText("error.acceptance.negative"));
      }
      boolean recipients =
          participants.entrySet().stream()
              .anyMatch(e -> e.getKey().recipient() && e.getValue() > 0);
      if (!recipients) {
        problems.add(new LocalizedText("error.acceptance.noRecipients"));
      }
      return problems;
    }
  }

  public boolean passed() {
    return record.map(Record::passed).orElse(false);
  }

  /** A plan's problems: each stage named once, with who accepts, how and by which standard. */
  public static List<LocalizedText> planProblems(List<AcceptanceStage> stages) {
    List<LocalizedText> problems = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (AcceptanceStage s : stages) {
      if (s.name().isBlank()) {
        problems.add(new LocalizedText("error.acceptance.stageName", s.seq()));
      } else if (!names.add(s.name())) {
        problems.add(new LocalizedText("error.acceptance.stageDuplicate", s.name()));
      }
      if (s.acceptor().isBlank() || s.method().isBlank() || s.standard().isBlank()) {
        problems.add(new LocalizedText("error.acceptance.stageIncomplete", s.name()));
      }
    }
    return problems;
  }
}
