package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/** An organisation's website follows the one rule for typed links (issue 16 #10). */
@DoimoiSpringTest
class OrganisationWebsiteTests {

    @Autowired
    Organisations organisations;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "//evil.test", "/\\evil.test", "/tin-tuc", "data:text/html,x"})
    void aWebsiteThatIsNoWebAddressIsRefusedWithAVietnameseMessage(String website) {
        assertThatThrownBy(() -> organisations.create(organisation(website)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("organisation.error.website");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), VietnameseText.VIETNAMESE))
                            .contains("phải là một địa chỉ http:// hoặc https://");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.vn/x", "http://sokhcn.tayninh.gov.vn"})
    void aWebAddressIsKeptAsTyped(String website) {
        UUID id = organisations.create(organisation(website));

        assertThat(organisations.editable(id).data().website()).isEqualTo(website);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.sokhcn.vn", "sokhcn.vn/gioi-thieu"})
    void aBareHostBecomesAnHttpsAddress(String website) {
        UUID id = organisations.create(organisation(website));

        assertThat(organisations.editable(id).data().website()).isEqualTo("https://" + website);
    }

    private static OrganisationData organisation(String website) {
        return new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty trang web " + UUID.randomUUID().toString().substring(0, 6),
                null,
                null,
                "Tây Ninh",
                null,
                null,
                null,
                null,
                website,
                null);
    }
}
