package cn.qingdao.hrss.jiuye.support.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Next values of the pipeline's sequences, in the dialect of the database in use (H2 or PostgreSQL). */
@Component
public class Sequences {

    private final JdbcClient jdbc;
    private final boolean postgres;

    public Sequences(DataSource dataSource, JdbcClient jdbc) {
        this.jdbc = jdbc;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    public long next(String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return jdbc.sql(sql).query(Long.class).single();
    }

    public boolean postgres() {
        return postgres;
    }
}
