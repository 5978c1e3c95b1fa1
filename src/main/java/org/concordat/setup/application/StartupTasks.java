package org.concordat.setup.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.concordat.document.signing.application.SigningCredentials;
import org.concordat.shared.application.ClusterLock;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.application.Settings;
import org.concordat.template.application.TemplateLibrary;

/**
 * Runs once when the application starts, after Flyway has migrated the schema: it adds any new built-in
 * template version and makes sure Concordat's certification authority for signing exists; then in demo mode it
 * seeds the demo partnership, otherwise it makes sure there is a first administrator. Each step commits on its own;
 * the whole runs under the cluster's startup lock.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {

    @Inject
    Settings settings;

    @Inject
    DemoPartnership demo;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TemplateLibrary templates;

    @Inject
    SigningCredentials signing;

    @Inject
    ClusterLock clusterLock;

    @PostConstruct
    void run() {
        currentCaller.actAsSystem("startup");
        // One node at a time: a second node starting at the same moment finds what the first created.
        clusterLock.exclusively("startup", () -> {
            templates.syncBuiltIns();
            signing.ensureAuthority();
            if (settings.demoMode()) {
                demo.seedIfEmpty();
            } else {
                firstAdministrator.ensure();
            }
        });
    }
}
