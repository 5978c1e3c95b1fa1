package org.concordat.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looks straight into the test PostgreSQL database, to check what the application really stored. */
public final class Database {

    private Database() {
    }

    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"));
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a change straight against the database, as a careless script or a bug would. */
    public static int execute(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"));
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    public static Object single(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0).values().iterator().next();
    }
}
