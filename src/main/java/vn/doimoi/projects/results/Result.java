package vn.doimoi.projects.results;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.VietnameseField;

/**
 * The registration of a task's result (đăng ký kết quả, the national form's main fields); public
 * once the Department registers it with a certificate number.
 */
@Entity(name = "ExecutionResult")
@Table(schema = "projects", name = "result")
@Indexed(index = "result", routingBinder = @RoutingBinderRef(type = RegisteredOnlyRoutingBinder.class))
public class Result {

    @Id
    private UUID id;

    private UUID taskId;

    @VietnameseField(name = "title")
    private String title;

    @VietnameseField(name = "summary")
    private String summary;

    private String authors;
    private String keywords;
    private String applicationScope;
    private String fieldCodes;
    private UUID hostOrgId;

    /** Results belong to the research organisation that hosted the task (Law 93/2025). */
    private UUID ownerOrgId;

    @Enumerated(EnumType.STRING)
    private ResultState state;

    private Instant submittedAt;
    private @Nullable String certificateNumber;
    private @Nullable LocalDate registeredOn;

    /** The protection title granted for the result, if any (Law 93/2025 art. 73). */
    @Enumerated(EnumType.STRING)
    private @Nullable ProtectionTitleKind protectionTitleKind;

    private @Nullable String protectionTitleNumber;
    private @Nullable LocalDate protectionGrantedOn;

    @Version
    private long version;

    protected Result() {}

    public Result(
            UUID taskId,
            String title,
            String summary,
            String authors,
            String keywords,
            String applicationScope,
            List<String> fieldCodes,
            UUID hostOrgId,
            Instant now) {
        if (blank(title) || blank(summary) || blank(authors) || blank(applicationScope)) {
            throw DomainException.refused("result.error.incomplete");
        }
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.title = title;
        this.summary = summary;
        this.authors = authors;
        this.keywords = keywords == null ? "" : keywords;
        this.applicationScope = applicationScope;
        this.fieldCodes = String.join(",", fieldCodes);
        this.hostOrgId = hostOrgId;
        this.ownerOrgId = hostOrgId;
        this.state = ResultState.SUBMITTED;
        this.submittedAt = now;
    }

    public void register(String certificateNumber, LocalDate on) {
        if (state != ResultState.SUBMITTED) {
            throw DomainException.conflict("result.error.state", state.name());
        }
        if (blank(certificateNumber)) {
            throw DomainException.refused("result.error.certificateRequired");
        }
        this.state = ResultState.REGISTERED;
        this.certificateNumber = certificateNumber;
        this.registeredOn = on;
    }

    /** Records the protection title granted for the result; a grant in the future is refused. */
    void grantedTitle(ProtectionTitle title, LocalDate today) {
        if (title.grantedOn().isAfter(today)) {
            throw DomainException.refused("result.title.error.future");
        }
        this.protectionTitleKind = title.kind();
        this.protectionTitleNumber = title.number();
        this.protectionGrantedOn = title.grantedOn();
    }

    /** The protection title granted for the result, if one was recorded. */
    public java.util.Optional<ProtectionTitle> protectionTitle() {
        if (protectionTitleKind == null || protectionTitleNumber == null || protectionGrantedOn == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                new ProtectionTitle(protectionTitleKind, protectionTitleNumber, protectionGrantedOn));
    }

    boolean isRegistered() {
        return state == ResultState.REGISTERED;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String authors() {
        return authors;
    }

    public String keywords() {
        return keywords;
    }

    public String applicationScope() {
        return applicationScope;
    }

    public List<String> fieldCodes() {
        return fieldCodes.isBlank() ? List.of() : Arrays.asList(fieldCodes.split(","));
    }

    public UUID hostOrgId() {
        return hostOrgId;
    }

    public UUID ownerOrgId() {
        return ownerOrgId;
    }

    public ResultState state() {
        return state;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    public String certificateNumber() {
        return certificateNumber;
    }

    @Nullable
    public LocalDate registeredOn() {
        return registeredOn;
    }
}
