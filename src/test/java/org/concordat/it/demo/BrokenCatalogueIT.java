package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A catalogue file an editor broke stops the deployment, and the message says where and what. */
@ExtendWith(ArquillianExtension.class)
class BrokenCatalogueIT {

    static final String FILE = "WEB-INF/classes/templates/legal/lawful-bases.yaml";

    @Deployment(name = "broken", managed = false, testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.concordatToChange();
        String original = new java.util.Scanner(war.get(FILE).getAsset().openStream(), java.nio.charset.StandardCharsets.UTF_8)
                .useDelimiter("\\A").next();
        war.delete(FILE);
        war.add(new StringAsset(original.replace("flags: [public-task, needs-statutory-power]", "flags: [public-task, needs-a-miracle]")), FILE);
        return war;
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void theDeploymentStopsNamingFileEntryAndProblem() {
        String message = "";
        try {
            deployer.deploy("broken");
            deployer.undeploy("broken");
        } catch (Exception e) {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getMessage()).append('\n');
            }
            message = all.toString();
        }
        assertTrue(message.contains("lawful-bases.yaml, entry A6-1-e: unknown flag 'needs-a-miracle'"), message);
    }
}
