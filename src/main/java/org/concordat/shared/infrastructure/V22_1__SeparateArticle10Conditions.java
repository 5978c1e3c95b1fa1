package org.concordat.shared.infrastructure;

import java.sql.Connection;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 22.1: the Schedule 1 condition of a flow's criminal offence data moves to its own column (V22).
 * Until now one column held the condition for special category and criminal offence data alike. Where a flow cites an
 * Article 10 authority, the condition is copied to the new column; where it cites no Article 9 condition, the
 * condition served criminal offence data only and leaves the old one. No value is lost and none changes meaning.
 * <p>
 * On PostgreSQL the flows of submitted and approved versions are guarded against any change (V8): this one lossless
 * reshaping pauses that guard inside its own transaction, so that it is never off outside it. A Java migration because
 * H2, the embedded database, has no such trigger to pause.
 */
public class V22_1__SeparateArticle10Conditions extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V22_1__SeparateArticle10Conditions.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgreSql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement sql = connection.createStatement()) {
            if (postgreSql) {
                sql.execute("ALTER TABLE agreement_flow DISABLE TRIGGER agreement_flow_guard");
            }
            int copied = sql.executeUpdate("UPDATE agreement_flow SET article10_schedule1_condition = schedule1_condition"
                    + " WHERE article10_authority IS NOT NULL AND schedule1_condition IS NOT NULL");
            int moved = sql.executeUpdate("UPDATE agreement_flow SET schedule1_condition = NULL"
                    + " WHERE article9_condition IS NULL AND article10_authority IS NOT NULL AND schedule1_condition IS NOT NULL");
            if (postgreSql) {
                sql.execute("ALTER TABLE agreement_flow ENABLE TRIGGER agreement_flow_guard");
            }
            LOG.info(() -> "event=article10_conditions_separated flows=" + copied + " moved=" + moved);
        }
    }
}
