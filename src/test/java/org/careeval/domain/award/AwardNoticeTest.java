package org.careeval.domain.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardNoticeTest {

  @Test
  void theNoticeCarriesTheFieldsOfArticle69InOrder() {
    String text =
        AwardNotice.text(
            new AwardNotice.Facts(
                "XX县民政局",
                "城关镇留守儿童关爱服务项目",
                "7",
                "公开招标",
                "甲社工服务中心",
                "XX县城关镇人民路 1 号",
                new BigDecimal("480000"),
                List.of("个案服务", "小组活动"),
                List.of("城关镇", "南湖镇"),
                Optional.of(LocalDate.of(2027, 1, 1)),
                Optional.of(LocalDate.of(2027, 12, 31)),
                List.of("孙丽（组长）", "何军", "郭芳"),
                "0123456789abcdef",
                LocalDate.of(2026, 12, 3)));
    assertThat(text.lines())
        .containsSubsequence(
            "城关镇留守儿童关爱服务项目中标（成交）结果公告",
            "一、项目编号：7",
            "二、项目名称：城关镇留守儿童关爱服务项目",
            "三、采购方式：公开招标",
            "    供应商名称：甲社工服务中心",
            "    供应商地址：XX县城关镇人民路 1 号",
            "    中标（成交）金额：480000.00 元",
            "    服务内容：个案服务、小组活动",
            "    服务范围：城关镇、南湖镇",
            "    服务期限：2027-01-01 至 2027-12-31",
            "六、评审专家（评审小组成员）名单：孙丽（组长）、何军、郭芳",
            "七、公告期限：自本公告发布之日起 1 个工作日。",
            "八、其他补充事宜：评审结果校验码 0123456789abcdef",
            "九、采购人：XX县民政局",
            "2026年12月3日");
  }
}
