package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UploadRefusalTest {

    @Test
    void theListenersLeaveTheSizeToTheApplicationAndTheServletBoundsWhatDoesNotDeclareIt() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        String webCli = Files.readString(Path.of("wildfly-config/web.cli"));
        assertTrue(webCli.contains("http-listener=default:write-attribute(name=max-post-size, value=0)"),
                "a listener limit is answered with a bare 400 before the application can say why");
        assertTrue(webCli.contains("https-listener=https:write-attribute(name=max-post-size, value=0)"), "the same over HTTPS");
        assertEquals(UploadRefusal.MAX_REQUEST_BYTES, element(webXml, "max-request-size"));
        assertEquals(UploadRefusal.MAX_REQUEST_BYTES, element(webXml, "max-file-size"));
        assertTrue(Files.readString(Path.of("src/main/resources/META-INF/services/io.undertow.servlet.ServletExtension"))
                .contains(RequestBodyGate.class.getName()), "the gate is registered with Undertow");
    }

    @Test
    void goesBackToThePagePostedToWithTheQueryThatChoseWhatItShows() {
        assertEquals("/app/organisation.xhtml?id=12&upload=tooLarge",
                UploadRefusal.wayBack("/app/organisation.xhtml", "id=12"));
        assertEquals("/app/organisation.xhtml?id=12&upload=tooLarge",
                UploadRefusal.wayBack("/app/organisation.xhtml", "upload=tooLarge&id=12"), "said once, not twice");
        assertEquals("/verify.xhtml?upload=tooLarge", UploadRefusal.wayBack("/verify.xhtml", null));
        assertEquals("/verify.xhtml?upload=tooLarge", UploadRefusal.wayBack("/verify.xhtml", ""));
    }

    private static long element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(\\d+)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new AssertionError(name + " not in web.xml");
        }
        return Long.parseLong(m.group(1));
    }
}
