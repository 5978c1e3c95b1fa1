package org.concordat.document.signing.infrastructure;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.concordat.shared.domain.Messages;

/** Asks an RFC 3161 time-stamping authority, over HTTP, to vouch for the time of a SHA-256 digest. */
final class TimestampClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_RESPONSE = 64 * 1024;

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom random = new SecureRandom();

    TimestampClient(URI url) {
        this.url = url;
    }

    URI url() {
        return url;
    }

    TimeStampToken stamp(byte[] sha256) throws IOException, TSPException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        HttpRequest post = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the time-stamping authority", e);
        }
        if (answer.statusCode() != 200 || answer.body().length > MAX_RESPONSE) {
            throw new IOException("The time-stamping authority answered HTTP " + answer.statusCode());
        }
        TimeStampResponse response = new TimeStampResponse(answer.body());
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            throw new TSPException(Messages.text("document.TimestampClient.theTimeStampingAuthorityRefused",
                    response.getStatusString()));
        }
        return token;
    }
}
