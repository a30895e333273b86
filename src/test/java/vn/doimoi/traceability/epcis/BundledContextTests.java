package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The JSON-LD context is served from the bundle, byte for byte, and nothing goes to the network. */
class BundledContextTests {

    @Test
    void bothContextUrlsAnswerTheSameBundledBytes() throws Exception {
        byte[] bytes = EpcisContexts.bytes();

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(EpcisContexts.SHA_256);
        assertThat(EpcisContexts.open().readAllBytes()).isEqualTo(bytes);
        assertThat(EpcisContexts.isStandard("https://ref.gs1.org/standards/epcis/epcis-context.jsonld"))
                .isTrue();
        assertThat(EpcisContexts.isStandard("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"))
                .isTrue();
        assertThat(EpcisContexts.isStandard("https://evil.example/epcis-context.jsonld"))
                .isFalse();
        assertThat(CbvVocabulary.BIZ_STEP.words()).hasSize(41).contains("shipping", "commissioning");
        assertThat(CbvVocabulary.DISPOSITION.words()).hasSize(33);
        assertThat(CbvVocabulary.BIZ_TRANSACTION_TYPE.words()).hasSize(13);
        assertThat(CbvVocabulary.SOURCE_DESTINATION_TYPE.words()).hasSize(3);
        assertThat(CbvVocabulary.ERROR_REASON.words()).containsExactly("did_not_occur", "incorrect_data");
    }

    @Test
    void readingValidatingAndHashingTheWholeCorpusTouchesNoNetwork() throws IOException {
        EpcisConformance conformance = EpcisConformance.load();
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector before = ProxySelector.getDefault();
        // every URL connection, HTTP client and socket asks the default selector first
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {}
        });
        try {
            int events = 0;
            for (String folder : List.of("Capture/Documents", "Capture/Events", "Capture/Invalid")) {
                for (Path file : EpcisConformance.files(conformance.json(folder), ".json")) {
                    EpcisDocument document = EpcisDocuments.read(Files.newInputStream(file));
                    EpcisValidator.validate(document);
                    for (EpcisEvent event : document.events()) {
                        EventHash.of(event);
                        events++;
                    }
                }
            }
            assertThat(events).isEqualTo(95);
        } finally {
            ProxySelector.setDefault(before);
        }
        assertThat(asked).isEmpty();
    }
}
