package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies larger than the server used to accept at all (50 MB, then a bare 400 and a closed connection) get the same
 * clear answer as a file just over the limit: the public verification page turns the upload back with the reason beside
 * the field, the API answers 413 with a problem document. Every body is streamed, never held in memory, and the server
 * answers the next request.
 */
@ExtendWith(ArquillianExtension.class)
class RequestSizeIT {

    /** One byte more than the listeners used to take. */
    static final long OVER_THE_OLD_LISTENER_LIMIT = 52_428_800 + 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theVerificationPageTurnsBackAnUploadOfAnySizeWithTheReasonBesideTheField() throws Exception {
        for (long size : new long[] {OVER_THE_OLD_LISTENER_LIMIT, 120L * 1024 * 1024}) {
            String boundary = "----concordat" + System.nanoTime();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("verify.xhtml"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary), multipart(boundary, size));
            assertEquals(303, answer.statusCode(), size + " bytes: " + answer.body());
            assertEquals("/verify.xhtml?upload=tooLarge", answer.headers().firstValue("Location").orElse(""));

            WebSession.Page page = new WebSession(base.toURI()).get("/verify.xhtml?upload=tooLarge");
            assertEquals(200, page.status());
            assertTrue(page.contains("The file is larger than 10 MB, so it is not checked"), page.body());
        }
        assertServerAnswers();
    }

    @Test
    void theVerificationEndpointAnswersAProblemDocumentWhateverTheSize() throws Exception {
        HttpResponse<String> pdf = send(HttpRequest.newBuilder(uri("api/v1/verifications"))
                .header("Content-Type", "application/pdf"), zeros(OVER_THE_OLD_LISTENER_LIMIT));
        assertTooLarge(pdf, "The file is larger than 10 MB");

        String boundary = "----concordat" + System.nanoTime();
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("api/v1/verifications"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary), multipart(boundary, OVER_THE_OLD_LISTENER_LIMIT));
        assertTooLarge(form, "The file is larger than 10 MB");

        HttpResponse<String> json = send(HttpRequest.newBuilder(uri("api/v1/route-checks"))
                .header("Content-Type", "application/json"), zeros(OVER_THE_OLD_LISTENER_LIMIT));
        assertTooLarge(json, "this API accepts JSON bodies of up to");
        assertServerAnswers();
    }

    /** Jakarta Security's "login to continue" used to read such a form whole, to replay it after sign-in. */
    @Test
    void aLargeFormSentToASignedInPageIsRefusedUnreadBeforeSignIn() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("app/home.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded"), zeros(45L * 1024 * 1024));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("larger than Concordat accepts from a form"), answer.body());
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "no session kept for it");
        assertServerAnswers();
    }

    private void assertTooLarge(HttpResponse<String> answer, String reason) {
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"/problems/too-large\""), answer.body());
        assertTrue(answer.body().contains(reason), answer.body());
    }

    private void assertServerAnswers() throws Exception {
        assertEquals(200, http.send(HttpRequest.newBuilder(uri("api/health")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "the server answers the next request");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Body body) throws Exception {
        return http.send(request.POST(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(body::open), body.length())).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    /** A body of a declared length, produced as it is sent. */
    record Body(long length, List<byte[]> head, long zeros, List<byte[]> tail) {
        InputStream open() {
            List<InputStream> parts = new java.util.ArrayList<>();
            head.forEach(b -> parts.add(new ByteArrayInputStream(b)));
            parts.add(new Zeros(zeros));
            tail.forEach(b -> parts.add(new ByteArrayInputStream(b)));
            return new SequenceInputStream(java.util.Collections.enumeration(parts));
        }
    }

    static Body zeros(long size) {
        return new Body(size, List.of(), size, List.of());
    }

    /** A form with one file part of zeros, the whole form {@code size} bytes long. */
    static Body multipart(String boundary, long size) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"verification:file\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new Body(size, List.of(head), size - head.length - tail.length, List.of(tail));
    }

    /** n zero bytes, made up as they are read. */
    static final class Zeros extends InputStream {
        private long left;

        Zeros(long n) {
            this.left = n;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
