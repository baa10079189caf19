package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockHashesTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodes_a_header_as_a_der_sequence_of_integer_and_two_octet_strings() {
    byte[] previous = {1, 2};
    byte[] data = {3};

    // SEQUENCE(len 10) { INTEGER 5, OCTET STRING 0102, OCTET STRING 03 }
    assertThat(HEX.formatHex(BlockHashes.headerDer(5, previous, data)))
        .isEqualTo("300a" + "020105" + "04020102" + "040103");
  }

  @Test
  void encodes_numbers_minimally_in_twos_complement() {
    // 128 needs a leading zero so that it is not read as negative; 256 takes two octets.
    assertThat(HEX.formatHex(BlockHashes.headerDer(128, new byte[0], new byte[0])))
        .isEqualTo("3008" + "02020080" + "0400" + "0400");
    assertThat(HEX.formatHex(BlockHashes.headerDer(256, new byte[0], new byte[0])))
        .isEqualTo("3008" + "02020100" + "0400" + "0400");
    assertThat(HEX.formatHex(BlockHashes.headerDer(0, new byte[0], new byte[0])))
        .isEqualTo("3007" + "020100" + "0400" + "0400");
  }

  @Test
  void uses_the_long_length_form_beyond_127_octets() {
    byte[] big = new byte[200];

    byte[] der = BlockHashes.headerDer(1, big, new byte[0]);

    // OCTET STRING of 200 = 04 81 c8 ..., and the sequence's body is 3 + 3 + 200 + 2 = 208 octets
    assertThat(HEX.formatHex(der, 0, 3)).isEqualTo("3081d0");
    assertThat(HEX.formatHex(der, 3, 9)).isEqualTo("0201010481c8");
    assertThat(der).hasSize(3 + 208);
  }

  @Test
  void hashes_the_header_encoding_with_sha256() throws Exception {
    byte[] previous = HEX.parseHex("aa".repeat(32));
    byte[] data = HEX.parseHex("bb".repeat(32));

    assertThat(BlockHashes.header(42, previous, data))
        .isEqualTo(
            MessageDigest.getInstance("SHA-256").digest(BlockHashes.headerDer(42, previous, data)));
    assertThat(BlockHashes.header(43, previous, data))
        .isNotEqualTo(BlockHashes.header(42, previous, data));
  }

  @Test
  void hashes_the_data_as_the_concatenation_of_the_envelopes() throws Exception {
    List<ByteString> envelopes =
        List.of(ByteString.copyFromUtf8("ab"), ByteString.copyFromUtf8("c"));

    assertThat(BlockHashes.data(envelopes))
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest("abc".getBytes()));
    assertThat(
            BlockHashes.data(List.of(ByteString.copyFromUtf8("c"), ByteString.copyFromUtf8("ab"))))
        .isNotEqualTo(BlockHashes.data(envelopes));
  }
}
