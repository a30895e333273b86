package vn.doimoi.projects.identification.web;

import java.util.ArrayList;
import java.util.List;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.selection.web.ProductForm;

/**
 * The task STAFF fixes for a recommended proposal: its name, objectives, method and products,
 * bound by index ({@code products[0].name} …) so a task can order as many products as it needs.
 */
public class OutcomeForm {

    private long version = -1;
    private String taskName = "";
    private String objectives = "";
    private SelectionMethod method = SelectionMethod.COMPETITION;
    private List<ProductForm> products = new ArrayList<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTaskName() {
        return taskName;
    }

    public void setTaskName(String taskName) {
        this.taskName = taskName;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public void setMethod(SelectionMethod method) {
        this.method = method;
    }

    public List<ProductForm> getProducts() {
        return products;
    }

    public void setProducts(List<ProductForm> products) {
        this.products = products;
    }

    /** The products named on the form; a row left empty orders nothing. */
    List<CallData.Product> orderedProducts() {
        return ProductForm.ordered(products);
    }
}
