package org.concordat.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor at another address: the server runs on 127.0.0.1 and the whole of 127.0.0.0/8 reaches it, so a socket
 * bound to 127.0.0.2 is, to the server, someone else somewhere else. Java 17's HttpClient cannot choose its local
 * address, hence this small HTTP/1.0 client that keeps cookies and submits the sign-in form as WebSession does.
 */
public class OtherAddress {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final InetAddress local;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public record Reply(int status, String head, String body) {
        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    public OtherAddress(URI base, String localAddress) {
        this.base = base;
        try {
            this.local = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tries to sign in from this address, as the sign-in page's form does. */
    public Reply signIn(String email, String password) {
        Reply page = exchange("GET", "/login.xhtml", null);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No sign-in form: " + page.status());
        }
        List<String> pairs = new ArrayList<>(List.of("login=login", enc("login:email") + "=" + enc(email),
                enc("login:password") + "=" + enc(password), enc("login:signIn") + "=",
                enc("jakarta.faces.ViewState") + "=" + enc(viewState.group(1).replace("&#58;", ":"))));
        Matcher nonce = CSP_NONCE.matcher(page.body());
        if (nonce.find()) {
            pairs.add(enc("primefaces.nonce") + "=" + enc(nonce.group(1)));
        }
        return exchange("POST", "/login.xhtml", String.join("&", pairs));
    }

    private Reply exchange(String method, String path, String form) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.US_ASCII);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("set-cookie:")) {
                String pair = line.substring("set-cookie:".length()).trim().split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Reply(Integer.parseInt(head.split(" ", 3)[1]), head, body);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
