package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortingTest {

  @Test
  void chineseNamesSortByPinyinNotByCodePoint() {
    List<String> names = new ArrayList<>(List.of("上海", "北京", "天津", "张三", "李四", "安康社工服务中心"));
    names.sort(Sorting.names());
    // by code point 上 (U+4E0A) would come first and 北 (U+5317) second
    assertThat(names).containsExactly("安康社工服务中心", "北京", "李四", "上海", "天津", "张三");
  }

  @Test
  void latinNamesComeFirstIgnoringCase() {
    assertThat(Sorting.byName(List.of("阳光", "zeta", "Alpha"), name -> name))
        .containsExactly("Alpha", "zeta", "阳光");
  }
}
