package org.careeval.domain.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which service output an indicator counts (口径), when it counts one: the typical outputs of care
 * services for left-behind children. It lets the reports check values against each other (children
 * served against the children of the villages covered) and lets service records (step 10) feed the
 * indicator. {@link #NONE} for indicators that count nothing of the kind.
 */
public enum Measure {
  NONE("", ""),
  CHILDREN_FILED("建档儿童数", "建档与信息更新"),
  CHILDREN_SERVED("服务儿童数", ""),
  HOME_VISITS("入户走访", "入户走访"),
  CASE_WORK("个案服务", "心理健康筛查与个案辅导"),
  GROUP_SESSIONS("小组活动", ""),
  COMMUNITY_ACTIVITIES("社区活动", ""),
  GUARDIAN_TRAININGS("监护人培训", "监护人培训"),
  FAMILY_CONTACT("亲情联络", "亲情关爱"),
  REFERRALS("转介服务", ""),
  SAFETY_EDUCATION("安全教育", "安全教育");

  private final String chinese;
  private final String serviceType;

  Measure(String chinese, String serviceType) {
    this.chinese = chinese;
    this.serviceType = serviceType;
  }

  /**
   * The service type of the county catalogue whose records count this output, when one does (step
   * 10): their service times — or, for children with files, their children — fill the indicator's
   * actual, so nothing is typed twice.
   */
  public Optional<String> serviceType() {
    return serviceType.isEmpty() ? Optional.empty() : Optional.of(serviceType);
  }

  public String chinese() {
    return chinese;
  }

  public static Optional<Measure> fromChinese(String text) {
    return Arrays.stream(values()).filter(m -> m.chinese.equals(text.strip())).findFirst();
  }
}
