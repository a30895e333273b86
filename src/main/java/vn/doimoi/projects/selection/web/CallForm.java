package vn.doimoi.projects.selection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Money;

/**
 * A call as STAFF types it: the ordered task and the call's terms. Money and the deadline are
 * read by the site's formatters, products bind by index ({@code products[0].name} …).
 */
public class CallForm {

    private @Nullable Long version;
    private String title = "";
    private TaskType type = TaskType.RESEARCH_TOPIC;
    private SelectionMethod method = SelectionMethod.COMPETITION;
    private String objectives = "";
    private String eligibility = "";
    private String requiredForms = "";
    private String fieldCodes = "";
    private @Nullable UUID adopterOrganisationId;
    private @Nullable Money budgetCeiling;
    private @Nullable Integer durationMonths = 24;
    private @Nullable LocalDate deadlineOn;
    private String orderDecision = "";
    private List<ProductForm> products = new ArrayList<>();

    /** The form of a drafted call, to complete it. */
    static CallForm of(CallView call) {
        CallForm form = new CallForm();
        form.version = call.version();
        form.title = call.title();
        form.type = call.type();
        form.method = call.method();
        form.objectives = call.objectives();
        form.eligibility = call.eligibility();
        form.requiredForms = call.requiredForms();
        form.fieldCodes = String.join(", ", call.fieldCodes());
        form.adopterOrganisationId =
                call.adopter() == null ? null : call.adopter().id();
        form.budgetCeiling = new Money(call.budgetCeiling());
        form.durationMonths = call.durationMonths();
        form.deadlineOn = call.deadlineOn();
        form.orderDecision = call.orderDecision() == null ? "" : call.orderDecision();
        form.products =
                new ArrayList<>(call.products().stream().map(ProductForm::of).toList());
        return form;
    }

    CallData data() {
        if (deadlineOn == null) {
            throw DomainException.invalid("call.error.deadlineRequired");
        }
        return new CallData(
                title.strip(),
                type,
                method,
                objectives.strip(),
                eligibility.strip(),
                requiredForms.strip(),
                Arrays.stream(fieldCodes.split("[,;\\s]+"))
                        .filter(code -> !code.isBlank())
                        .toList(),
                adopterOrganisationId,
                budgetCeiling == null ? null : budgetCeiling.amount(),
                durationMonths == null ? 0 : durationMonths,
                deadlineOn,
                orderDecision.strip(),
                ProductForm.ordered(products));
    }

    /** The product row {@code i}, empty when the call has fewer products. */
    public ProductForm product(int i) {
        return i < products.size() && products.get(i) != null ? products.get(i) : new ProductForm();
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TaskType getType() {
        return type;
    }

    public void setType(TaskType type) {
        this.type = type;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public void setMethod(SelectionMethod method) {
        this.method = method;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getRequiredForms() {
        return requiredForms;
    }

    public void setRequiredForms(String requiredForms) {
        this.requiredForms = requiredForms;
    }

    public String getFieldCodes() {
        return fieldCodes;
    }

    public void setFieldCodes(String fieldCodes) {
        this.fieldCodes = fieldCodes;
    }

    public @Nullable UUID getAdopterOrganisationId() {
        return adopterOrganisationId;
    }

    public void setAdopterOrganisationId(@Nullable UUID adopterOrganisationId) {
        this.adopterOrganisationId = adopterOrganisationId;
    }

    public @Nullable Money getBudgetCeiling() {
        return budgetCeiling;
    }

    public void setBudgetCeiling(@Nullable Money budgetCeiling) {
        this.budgetCeiling = budgetCeiling;
    }

    public @Nullable Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(@Nullable Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public @Nullable LocalDate getDeadlineOn() {
        return deadlineOn;
    }

    public void setDeadlineOn(@Nullable LocalDate deadlineOn) {
        this.deadlineOn = deadlineOn;
    }

    public String getOrderDecision() {
        return orderDecision;
    }

    public void setOrderDecision(String orderDecision) {
        this.orderDecision = orderDecision;
    }

    public List<ProductForm> getProducts() {
        return products;
    }

    public void setProducts(List<ProductForm> products) {
        this.products = products;
    }
}
