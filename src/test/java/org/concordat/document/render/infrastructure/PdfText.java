package org.concordat.document.render.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of rendered documents, as a reader's tool extracts it: what the document tests look for. */
public final class PdfText {

    private PdfText() {
    }

    /** The text of each page, in order. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Text with every run of white space as one space: lines wrap where the renderer chose. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
