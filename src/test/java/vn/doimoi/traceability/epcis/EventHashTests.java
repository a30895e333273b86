package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same event written differently keeps its identity; a different event does not. */
class EventHashTests {

    private static String hash(String event) {
        return EventHash.of(EpcisDocuments.read(event).events().get(0));
    }

    private static final String SHIPPING = """
            {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", {"ex": "https://ex.vn/"}],
             "type": "ObjectEvent", "eventTime": "2026-12-07T08:00:00.000+07:00", "eventTimeZoneOffset": "+07:00",
             "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
             "epcList": ["https://id.gs1.org/01/08930000000026/21/2", "https://id.gs1.org/01/08930000000026/21/1"],
             "readPoint": {"id": "https://id.gs1.org/414/8930000000019"},
             "quantityList": [{"epcClass": "https://id.gs1.org/01/08930000000026/10/L1", "quantity": 12.5, "uom": "KGM"}],
             "ex:truck": "51C-12345"}
            """;

    @Test
    void fieldOrderTimeZoneNotationVocabularyFormAndNumberPrecisionDoNotChangeTheHash() {
        String same = """
                {"ex:truck": "51C-12345", "eventTimeZoneOffset": "+07:00",
                 "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", {"ex": "https://ex.vn/"}],
                 "quantityList": [{"uom": "KGM", "quantity": 12.50, "epcClass": "https://id.gs1.org/01/08930000000026/10/L1"}],
                 "readPoint": {"id": "https://id.gs1.org/414/8930000000019"},
                 "eventTime": "2026-12-07T01:00:00Z", "type": "ObjectEvent", "action": "OBSERVE",
                 "bizStep": "urn:epcglobal:cbv:bizstep:shipping", "disposition": "https://ref.gs1.org/cbv/Disp-in_transit",
                 "epcList": ["https://id.gs1.org/01/08930000000026/21/1", "https://id.gs1.org/01/08930000000026/21/2"],
                 "eventID": "urn:uuid:1", "recordTime": "2026-12-07T09:00:00+07:00"}
                """;
        assertThat(hash(same))
                .isEqualTo(hash(SHIPPING))
                .startsWith("ni:///sha-256;")
                .endsWith("?ver=CBV2.0");
    }

    @Test
    void anEpcUrnAndItsDigitalLinkAreTheSameIdentifier() {
        String urns = SHIPPING.replace("https://id.gs1.org/01/08930000000026/21/1", "urn:epc:id:sgtin:8930000.000002.1")
                .replace("https://id.gs1.org/414/8930000000019", "urn:epc:id:sgln:8930000.00001.0")
                .replace("https://id.gs1.org/01/08930000000026/10/L1", "urn:epc:class:lgtin:8930000.000002.L1")
                .replace(
                        "https://id.gs1.org/01/08930000000026/21/2",
                        "https://example.vn/shop/01/08930000000026/21/2?17=271231");

        assertThat(urns).contains("urn:epc:id:sgtin:", "urn:epc:id:sgln:", "urn:epc:class:lgtin:");
        assertThat(hash(urns)).isEqualTo(hash(SHIPPING));
    }

    @Test
    void anotherTimeAnotherStepOrAnotherExtensionValueIsAnotherEvent() {
        assertThat(hash(SHIPPING.replace("08:00:00.000", "08:00:00.001"))).isNotEqualTo(hash(SHIPPING));
        assertThat(hash(SHIPPING.replace("\"shipping\"", "\"receiving\""))).isNotEqualTo(hash(SHIPPING));
        assertThat(hash(SHIPPING.replace("51C-12345", "51C-12346"))).isNotEqualTo(hash(SHIPPING));
    }

    @Test
    void thePreHashStringFollowsTheCbvOrderWithUtcMillisecondsAndWebUris() {
        String preHash =
                EventHash.preHash(EpcisDocuments.read(SHIPPING).events().get(0));

        assertThat(preHash)
                .startsWith("eventType=ObjectEventeventTime=2026-12-07T01:00:00.000ZeventTimeZoneOffset=+07:00"
                        + "epcListepc=https://id.gs1.org/01/08930000000026/21/1epc=https://id.gs1.org/01/08930000000026/21/2"
                        + "quantityListquantityElementepcClass=https://id.gs1.org/01/08930000000026/10/L1quantity=12.5uom=KGM"
                        + "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shipping"
                        + "disposition=https://ref.gs1.org/cbv/Disp-in_transit");
        assertThat(preHash).endsWith("{https://ex.vn/}truck=51C-12345");
    }

    @Test
    void numbersAreWrittenAsTheReferenceWritesThem() {
        assertThat(PreHashValues.number("100.0")).isEqualTo("100");
        assertThat(PreHashValues.number("+0012.50")).isEqualTo("12.5");
        assertThat(PreHashValues.number("1e-05")).isEqualTo("1e-05");
        assertThat(PreHashValues.number("0.0001")).isEqualTo("0.0001");
        assertThat(PreHashValues.number("12345678901234567890")).isEqualTo("12345678901234567168");
        assertThat(PreHashValues.number("51C-12345")).isEqualTo("51C-12345");
        assertThat(PreHashValues.pythonFloat(1.5e20)).isEqualTo("1.5e+20");
        assertThat(PreHashValues.timestamp("2023-02-02T11:04:03.1415Z")).isEqualTo("2023-02-02T11:04:03.142Z");
        assertThat(PreHashValues.timestamp("2023-02-02T11:04:03.1425Z")).isEqualTo("2023-02-02T11:04:03.142Z");
        assertThat(PreHashValues.timestamp("2023-02-02T23:59:59.9999+01:00")).isEqualTo("2023-02-02T23:00:00.000Z");
    }
}
