package org.concordat.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed as production deploys it (Flyway runs, demo seeding if asked). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive concordat() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("concordat.war")));
    }
}
