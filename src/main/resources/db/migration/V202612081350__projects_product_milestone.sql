-- Issue 19, lump sum to the final product (khoán chi đến sản phẩm cuối cùng): a tranche tied to a
-- product is paid once STAFF has recorded that product's acceptance (its minutes), before the task's
-- final acceptance. One record per product of a task, never rewritten.
CREATE TABLE projects.product_milestone (
    id              UUID          PRIMARY KEY,
    task_id         UUID          NOT NULL REFERENCES projects.execution_task (id),
    product_id      UUID          NOT NULL,
    accepted_on     DATE          NOT NULL,
    minutes_number  VARCHAR(100)  NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (task_id, product_id)
);
