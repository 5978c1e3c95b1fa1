package org.concordat.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/**
 * A list read a page at a time in one statement: the SQL selects every row that passes the filters with
 * {@code count(*) over () as total} beside each, in a total order (ending on a unique column, so that pages never
 * repeat or skip a row); this adds the page's limit and offset. Plain SQL that PostgreSQL and H2 both read.
 */
public final class PagedQuery {

    /** Reads one row of the result set into what the list shows. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PagedQuery() {
    }

    /**
     * @param what the reader, named in the exception if the database fails (never shown to a user: the outage filter
     *             answers)
     */
    public static <T> Page<T> read(PersistenceUnitDataSource dataSource, String sql, List<Object> parameters, PageRequest page,
                                   RowReader<T> reader, String what) {
        Page<T> found = once(dataSource, sql, parameters, page, reader, what);
        if (found.items().isEmpty() && page.page() > 1) {
            // Past the last page: still say how many there are, so the page can link back to them.
            long total = once(dataSource, sql, parameters, new PageRequest(1, 1), reader, what).total();
            return new Page<>(List.of(), total, page);
        }
        return found;
    }

    private static <T> Page<T> once(PersistenceUnitDataSource dataSource, String sql, List<Object> parameters, PageRequest page,
                                    RowReader<T> reader, String what) {
        try (Connection c = dataSource.connection(); PreparedStatement ps = c.prepareStatement(sql + "\n limit ? offset ?")) {
            int i = 1;
            for (Object parameter : parameters) {
                ps.setObject(i++, parameter);
            }
            ps.setInt(i++, page.size());
            ps.setLong(i, page.offset());
            long total = 0;
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total");
                    rows.add(reader.read(rs));
                }
            }
            return new Page<>(rows, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException(what, e);
        }
    }

    /** Text as a LIKE pattern that matches it literally anywhere (any case once both sides are lower-cased): "!" escapes. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
