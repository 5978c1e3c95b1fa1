package org.concordat.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: keeps cookies, fetches pages and submits JSF forms (view state included), so
 * that integration tests can drive the real sign-in and the real pages over HTTP.
 */
public class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    // PrimeFaces' CSP mode: the page's nonce, which its script adds to every form post (checked on postback).
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    // Like a browser, treats http://localhost as a secure context: Keycloak (the SSO tests' provider) marks its
    // cookies Secure even there, and the JDK would otherwise never send them back over http.
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL) {
        @Override
        public java.util.Map<String, List<String>> get(URI uri, java.util.Map<String, List<String>> headers) throws IOException {
            if ("http".equalsIgnoreCase(uri.getScheme()) && "localhost".equalsIgnoreCase(uri.getHost())) {
                uri = URI.create("https" + uri.toString().substring(4));
            }
            return super.get(uri, headers);
        }
    };
    private final HttpClient client;
    private String lastBody = "";

    public record Page(int status, String body, Optional<String> location, HttpResponse<String> raw) {
        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    public WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** GET, following redirects within the application. */
    public Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.location().isPresent(); i++) {
            page = get(URI.create(page.location().get()).getRawPath() + query(page.location().get()));
        }
        return page;
    }

    /** Submits a form of the last page fetched, as a click on the button would. */
    public Page submit(String actionPath, String formId, Map<String, List<String>> fields, String buttonId) {
        return submit(actionPath, formId, fields, buttonId, Map.of(), true);
    }

    /**
     * The same, with request headers a browser adds (Origin, Referer, Sec-Fetch-Site) and, when {@code withNonce} is
     * false, without the page's CSP nonce that PrimeFaces' script adds to every post.
     */
    public Page submit(String actionPath, String formId, Map<String, List<String>> fields, String buttonId,
                       Map<String, String> headers, boolean withNonce) {
        Matcher m = VIEW_STATE.matcher(lastBody);
        if (!m.find()) {
            throw new IllegalStateException("The last page has no JSF form: " + lastBody.substring(0, Math.min(300, lastBody.length())));
        }
        List<String> pairs = new ArrayList<>();
        pairs.add(enc(formId) + "=" + enc(formId));
        fields.forEach((name, values) -> values.forEach(v -> pairs.add(enc(formId + ":" + name) + "=" + enc(v))));
        pairs.add(enc(formId + ":" + buttonId) + "=");
        pairs.add(enc("jakarta.faces.ViewState") + "=" + enc(m.group(1).replace("&#58;", ":")));
        Matcher nonce = CSP_NONCE.matcher(lastBody);
        if (withNonce && nonce.find()) {
            pairs.add(enc("primefaces.nonce") + "=" + enc(nonce.group(1)));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(actionPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Posts a plain form (another site's, such as an identity provider's sign-in page) to an absolute address. */
    public Page postForm(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Page signIn(String email, String password) {
        get("/login.xhtml");
        return submit("/login.xhtml", "login", Map.of("email", List.of(email), "password", List.of(password)), "signIn");
    }

    /** Signs in with a one-time password, replaces it, and returns the account page. */
    public Page signInAndReplacePassword(String email, String oneTimePassword, String newPassword) {
        signIn(email, oneTimePassword);
        open("/app/account.xhtml");
        return submit("/app/account.xhtml", "password", Map.of("currentPassword", List.of(oneTimePassword),
                "newPassword", List.of(newPassword), "confirmation", List.of(newPassword)), "change");
    }

    /** Issues an API token through the account page and returns it (it is shown once, in the page). */
    public String issueApiToken(String name) {
        open("/app/account.xhtml");
        Page page = submit("/app/account.xhtml", "tokens", Map.of("name", List.of(name), "validForDays", List.of("30")), "issue");
        Matcher m = Pattern.compile("<code id=\"issuedToken\">([^<]+)</code>").matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No token in the account page: " + page.status());
        }
        return m.group(1);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            lastBody = response.body();
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String query(String location) {
        String q = URI.create(location).getRawQuery();
        return q == null ? "" : "?" + q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
