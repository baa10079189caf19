package org.fitledger.model.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictPathTest {
  @Test
  void a_prefix_covers_the_paths_that_begin_with_its_segments() {
    assertThat(DistrictPath.covers("SH/PD", "SH/PD/ZJ/C01")).isTrue();
    assertThat(DistrictPath.covers("SH/PD", "SH/PD")).isTrue();
    assertThat(DistrictPath.covers("SH", "SH/XH")).isTrue();
    assertThat(DistrictPath.covers("SH/P", "SH/PD/ZJ/C01")).isFalse();
    assertThat(DistrictPath.covers("SH/PD/ZJ", "SH/PD")).isFalse();
    assertThat(DistrictPath.covers("SH/XH", "SH/PD/ZJ/C01")).isFalse();
  }

  @Test
  void nothing_malformed_covers_or_is_covered() {
    assertThat(DistrictPath.covers(null, "SH/PD")).isFalse();
    assertThat(DistrictPath.covers("SH/PD", null)).isFalse();
    assertThat(DistrictPath.covers("sh", "sh/pd")).isFalse();
    assertThat(DistrictPath.covers("SH/", "SH/PD")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "SH/",
        "/SH",
        "sh",
        "SH//PD",
        "SH/PD/ZJ/C01/X",
        "SH PD",
        "AAAAAAAAAAAAAAAAA"
      })
  void malformed_prefixes_are_refused(String text) {
    assertThat(DistrictPath.isPrefix(text)).isFalse();
  }

  @Test
  void a_full_path_has_exactly_four_levels() {
    assertThat(DistrictPath.isPath("SH/PD/ZJ/C01")).isTrue();
    assertThat(DistrictPath.isPath("SH/PD/ZJ")).isFalse();
    assertThat(DistrictPath.segments("SH/PD/ZJ/C01")).isEqualTo(List.of("SH", "PD", "ZJ", "C01"));
  }
}
