package org.concordat.it.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the unchanged Concordat WAR ({@link Deployments#concordat()}) deployed across test classes: Arquillian deploys
 * and undeploys a class's deployment around each class, and the WAR takes about ten seconds to deploy, which over
 * some fifty classes was a quarter of the CI run.
 *
 * <p>The first class that asks for the shared WAR deploys it; later classes are given the same address without a
 * deployment; it is undeployed before anything else is deployed under the same name (a class's changed copy of the
 * WAR) and when the server stops. The classes already share the database, so the only state they now also share is
 * the application's memory, which each test must not rely on being fresh (as in production, where the server runs
 * for weeks).
 */
public final class SharedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Intercepts deploy and undeploy inside the deployment context Arquillian activates (precedence 0). */
    public static final class Keeper {

        private static DeployableContainer<?> container;
        private static Archive<?> deployed;
        private static ProtocolMetaData address;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
            Deployment deployment = context.getEvent().getDeployment();
            if (!shared(deployment.getDescription())) {
                undeployShared();
                context.proceed();
                return;
            }
            if (deployed != null) {
                protocolMetaData.set(address);
                deployment.deployed();
                return;
            }
            context.proceed();
            if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                container = context.getEvent().getDeployableContainer();
                deployed = deployment.getDescription().getArchive();
                address = protocolMetaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            if (shared(deployment.getDescription()) && deployed != null) {
                deployment.undeployed();
                return;
            }
            context.proceed();
        }

        public void serverStopping(@Observes BeforeStop event) throws Exception {
            undeployShared();
        }

        private static boolean shared(DeploymentDescription description) {
            return description.managed() && !description.testable() && description.isArchiveDeployment()
                    && Deployments.isShared(description.getArchive());
        }

        private static void undeployShared() throws Exception {
            if (deployed == null) {
                return;
            }
            LOG.info("Undeploying the shared " + deployed.getName());
            try {
                container.undeploy(deployed);
            } finally {
                deployed = null;
                address = null;
                container = null;
            }
        }
    }
}
