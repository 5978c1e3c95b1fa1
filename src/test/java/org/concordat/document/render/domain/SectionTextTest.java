package org.concordat.document.render.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concordat.document.render.domain.SectionText.Block;
import org.junit.jupiter.api.Test;

class SectionTextTest {

    static Block paragraph(String text) {
        return new Block(false, text);
    }

    static Block bullet(String text) {
        return new Block(true, text);
    }

    @Test
    void aBlankLineStartsANewParagraphAndOtherLineBreaksAreKept() {
        assertEquals(List.of(paragraph("Council: 01632 960 000\nPolice: 101"), paragraph("Reviewed yearly.")),
                SectionText.blocks("Council: 01632 960 000\nPolice: 101\n\n\n  \nReviewed yearly.\n"));
    }

    @Test
    void linesStartingWithADashAndASpaceAreBulletItems() {
        assertEquals(List.of(paragraph("We will:"), bullet("screen contacts"), bullet("hold strategy discussions"),
                        paragraph("Then we review.")),
                SectionText.blocks("We will:\n- screen contacts\n  - hold strategy discussions  \nThen we review."));
    }

    @Test
    void aDashWithoutTextAfterItsSpaceIsNotABullet() {
        assertEquals(List.of(paragraph("-10 degrees\n--- rule ---\n-")), SectionText.blocks("-10 degrees\n--- rule ---\n-  \n"));
    }

    @Test
    void windowsAndOldMacLineEndingsReadTheSame() {
        assertEquals(SectionText.blocks("a\nb\n\n- c"), SectionText.blocks("a\r\nb\r\n\r\n- c"));
        assertEquals(SectionText.blocks("a\nb\n\n- c"), SectionText.blocks("a\rb\r\r- c"));
    }

    @Test
    void markupIsTextNotFormatting() {
        String html = "<p onclick=\"steal()\">Hi</p>\n<script>alert('x')</script>\n- <b>bold?</b> &amp; <a href=\"javascript:x\">link</a>";
        assertEquals(List.of(paragraph("<p onclick=\"steal()\">Hi</p>\n<script>alert('x')</script>"),
                bullet("<b>bold?</b> &amp; <a href=\"javascript:x\">link</a>")), SectionText.blocks(html));
    }

    @Test
    void noTextMeansNoBlocks() {
        assertEquals(List.of(), SectionText.blocks(null));
        assertEquals(List.of(), SectionText.blocks(" \n\n \t"));
    }
}
