package org.careeval.domain.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.Balance;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.SpotCheck;

/**
 * The rules that raise warnings (issue 15), each a pure function of what a scan read. A cause is
 * the warning's identity — the same cause found again is the same warning; the detail says in the
 * county's words what was found. Thresholds come from the settings.
 */
public final class WarningRules {

  private WarningRules() {}

  /** 序时进度: output behind time elapsed, and payment ahead of output, by the settings' points. */
  public static List<WarningFinding> schedule(
      Contract c, Progress p, int behindPoints, int aheadPoints) {
    List<WarningFinding> found = new ArrayList<>();
    if (p.delivered().isEmpty()) {
      return found;
    }
    BigDecimal delivered = p.delivered().get();
    if (p.elapsed().subtract(delivered).compareTo(BigDecimal.valueOf(behindPoints)) >= 0) {
      found.add(
          new WarningFinding(
              WarningRule.BEHIND_SCHEDULE,
              Optional.of(c.id()),
              "schedule:" + c.id(),
              "合同 "
                  + c.number()
                  + " 序时进度 "
                  + p.elapsed().toPlainString()
                  + "%，产出完成 "
                  + delivered.toPlainString()
                  + "%，落后 "
                  + behindPoints
                  + " 个百分点以上。"));
    }
    if (p.paid().subtract(delivered).compareTo(BigDecimal.valueOf(aheadPoints)) >= 0) {
      found.add(
          new WarningFinding(
              WarningRule.PAYMENT_AHEAD,
              Optional.of(c.id()),
              "payment:" + c.id(),
              "合同 "
                  + c.number()
                  + " 已支付 "
                  + p.paid().toPlainString()
                  + "%，产出完成 "
                  + delivered.toPlainString()
                  + "%，支付超前 "
                  + aheadPoints
                  + " 个百分点以上。"));
    }
    return found;
  }

  /** No change to the contract's reports for more than the setting's days. */
  public static WarningFinding quiet(Contract c, long days) {
    return new WarningFinding(
        WarningRule.NO_UPDATE,
        Optional.of(c.id()),
        "quiet:" + c.id(),
        "合同 " + c.number() + " 已 " + days + " 天没有更新履约报告。");
  }

  /**
   * A quarter's imbalance: caring services below the least share, children with one parent away
   * below theirs, covered villages not reached. Nothing for a quarter without records.
   */
  public static List<WarningFinding> imbalance(
      Contract c, Period period, Balance b, int caringMin, int singleParentMin) {
    List<WarningFinding> found = new ArrayList<>();
    if (b.total().times() == 0) {
      return found;
    }
    BigDecimal caring = b.purpose().get(ServiceCategory.Purpose.CARING).share();
    if (caring.compareTo(BigDecimal.valueOf(caringMin)) < 0) {
      found.add(
          imbalance(
              c,
              "caring:" + c.id() + ":" + period.code(),
              period.code()
                  + " 关爱类服务占服务人次 "
                  + caring.toPlainString()
                  + "%，低于 "
                  + caringMin
                  + "%。"));
    }
    BigDecimal single =
        b.groups()
            .get(Beneficiary.FATHER_AWAY)
            .share()
            .add(b.groups().get(Beneficiary.MOTHER_AWAY).share());
    if (single.compareTo(BigDecimal.valueOf(singleParentMin)) < 0) {
      found.add(
          imbalance(
              c,
              "singleParent:" + c.id() + ":" + period.code(),
              period.code()
                  + " 单亲外出儿童占服务人次 "
                  + single.toPlainString()
                  + "%，低于 "
                  + singleParentMin
                  + "%。"));
    }
    if (!b.notReached().isEmpty()) {
      found.add(
          imbalance(
              c,
              "villages:" + c.id() + ":" + period.code(),
              period.code()
                  + " 覆盖的 "
                  + b.covered().size()
                  + " 个村中有 "
                  + b.notReached().size()
                  + " 个没有服务记录。"));
    }
    return found;
  }

  private static WarningFinding imbalance(Contract c, String cause, String detail) {
    return new WarningFinding(
        WarningRule.IMBALANCE, Optional.of(c.id()), cause, "合同 " + c.number() + " " + detail);
  }

  /** A spot check that found items partly or not at all as recorded. */
  public static Optional<WarningFinding> spotCheck(Contract c, SpotCheck check) {
    int mismatches = check.mismatches().size();
    if (mismatches == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new WarningFinding(
            WarningRule.SPOT_CHECK_MISMATCH,
            Optional.of(c.id()),
            "spotCheck:" + check.id(),
            "合同 "
                + c.number()
                + " 抽查 "
                + check.id()
                + "："
                + check.items().size()
                + " 项中 "
                + mismatches
                + " 项与记录不符。"));
  }

  /** A credit flag or an expired rating on an organization under contract. */
  public static List<WarningFinding> organization(Contract c, List<OrganizationAlert> alerts) {
    List<WarningFinding> found = new ArrayList<>();
    if (alerts.contains(OrganizationAlert.CREDIT_FLAG)) {
      found.add(
          new WarningFinding(
              WarningRule.ORGANIZATION_FLAG,
              Optional.of(c.id()),
              "credit:" + c.organizationId() + ":" + c.id(),
              c.organization() + " 有生效的信用惩戒记录，正在履行合同 " + c.number() + "。"));
    }
    if (alerts.contains(OrganizationAlert.RATING_EXPIRED)) {
      found.add(
          new WarningFinding(
              WarningRule.ORGANIZATION_FLAG,
              Optional.of(c.id()),
              "rating:" + c.organizationId() + ":" + c.id(),
              c.organization() + " 的社会组织评估等级已过期，正在履行合同 " + c.number() + "。"));
    }
    return found;
  }
}
