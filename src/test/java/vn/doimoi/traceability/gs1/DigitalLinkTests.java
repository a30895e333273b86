package vn.doimoi.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigitalLinkTests {

    private static final Gtin THANH_LONG = Gtin.parse("8936045123454");

    @Test
    void aLotLabelLinkCarriesTheGtinIn14DigitsThenTheLot() {
        DigitalLink link = DigitalLink.forProduct(THANH_LONG, "TL-2026/07", null);

        assertThat(link.toUri("https://truyxuat.example.vn/"))
                .isEqualTo("https://truyxuat.example.vn/01/08936045123454/10/TL-2026%2F07");
        assertThat(link.toUri()).isEqualTo("https://id.gs1.org/01/08936045123454/10/TL-2026%2F07");
        assertThat(link.hri()).isEqualTo("(01)08936045123454(10)TL-2026/07");
        assertThat(link.elementString()).isEqualTo("^010893604512345410TL-2026/07");
    }

    @Test
    void aSerialisedLinkPutsTheLotBeforeTheSerial() {
        DigitalLink link = DigitalLink.forProduct(THANH_LONG, "L1", "S/01");

        assertThat(link.path()).isEqualTo("/01/08936045123454/10/L1/21/S%2F01");
        assertThat(link.serial()).contains("S/01");
    }

    @Test
    void aLotTooLongOrWithCharactersOutsideGs1SetIsRefused() {
        assertThatThrownBy(() -> DigitalLink.forProduct(THANH_LONG, "L".repeat(21), null))
                .isInstanceOf(InvalidDigitalLinkException.class)
                .hasMessageContaining("AI (10)");
        assertThatThrownBy(() -> DigitalLink.forProduct(THANH_LONG, "Lô số 1", null))
                .isInstanceOf(InvalidDigitalLinkException.class)
                .hasMessageContaining("chữ cái không dấu");
    }

    @Test
    void parsingGivesBackTheProductLotAndTheOtherParameters() {
        DigitalLink link =
                DigitalLink.parse("https://truyxuat.example.vn/01/08936045123454/10/L1?17=271231&linkType=gs1:pip");

        assertThat(link.stem()).isEqualTo("https://truyxuat.example.vn");
        assertThat(link.gtin()).contains(THANH_LONG);
        assertThat(link.lot()).contains("L1");
        assertThat(link.dataAttributes()).containsEntry("17", "271231");
        assertThat(link.otherParameters()).containsEntry("linkType", "gs1:pip");
    }

    @Test
    void aRefusalSaysWhyInVietnameseWithAMachineReason() {
        assertThatThrownBy(() -> DigitalLink.parse("https://truyxuat.example.vn/01/08936045123455"))
                .isInstanceOf(InvalidDigitalLinkException.class)
                .hasMessage("Số kiểm tra của AI (01) không đúng: 08936045123455")
                .extracting(e -> ((InvalidDigitalLinkException) e).reason())
                .isEqualTo("bad-check-digit");
        assertThatThrownBy(() -> DigitalLink.parse("https://truyxuat.example.vn/01/08936045123454?10=L1"))
                .extracting(e -> ((InvalidDigitalLinkException) e).reason())
                .isEqualTo("belongs-in-path");
        assertThatThrownBy(() -> DigitalLink.parse("https://truyxuat.example.vn/01/08936045123454/21/S/10/L"))
                .extracting(e -> ((InvalidDigitalLinkException) e).reason())
                .isEqualTo("bad-qualifier");
        assertThatThrownBy(() -> DigitalLink.parse("https://truyxuat.example.vn/san-pham/thanh-long"))
                .extracting(e -> ((InvalidDigitalLinkException) e).reason())
                .isEqualTo("no-primary-key");
    }

    @Test
    void pathSequencesOutOfOrderOrMixingAlternativesAreNotPaths() {
        Gs1Dictionary dictionary = Gs1Dictionary.standard();

        assertThat(dictionary.isValidPathSequence(java.util.List.of("01", "22", "10", "21")))
                .isTrue();
        assertThat(dictionary.isValidPathSequence(java.util.List.of("01", "21", "10")))
                .isFalse();
        assertThat(dictionary.isValidPathSequence(java.util.List.of("01", "10", "235")))
                .isFalse();
        assertThat(dictionary.isValidPathSequence(java.util.List.of("10"))).isFalse();
    }

    @Test
    void anEpcUrnAndItsDigitalLinkAreTheSameIdentifier() {
        assertThat(EpcIdentifiers.sameIdentifier(
                        "urn:epc:id:sgtin:8936045.012345.S1",
                        "https://truyxuat.example.vn/01/08936045123454/21/S1?17=271231"))
                .isTrue();
        assertThat(EpcIdentifiers.sameIdentifier(
                        "urn:epc:id:sgtin:8936045.012345.S1", "urn:epc:id:sgtin:8936045.012345.S2"))
                .isFalse();
        assertThat(EpcIdentifiers.toCanonicalDigitalLink("urn:epc:class:lgtin:8936045.012345.L1"))
                .isEqualTo("https://id.gs1.org/01/08936045123454/10/L1");
    }

    @Test
    void theGmnCheckCharacterPairOfTheGs1ExampleIsAccepted() {
        Gs1Dictionary.standard().validate("8013", "1987654Ad4X4bL5ttr2310c2K");
        assertThatThrownBy(() -> Gs1Dictionary.standard().validate("8013", "1987654Ad4X4bL5ttr2310c2L"))
                .isInstanceOf(InvalidGs1DataException.class);
    }

    @Test
    void aCompressedLabelLinkReadsBackAsTheSameLink() {
        String uri = DigitalLink.forProduct(THANH_LONG, "TL-2026/07", null).toUri("https://truyxuat.example.vn");

        String compressed = DigitalLinkCompression.compress(uri + "?linkType=gs1:pip");

        assertThat(compressed).startsWith("https://truyxuat.example.vn/").doesNotContain("/01/");
        assertThat(DigitalLinkCompression.isCompressed(compressed)).isTrue();
        assertThat(DigitalLinkCompression.decompress(compressed)).isEqualTo(uri + "?linkType=gs1%3Apip");
        DigitalLink read = DigitalLink.parse(compressed);
        assertThat(read.lot()).contains("TL-2026/07");
        assertThat(read.otherParameters()).containsEntry("linkType", "gs1:pip");
    }

    @Test
    void hostileOrUnrelatedTextIsNeitherCompressedNorALink() {
        for (String text : new String[] {
            "",
            "AAAA",
            "https://x/",
            "https://x/AAAAAAAAAAAAAAAA",
            "https://x/%00",
            "javascript:alert(1)",
            "https://x/_-_-_-_-_-_-_-_-"
        }) {
            assertThat(DigitalLinkCompression.isCompressed(text)).as(text).isFalse();
            assertThatThrownBy(() -> DigitalLink.parse(text)).as(text).isInstanceOf(InvalidDigitalLinkException.class);
        }
    }
}
