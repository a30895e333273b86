package vn.doimoi.shared.kept;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tables a statement reads and writes, as Hibernate and the JDBC writers phrase them. */
class SqlTablesTests {

    @Test
    void aJoinReadsEveryTableByItsBareName() {
        SqlTables.Touched touched = SqlTables.parse(
                "select a1_0.id from portal.article a1_0 join portal.category c1_0 on c1_0.id=a1_0.category_id "
                        + "left join \"directory\".\"organisation\" o on true where a1_0.status=?");

        assertThat(touched.read()).containsExactlyInAnyOrder("article", "category", "organisation");
        assertThat(touched.written()).isEmpty();
    }

    @Test
    void insertsUpdatesDeletesAndUpsertsWrite() {
        assertThat(SqlTables.parse("insert into market.listing (id,title) values (?,?)")
                        .written())
                .containsExactly("listing");
        assertThat(SqlTables.parse("update directory.organisation set name=? where id=?")
                        .written())
                .containsExactly("organisation");
        assertThat(SqlTables.parse("DELETE FROM portal.document_attachment WHERE id = ?")
                        .written())
                .containsExactly("document_attachment");
        assertThat(SqlTables.parse("""
                        insert into portal.article_views (article_id, views) values (?, ?)
                        on conflict (article_id) do update set views = portal.article_views.views + excluded.views""").written()).contains("article_views");
    }
}
