package vn.doimoi.projects.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.identification.OrderedProduct;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.VietnameseField;

/**
 * A call (thông báo tuyển chọn / giao trực tiếp) for one ordered task: the task as ordered
 * (title, objectives, products with specifications, budget ceiling), the deadline and the rule
 * set. Its state machine: DRAFT → OPEN → CLOSED (after the deadline) → DOSSIERS_OPENED → DECIDED.
 */
@Entity
@Indexed(index = "call", routingBinder = @RoutingBinderRef(type = PublicOnly.class))
@Table(schema = "projects", name = "call")
public class Call {

    @Id
    private UUID id;

    private String code;

    @VietnameseField(name = "title")
    private String title;

    @Enumerated(EnumType.STRING)
    private TaskType taskType;

    @Enumerated(EnumType.STRING)
    private SelectionMethod method;

    @VietnameseField(name = "summary")
    private String objectives;

    private String eligibility;
    private String requiredForms;
    private String fieldCodes;
    private @Nullable UUID adopterOrganisationId;
    private BigDecimal budgetCeiling;
    private int durationMonths;
    private LocalDate deadlineOn;
    private String ruleSetId;
    private @Nullable String orderDecision;

    @Enumerated(EnumType.STRING)
    private CallState state;

    private @Nullable Instant openedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant dossiersOpenedAt;
    private @Nullable String openingMinutes;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "call_product", joinColumns = @JoinColumn(name = "call_id"))
    @OrderBy("position")
    private List<OrderedProduct> products = new ArrayList<>();

    @Version
    private long version;

    protected Call() {}

    Call(String code, CallData data, String ruleSetId, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.ruleSetId = ruleSetId;
        this.state = CallState.DRAFT;
        this.createdAt = now;
        apply(data);
    }

    void edit(CallData data) {
        if (state != CallState.DRAFT) {
            throw forbidden("edit");
        }
        apply(data);
    }

    private void apply(CallData data) {
        this.title = data.title();
        this.taskType = data.type();
        this.method = data.method();
        this.objectives = data.objectives();
        this.eligibility = data.eligibility();
        this.requiredForms = data.requiredForms();
        this.fieldCodes = String.join(",", data.fieldCodes());
        this.adopterOrganisationId = data.adopterOrganisationId();
        this.budgetCeiling = data.budgetCeiling();
        this.durationMonths = data.durationMonths();
        this.deadlineOn = data.deadlineOn();
        this.orderDecision = data.orderDecision();
        this.products.clear();
        int position = 0;
        for (CallData.Product product : data.products()) {
            products.add(new OrderedProduct(
                    position++,
                    product.productId() == null ? UUID.randomUUID() : product.productId(),
                    product.name(),
                    product.quantity(),
                    product.specs()));
        }
    }

    /** STAFF publishes the call; the deadline must still be ahead and the order must name products. */
    void open(Instant now) {
        if (state != CallState.DRAFT) {
            throw forbidden("open");
        }
        if (products.isEmpty()) {
            throw new DomainException("call.error.noProducts");
        }
        if (!Deadlines.isOnTime(deadlineOn, now)) {
            throw new DomainException("call.error.deadlinePast");
        }
        state = CallState.OPEN;
        openedAt = now;
    }

    /** Receipt ends once the deadline day has passed in Vietnam. */
    void close(Instant now) {
        if (state != CallState.OPEN) {
            throw forbidden("close");
        }
        if (Deadlines.isOnTime(deadlineOn, now)) {
            throw new DomainException("call.error.beforeDeadline");
        }
        state = CallState.CLOSED;
        closedAt = now;
    }

    /** STAFF opens the dossiers and records the validity check with its minutes. */
    void openDossiers(String minutes, Instant now) {
        closeAtDeadline(now);
        if (state != CallState.CLOSED) {
            throw forbidden("openDossiers");
        }
        if (minutes == null || minutes.isBlank()) {
            throw new DomainException("dossier.error.minutesRequired");
        }
        state = CallState.DOSSIERS_OPENED;
        dossiersOpenedAt = now;
        openingMinutes = minutes.strip();
    }

    void decide() {
        if (state != CallState.DOSSIERS_OPENED) {
            throw forbidden("decide");
        }
        state = CallState.DECIDED;
    }

    boolean acceptsDossiers(Instant now) {
        return state == CallState.OPEN && Deadlines.isOnTime(deadlineOn, now);
    }

    /**
     * The state as of {@code now}: an open call whose deadline has passed is closed from that
     * moment, whether or not the nightly job ({@link CallClosing}) has written it down yet.
     */
    CallState stateAt(Instant now) {
        return state == CallState.OPEN && !Deadlines.isOnTime(deadlineOn, now) ? CallState.CLOSED : state;
    }

    /** The first instant receipt is over: midnight after the deadline day, Vietnam time. */
    Instant receiptEndsAt() {
        return deadlineOn.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant();
    }

    /** Writes down that an open call closed by itself at its deadline; false when it is not due. */
    boolean closeAtDeadline(Instant now) {
        if (stateAt(now) != CallState.CLOSED || state != CallState.OPEN) {
            return false;
        }
        state = CallState.CLOSED;
        closedAt = receiptEndsAt();
        return true;
    }

    private DomainException forbidden(String action) {
        return DomainException.conflict("call.error.transition", action, state.name());
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("title", title);
        state.put("state", this.state.name());
        state.put("deadlineOn", deadlineOn.toString());
        state.put("budgetCeiling", budgetCeiling.toPlainString());
        return state;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public TaskType taskType() {
        return taskType;
    }

    public SelectionMethod method() {
        return method;
    }

    String objectives() {
        return objectives;
    }

    String eligibility() {
        return eligibility;
    }

    String requiredForms() {
        return requiredForms;
    }

    public List<String> fieldCodes() {
        return fieldCodes == null || fieldCodes.isBlank() ? List.of() : List.of(fieldCodes.split(","));
    }

    @Nullable
    public UUID adopterOrganisationId() {
        return adopterOrganisationId;
    }

    BigDecimal budgetCeiling() {
        return budgetCeiling;
    }

    int durationMonths() {
        return durationMonths;
    }

    LocalDate deadlineOn() {
        return deadlineOn;
    }

    String ruleSetId() {
        return ruleSetId;
    }

    @Nullable
    String orderDecision() {
        return orderDecision;
    }

    CallState state() {
        return state;
    }

    @Nullable
    Instant openedAt() {
        return openedAt;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    @Nullable
    Instant dossiersOpenedAt() {
        return dossiersOpenedAt;
    }

    @Nullable
    String openingMinutes() {
        return openingMinutes;
    }

    public List<OrderedProduct> products() {
        return List.copyOf(products);
    }

    long version() {
        return version;
    }
}
