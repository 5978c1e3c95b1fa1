package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What browsers and proxies may keep: static resources only, and a response reset to send a file keeps the rule. */
class CachePolicyFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/jakarta.faces.resource/theme.css.xhtml", "/jakarta.faces.resource/core.js.xhtml",
            "/jakarta.faces.resource/fonts/primeicons.woff2.xhtml", "/resources/concordat/concordat.css",
            "/api/v1/formats/agreement-ld/1/context.jsonld"})
    void staticResourcesMayBeStored(String path) {
        assertTrue(CachePolicyFilter.mayBeStored(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me/tokens", "/app/account.xhtml", "/admin/users.xhtml", "/login.xhtml",
            "/register.xhtml", "/verify.xhtml", "/api/v1/register.csv", "/app/documents/12/document.pdf", "/",
            "/jakarta.faces.resource/dynamiccontent.properties.xhtml", "/resources", "/app/resources/x.css",
            "/api/v1/sharing-decisions/export"})
    void everythingElseMayNot(String path) {
        assertFalse(CachePolicyFilter.mayBeStored(path));
    }

    @Test
    void aPageSaysNoStoreEvenAfterResettingTheResponseToSendAFile() throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = response(headers);
        new CachePolicyFilter().doFilter(request("/app/decisions.xhtml", null), response, (req, res) -> {
            assertEquals("no-store", headers.get("Cache-Control"), "set before the page runs");
            ((HttpServletResponse) res).reset();
            ((HttpServletResponse) res).setHeader("Content-Type", "text/csv");
        });
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("no-cache", headers.get("Pragma"));
        assertEquals("text/csv", headers.get("Content-Type"));
    }

    @Test
    void aServletMaySaySomethingStricter() throws Exception {
        Map<String, String> headers = new HashMap<>();
        new CachePolicyFilter().doFilter(request("/app/documents", "/12/document.pdf"), response(headers),
                (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", "private, no-store"));
        assertEquals("private, no-store", headers.get("Cache-Control"));
    }

    @Test
    void aStaticResourceIsLeftToItsServer() throws Exception {
        Map<String, String> headers = new HashMap<>();
        new CachePolicyFilter().doFilter(request("/jakarta.faces.resource/theme.css.xhtml", null), response(headers),
                (req, res) -> { });
        assertNull(headers.get("Cache-Control"));
        assertNull(headers.get("Pragma"));
    }

    private static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(CachePolicyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    default -> null;
                });
    }

    /** A response that keeps its headers in the map, and clears them on reset() as a container does. */
    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(CachePolicyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "reset" -> headers.clear();
                        case "isCommitted" -> {
                            return false;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
