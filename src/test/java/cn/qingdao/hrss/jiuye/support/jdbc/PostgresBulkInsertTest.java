package cn.qingdao.hrss.jiuye.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** COPY on a real PostgreSQL: rows of many blocks arrive whole and in order, every value as it was. */
class PostgresBulkInsertTest {

    @Test
    void rowsOfManyBlocksArriveEachValueIntact() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource ds = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.execute("CREATE TABLE scratch (n INTEGER PRIMARY KEY, name VARCHAR(200), amount DECIMAL(14,2),"
                    + " day DATE, ok BOOLEAN, big BIGINT)");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) { // about 1 MB of COPY text: sixteen blocks and a part
                String name = switch (i % 4) {
                    case 0 -> "张\uD842\uDFB7明" + i;
                    case 1 -> "tab\there\\back\nline\rreturn " + i;
                    case 2 -> null;
                    default -> "青岛市市南区某某科技有限公司".repeat(2) + i;
                };
                rows.add(new Object[] {i, name, new BigDecimal(i).movePointLeft(2), LocalDate.of(2025, 1, 1).plusDays(i % 365),
                        i % 3 == 0, (long) i * 1_000_000_007L});
            }

            new BulkInsert(ds, jdbc, new Sequences(ds, JdbcClient.create(ds)))
                    .insert("scratch", List.of("n", "name", "amount", "day", "ok", "big"), rows);

            List<Object[]> back = jdbc.query("SELECT n, name, amount, day, ok, big FROM scratch ORDER BY n",
                    (rs, k) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getLong(6)});
            assertThat(back).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(back.get(i)).as("row %d", i).containsExactly(rows.get(i));
            }
        }
    }
}
