package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

  @Test
  void ends_every_record_with_crlf_and_separates_fields_with_commas() {
    String csv =
        new CsvWriter().row(List.of("district", "overdue")).row(List.of("SH/PD", 3)).text();

    assertThat(csv).isEqualTo("district,overdue\r\nSH/PD,3\r\n");
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Riverside park|Riverside park",
        "Park, north|\"Park, north\"",
        "the \"old\" bar|\"the \"\"old\"\" bar\"",
        "\"|\"\"\"\"",
        "'  padded  '|'  padded  '",
        "公园|公园"
      })
  void quotes_a_field_only_when_it_holds_a_comma_quote_or_line_break_doubling_its_quotes(
      String value, String written) {
    assertThat(CsvWriter.field(value)).isEqualTo(written);
  }

  @Test
  void quotes_line_breaks_and_keeps_them_inside_the_field() {
    assertThat(CsvWriter.field("line 1\r\nline 2")).isEqualTo("\"line 1\r\nline 2\"");
    assertThat(CsvWriter.field("a\nb")).isEqualTo("\"a\nb\"");
  }

  @Test
  void writes_null_as_an_empty_field_and_numbers_without_exponents() {
    String csv =
        new CsvWriter()
            .row(Arrays.asList(null, 0.0001, 1e7, 0.9, new BigDecimal("1E+3"), 12L, true))
            .text();

    assertThat(csv).isEqualTo(",0.0001,10000000,0.9,1000,12,true\r\n");
  }

  @Test
  void writes_a_list_as_one_field_of_its_items_joined_by_spaces() {
    assertThat(CsvWriter.field(List.of("SH/PD/ZJ/C01", "SH/PD/ZJ/C02")))
        .isEqualTo("SH/PD/ZJ/C01 SH/PD/ZJ/C02");
  }

  @Test
  void writes_a_header_and_then_one_record_per_row_by_the_columns() {
    CsvColumns<Signer> columns =
        new CsvColumns<Signer>().add("name", Signer::name).add("msp", Signer::msp);

    assertThat(columns.write(List.of(new Signer("inspector1", "PatrolMSP"))))
        .isEqualTo("name,msp\r\ninspector1,PatrolMSP\r\n");
    assertThat(columns.write(List.of())).isEqualTo("name,msp\r\n");
  }
}
