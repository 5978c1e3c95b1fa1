package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.concordat.it.support.ServerProperties;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTPS as wildfly-config/tls.cli sets it up, over the wire: TLS is switched on for this test only (the system property
 * concordat.tls, which wins over CONCORDAT_TLS, and a reload), then off again. The certificate is the self-signed one
 * Elytron generates when no CONCORDAT_TLS_KEYSTORE is named, so this client trusts any certificate — for this test only.
 */
@ExtendWith(ArquillianExtension.class)
class TlsIT {

    /** The https socket binding (8443) with the tests' port offset of 100 (arquillian.xml). */
    static final int HTTPS_PORT = 8543;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @Test
    void withTlsOnHttpRedirectsToHttpsWhichSendsHstsAndSecureCookiesAndWithItOffNothingChanges() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient https = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).sslContext(trustingAnyCertificate()).build();
        URI plain = base.toURI().resolve("/login.xhtml?next=%2Fapp%2Fhome.xhtml");
        URI secure = URI.create("https://" + base.getHost() + ":" + HTTPS_PORT + "/login.xhtml?next=%2Fapp%2Fhome.xhtml");
        try {
            ServerProperties.set(management, "concordat.tls", "true");
            ServerProperties.set(management, "concordat.https.port", Integer.toString(HTTPS_PORT));
            reloadAndWaitFor(http, plain, 302);

            // Plain HTTP: redirected to the same address over HTTPS before anything of Concordat runs (no session).
            HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(plain).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, redirect.statusCode());
            assertEquals(secure.toString(), redirect.headers().firstValue("Location").orElseThrow());
            assertFalse(redirect.headers().firstValue("Set-Cookie").isPresent(), "no cookie over plain HTTP");
            // The API too, before its token is even looked at.
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me"))
                    .header("Authorization", "Bearer cnc_not-a-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, api.statusCode());
            assertEquals("https://" + base.getHost() + ":" + HTTPS_PORT + "/api/v1/me",
                    api.headers().firstValue("Location").orElseThrow());

            // HTTPS: the sign-in page, HSTS, and a session cookie that is Secure, HttpOnly and SameSite=Lax.
            HttpResponse<String> page = https.send(HttpRequest.newBuilder(secure).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("password"), "the sign-in page");
            assertEquals("max-age=31536000; includeSubDomains",
                    page.headers().firstValue("Strict-Transport-Security").orElse("(none)"));
            List<String> cookies = page.headers().allValues("Set-Cookie");
            String session = cookies.stream().filter(c -> c.startsWith("CONCORDAT_SESSION=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
            assertTrue(session.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure(;.*|$)"), session);
            assertTrue(session.contains("HttpOnly"), session);
            assertTrue(session.contains("SameSite=Lax"), session);
            String version = page.sslSession().map(SSLSession::getProtocol).orElseThrow();
            assertTrue(version.equals("TLSv1.3") || version.equals("TLSv1.2"), version);
        } finally {
            ServerProperties.remove(management, "concordat.tls");
            ServerProperties.remove(management, "concordat.https.port");
            reloadAndWaitFor(http, plain, 200);
        }

        // TLS off (the default): plain HTTP answers as it always did, without HSTS.
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(plain).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertFalse(page.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CONCORDAT_SESSION="))
                .findFirst().orElseThrow();
        assertFalse(session.toLowerCase(java.util.Locale.ROOT).contains("secure"), session);
    }

    private void reloadAndWaitFor(HttpClient http, URI page, int status) throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        try {
            management.getControllerClient().execute(reload);
        } catch (IOException e) {
            // The connection may close under the answer; the server reloads all the same.
        }
        long deadline = System.currentTimeMillis() + 180_000;
        int last = -1;
        Thread.sleep(2_000);
        while (System.currentTimeMillis() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("after the reload " + page + " answered " + last + ", not " + status);
    }


    /** For this test only: the server's certificate is self-signed and generated at its first HTTPS request. */
    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager any = new X509ExtendedTrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
            @Override public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, new SecureRandom());
        return context;
    }
}
