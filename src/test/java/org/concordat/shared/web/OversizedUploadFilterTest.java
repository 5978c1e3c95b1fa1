package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OversizedUploadFilterTest {

    @Test
    void turnsBackWhatIsTooLargeWhileTheServerStillLetsItReadTheUploadToTheEnd() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        String webCli = Files.readString(Path.of("wildfly-config/web.cli"));
        Matcher listener = Pattern.compile("http-listener=default:write-attribute\\(name=max-post-size, value=(\\d+)\\)")
                .matcher(webCli);
        if (!listener.find()) {
            throw new AssertionError("the listener's max-post-size is not in web.cli");
        }
        long server = Long.parseLong(listener.group(1));
        assertEquals(server, element(webXml, "max-request-size"), "the servlet reads as far as the listener accepts");
        assertEquals(server, element(webXml, "max-file-size"));
        assertTrue(OversizedUploadFilter.MAX_REQUEST_BYTES < server, "what is turned back can still be read and discarded");
        assertTrue(webCli.contains("https-listener=https:write-attribute(name=max-post-size, value=" + server + ")"),
                "the same over HTTPS");
    }

    @Test
    void goesBackToThePagePostedToWithTheQueryThatChoseWhatItShows() {
        assertEquals("/app/organisation.xhtml?id=12&upload=tooLarge",
                OversizedUploadFilter.wayBack("/app/organisation.xhtml", "id=12"));
        assertEquals("/app/organisation.xhtml?id=12&upload=tooLarge",
                OversizedUploadFilter.wayBack("/app/organisation.xhtml", "upload=tooLarge&id=12"), "said once, not twice");
        assertEquals("/verify.xhtml?upload=tooLarge", OversizedUploadFilter.wayBack("/verify.xhtml", null));
        assertEquals("/verify.xhtml?upload=tooLarge", OversizedUploadFilter.wayBack("/verify.xhtml", ""));
    }

    private static long element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(\\d+)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new AssertionError(name + " not in web.xml");
        }
        return Long.parseLong(m.group(1));
    }
}
