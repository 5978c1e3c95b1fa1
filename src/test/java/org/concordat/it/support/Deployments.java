package org.concordat.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR the build produced, deployed as production deploys it (Flyway runs, demo seeding if asked).
 *
 * <p>{@link #concordat()} is one archive for the whole test run: {@link SharedDeployment} keeps it deployed from the
 * first class that asks for it to the server's stop, instead of deploying it again for every class (about ten
 * seconds each). A class that changes the WAR takes its own copy from {@link #concordatToChange()}.
 */
public final class Deployments {

    private static WebArchive shared;

    private Deployments() {
    }

    /** The unchanged WAR, the same instance every time: never modify it (use {@link #concordatToChange()}). */
    public static synchronized WebArchive concordat() {
        if (shared == null) {
            shared = concordatToChange();
        }
        return shared;
    }

    /** A copy of the WAR of its own, for a class that adds to it or changes it; deployed for that class alone. */
    public static WebArchive concordatToChange() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("concordat.war")));
    }

    static synchronized boolean isShared(Object archive) {
        return archive != null && archive == shared;
    }
}
