package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.List;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.OtherAddress;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out: hardened sessions, throttled guessing, one-time passwords replaced, all audited. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long organisation;

    @BeforeAll
    static void mailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void organisation() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        organisation = partnership.createOrganisation(Partnership.unique("Sign-in Academy"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
    }

    @Test
    void protectedPageLeadsToSignInAndBack() throws Exception {
        WebSession visitor = new WebSession(base.toURI());
        WebSession.Page page = visitor.get("/app/organisations.xhtml");
        assertEquals(302, page.status());
        assertTrue(page.location().orElseThrow().contains("/login.xhtml"));
    }

    @Test
    void sessionIdIsRenewedAtSignInAndCookiesAreHardened() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "PRACTITIONER");
        long signInsBefore = (Long) Database.single(
                "select count(*) from audit_event where action = 'SIGN_IN' and actor_email = ?", member.email());
        WebSession web = new WebSession(base.toURI());
        WebSession.Page login = web.get("/login.xhtml");
        String before = web.cookie("CONCORDAT_SESSION").orElseThrow().getValue();
        String setCookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);

        WebSession.Page signedIn = web.submit("/login.xhtml", "login",
                java.util.Map.of("email", List.of(member.email()), "password", List.of(Partnership.MEMBER_PASSWORD)), "signIn");
        assertEquals(302, signedIn.status());
        String after = web.cookie("CONCORDAT_SESSION").orElseThrow().getValue();
        assertNotEquals(before, after, "a session id planted before sign-in is worthless after it");
        assertEquals(200, web.get("/app/home.xhtml").status());

        assertEquals(signInsBefore + 1, Database.single(
                "select count(*) from audit_event where action = 'SIGN_IN' and actor_email = ?", member.email()));
    }

    @Test
    void securityHeadersAreSentOnPagesAndApi() throws Exception {
        WebSession web = new WebSession(base.toURI());
        for (String path : List.of("/login.xhtml", "/api/health")) {
            HttpHeaders headers = web.get(path).raw().headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), path);
        }
        List<String> pagePolicies = web.get("/login.xhtml").raw().headers().allValues("Content-Security-Policy");
        assertTrue(pagePolicies.stream().anyMatch(v -> v.contains("script-src 'self' 'nonce-")), pagePolicies.toString());
    }

    @Test
    void wrongPasswordIsExplainedAndAudited() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "SIGNATORY");
        WebSession web = new WebSession(base.toURI());
        WebSession.Page page = web.signIn(member.email(), "not-my-password-at-all");
        assertEquals(200, page.status());
        assertTrue(page.contains("The email address or password is not right"));
        assertFalse(page.contains("Caused by") || page.contains("at org."), "no stack trace");
        assertEquals(1L, Database.single(
                "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and summary like ?", "%" + member.email() + "%"));
    }

    @Test
    void repeatedFailuresSlowTheAccountDown() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "DPO");
        WebSession web = new WebSession(base.toURI());
        for (int i = 1; i <= 5; i++) {
            assertTrue(web.signIn(member.email(), "wrong-guess-number-" + i).contains("is not right"), "free attempt " + i);
        }
        WebSession.Page sixth = web.signIn(member.email(), "wrong-guess-number-6");
        assertTrue(sixth.contains("Too many sign-in attempts have failed. Wait 30 seconds"), "the sixth failure starts the wait");

        WebSession.Page evenRight = web.signIn(member.email(), Partnership.MEMBER_PASSWORD);
        assertEquals(200, evenRight.status(), "while throttled, not even the right password is checked");
        assertTrue(evenRight.contains("Too many sign-in attempts have failed"));
    }

    /**
     * Guessing at someone's password from one address slows that address down, never the account holder elsewhere;
     * the holder is told by email, once however many guesses follow, and never what was tried.
     */
    @Test
    void guessingFromAnotherAddressNeverLocksTheHolderOutAndTheHolderIsToldOnce() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "PRACTITIONER");
        OtherAddress attacker = new OtherAddress(base.toURI(), "127.0.0.2");
        for (int i = 1; i <= 5; i++) {
            assertTrue(attacker.signIn(member.email(), "attacker-guess-" + i).contains("is not right"), "guess " + i);
        }
        assertTrue(attacker.signIn(member.email(), "attacker-guess-6").contains("Too many sign-in attempts have failed. Wait 30"),
                "the guessing address is slowed down");
        assertTrue(attacker.signIn(member.email(), "attacker-guess-7").contains("Too many sign-in attempts have failed"));

        WebSession holder = new WebSession(base.toURI());
        WebSession.Page signedIn = holder.signIn(member.email(), Partnership.MEMBER_PASSWORD);
        assertEquals(302, signedIn.status(), "the holder, at their own address, signs in: "
                + (signedIn.contains("Too many") ? "throttled" : signedIn.status()));
        assertEquals(200, holder.get("/app/home.xhtml").status());

        OtherAddress another = new OtherAddress(base.toURI(), "127.0.0.3");
        for (int i = 1; i <= 6; i++) {
            another.signIn(member.email(), "another-guess-" + i);
        }
        assertTrue(smtp.waitForIncomingEmail(20_000, 1), "the holder is told");
        Thread.sleep(3_000); // time for a second email, if one were (wrongly) sent
        List<MimeMessage> told = Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, member.email())).toList();
        assertEquals(1, told.size(), "told once, not at every attempt");
        assertEquals("Failed sign-ins to your Concordat account", told.get(0).getSubject());
        String body = GreenMailUtil.getBody(told.get(0));
        assertTrue(body.contains("6 attempts to sign in"), body);
        assertFalse(body.contains("attacker-guess") || body.contains("another-guess"), "never the password tried: " + body);
        assertEquals(1L, Database.single("select count(*) from notification n join app_user u on u.id = n.recipient_user_id"
                + " where u.email = ? and n.subject = ?", member.email(), "Failed sign-ins to your Concordat account"));
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        var created = partnership.admin().post("/api/v1/users", jakarta.json.Json.createObjectBuilder()
                .add("organisationId", organisation).add("fullName", "New Starter")
                .add("email", "it-newstarter-" + organisation + "@example.org")
                .add("roles", jakarta.json.Json.createArrayBuilder().add("PRACTITIONER")).build()).json();
        WebSession web = new WebSession(base.toURI());
        web.signIn(created.getJsonObject("user").getString("email"), created.getString("oneTimePassword"));

        WebSession.Page home = web.get("/app/organisations.xhtml");
        assertEquals(302, home.status());
        assertTrue(home.location().orElseThrow().endsWith("/app/account.xhtml"));
        WebSession.Page account = web.open("/app/account.xhtml");
        assertTrue(account.contains("You are using a one-time password"));

        WebSession.Page weak = web.submit("/app/account.xhtml", "password", java.util.Map.of(
                "currentPassword", List.of(created.getString("oneTimePassword")),
                "newPassword", List.of("short"), "confirmation", List.of("short")), "change");
        assertTrue(weak.contains("Use at least 12 characters"));

        web.signInAndReplacePassword(created.getJsonObject("user").getString("email"),
                created.getString("oneTimePassword"), "a-long-and-memorable-phrase");
        assertEquals(200, web.get("/app/organisations.xhtml").status());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "PRACTITIONER");
        WebSession.Page home = member.web().open("/app/home.xhtml");
        assertEquals(200, home.status());
        WebSession.Page out = member.web().submit("/app/home.xhtml", "signOutForm", java.util.Map.of(), "signOut");
        assertEquals(302, out.status());
        assertTrue(out.location().orElseThrow().contains("signedOut=true"));
        assertEquals(302, member.web().get("/app/home.xhtml").status());
        assertEquals(1L, Database.single("select count(*) from audit_event where action = 'SIGN_OUT' and actor_email = ?",
                member.email()));
    }
}
