package org.concordat.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * System properties of the running test server, set and removed through its management API: how an IT switches a
 * setting (a rate limit, TLS, the signing worker's pause) without restarting, since Settings reads them afresh.
 */
public final class ServerProperties {

    private ServerProperties() {
    }

    public static void set(ManagementClient management, String name, String value) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("add");
        op.get("address").add("system-property", name);
        op.get("value").set(value);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    /** Removes the property; one that was never set is left as it is. */
    public static void remove(ManagementClient management, String name) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("remove");
        op.get("address").add("system-property", name);
        management.getControllerClient().execute(op);
    }
}
