package org.careeval.domain.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The award notice (中标（成交）结果公告) as text the officer copies to the procurement website, with the
 * fields 87号令 Art 69 asks for: buyer, project name and number, the winner's name, address and
 * amount, the main service (content, places, term), the panel's names, the notice period, and the
 * result's check code so a reader can match the notice with the finalized result.
 */
public final class AwardNotice {

  /** What the notice says. */
  public record Facts(
      String buyer,
      String projectName,
      String projectNumber,
      String method,
      String organization,
      String address,
      BigDecimal amount,
      List<String> services,
      List<String> places,
      Optional<LocalDate> termStart,
      Optional<LocalDate> termEnd,
      List<String> panel,
      String checkCode,
      LocalDate date) {
    public Facts {
      services = List.copyOf(services);
      places = List.copyOf(places);
      panel = List.copyOf(panel);
    }
  }

  private AwardNotice() {}

  public static String text(Facts f) {
    String term =
        f.termStart().isPresent() && f.termEnd().isPresent()
            ? f.termStart().get() + " 至 " + f.termEnd().get()
            : "以合同约定为准";
    return String.join(
        "\n",
        f.projectName() + "中标（成交）结果公告",
        "",
        "一、项目编号：" + f.projectNumber(),
        "二、项目名称：" + f.projectName(),
        "三、采购方式：" + f.method(),
        "四、中标（成交）信息",
        "    供应商名称：" + f.organization(),
        "    供应商地址：" + (f.address().isBlank() ? "（未登记）" : f.address()),
        "    中标（成交）金额：" + f.amount().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元",
        "五、主要标的信息",
        "    服务内容：" + String.join("、", f.services()),
        "    服务范围：" + String.join("、", f.places()),
        "    服务期限：" + term,
        "    服务要求：详见采购文件",
        "六、评审专家（评审小组成员）名单：" + String.join("、", f.panel()),
        "七、公告期限：自本公告发布之日起 1 个工作日。",
        "八、其他补充事宜：评审结果校验码 " + f.checkCode(),
        "九、采购人：" + f.buyer(),
        "",
        f.buyer(),
        f.date().getYear() + "年" + f.date().getMonthValue() + "月" + f.date().getDayOfMonth() + "日");
  }
}
