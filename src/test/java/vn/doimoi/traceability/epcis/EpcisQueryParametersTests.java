package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpcisQueryParametersTests {

    private static EpcisQuery parse(String... nameValue) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parameters
                    .computeIfAbsent(nameValue[i], k -> new java.util.ArrayList<>())
                    .add(nameValue[i + 1]);
        }
        return EpcisQueryParameters.parse(parameters);
    }

    @Test
    void noParametersConstrainNothingAndPageThirty() {
        EpcisQuery query = parse();

        assertThat(query.eventTypes()).isEmpty();
        assertThat(query.matches().anyEpc()).isEmpty();
        assertThat(query.page().perPage()).isEqualTo(30);
        assertThat(query.page().ascending()).isFalse();
    }

    @Test
    void readsEachParameterWithCommaListsAsAlternatives() {
        EpcisQuery query = parse(
                "eventType", "ObjectEvent,TransformationEvent",
                "GE_eventTime", "2026-12-01T00:00:00+07:00",
                "LT_recordTime", "2026-12-31T00:00:00Z",
                "EQ_action", "ADD",
                "EQ_bizStep", "shipping,urn:epcglobal:cbv:bizstep:receiving,https://doimoi.vn/voc/bizStep/planting",
                "EQ_disposition", "in_transit",
                "EQ_readPoint", "https://id.gs1.org/414/8930000000019",
                "MATCH_anyEPC", "https://id.gs1.org/01/08930000000026/10/TL-1",
                "MATCH_anyEPC", "urn:epc:id:sgtin:8930000.000002.7",
                "MATCH_epcClass", "urn:epc:class:lgtin:8930000.000002.TL-1",
                "EQ_eventID", "ni:///sha-256;ab?ver=CBV2.0",
                "perPage", "100",
                "nextPageToken", "abc",
                "orderBy", "eventTime",
                "orderDirection", "ASC");

        assertThat(query.eventTypes()).containsExactly(EpcisEventType.ObjectEvent, EpcisEventType.TransformationEvent);
        assertThat(query.fromEventTime()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00+07:00"));
        assertThat(query.beforeRecordTime()).isEqualTo(OffsetDateTime.parse("2026-12-31T00:00:00Z"));
        assertThat(query.actions()).containsExactly("ADD");
        assertThat(query.bizSteps())
                .containsExactly(
                        "https://ref.gs1.org/cbv/BizStep-shipping",
                        "https://ref.gs1.org/cbv/BizStep-receiving",
                        "https://doimoi.vn/voc/bizStep/planting");
        assertThat(query.dispositions()).containsExactly("https://ref.gs1.org/cbv/Disp-in_transit");
        assertThat(query.readPoints()).containsExactly("https://id.gs1.org/414/8930000000019");
        assertThat(query.matches().anyEpc())
                .containsExactly("https://id.gs1.org/01/08930000000026/10/TL-1", "urn:epc:id:sgtin:8930000.000002.7");
        assertThat(query.matches().epcClass()).containsExactly("urn:epc:class:lgtin:8930000.000002.TL-1");
        assertThat(query.eventIds()).containsExactly("ni:///sha-256;ab?ver=CBV2.0");
        assertThat(query.page()).isEqualTo(new EpcisQuery.Page(100, "abc", "eventTime", true, null, null));
    }

    @Test
    void unknownUnsupportedAndMalformedParametersAreRefused() {
        assertThatThrownBy(() -> parse("EQ_colour", "red"))
                .isInstanceOf(QueryParameterException.class)
                .hasMessage("Tham số truy vấn EPCIS EQ_colour chưa được hệ thống hỗ trợ.");
        assertThatThrownBy(() -> parse("colour", "red"))
                .isInstanceOf(QueryParameterException.class)
                .hasMessage("Không có tham số truy vấn EPCIS tên colour.")
                .extracting(e -> ((QueryParameterException) e).parameter())
                .isEqualTo("colour");
        assertThatThrownBy(() -> parse("eventType", "HarvestEvent")).hasMessageContaining("HarvestEvent");
        assertThatThrownBy(() -> parse("EQ_action", "CREATE")).hasMessageContaining("ADD, OBSERVE, DELETE");
        assertThatThrownBy(() -> parse("GE_eventTime", "07/12/2026")).hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> parse("perPage", "0")).hasMessageContaining("từ 1 đến 1000");
        assertThatThrownBy(() -> parse("perPage", "99999999999999")).isInstanceOf(QueryParameterException.class);
        assertThatThrownBy(() -> parse("MATCH_epc", "a,,b")).hasMessageContaining("rỗng");
        assertThatThrownBy(() -> parse("orderDirection", "UP")).isInstanceOf(QueryParameterException.class);
        assertThatThrownBy(() -> parse("eventCountLimit", "5", "maxEventCount", "5"))
                .hasMessage("Không được dùng đồng thời eventCountLimit và maxEventCount.");
        assertThatThrownBy(() -> parse("nextPageToken", "a", "nextPageToken", "b"))
                .hasMessageContaining("chỉ nhận một giá trị");
    }
}
