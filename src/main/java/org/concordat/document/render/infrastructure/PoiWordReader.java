package org.concordat.document.render.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.concordat.document.render.domain.WordFileReader;
import org.concordat.shared.domain.Messages;
import org.w3c.dom.Node;

/**
 * Reads a Word file from outside with Apache POI, after {@link DocxGuard} has found it to be a DOCX of reasonable size
 * that unpacks to a reasonable size. The text is read as the file shows it with every tracked change accepted:
 * text marked as deleted (and moved away) is left out, inserted text is read; field codes are not text.
 */
@ApplicationScoped
public class PoiWordReader implements WordFileReader {

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public WordText read(byte[] file) {
        DocxGuard.check(file);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = new ArrayList<>();
            body(document.getBodyElements(), paragraphs);
            List<Comment> comments = new ArrayList<>();
            XWPFComment[] all = document.getComments();
            for (XWPFComment comment : all == null ? new XWPFComment[0] : all) {
                String words = comment.getText() == null ? "" : comment.getText().strip();
                if (!words.isEmpty()) {
                    comments.add(new Comment(comment.getAuthor() == null ? "" : comment.getAuthor(), words));
                }
            }
            Date created = document.getProperties().getCoreProperties().getCreated();
            return new WordText(paragraphs, comments, created == null ? null : created.toInstant());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException(Messages.text("document.WordFile.unreadable"), e);
        }
    }

    private static void body(List<IBodyElement> elements, List<String> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                add(paragraph, paragraphs);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements(), paragraphs);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                for (String line : control.getContent().getText().split("\n")) {
                    if (!line.isBlank()) {
                        paragraphs.add(line.strip());
                    }
                }
            }
        }
    }

    private static void add(XWPFParagraph paragraph, List<String> paragraphs) {
        StringBuilder words = new StringBuilder();
        text(paragraph.getCTP().getDomNode(), words);
        String text = words.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
    }

    /** The characters of a text element (XMLBeans' DOM has no getTextContent). */
    private static void characters(Node node, StringBuilder words) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                words.append(child.getNodeValue());
            }
        }
    }

    /** The paragraph's text with its tracked changes accepted: deleted text, moved-away text and field codes left out. */
    private static void text(Node node, StringBuilder words) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE || !WORD.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t" -> characters(child, words);
                case "tab" -> words.append('\t');
                case "br", "cr" -> words.append('\n');
                case "del", "moveFrom", "delText", "instrText", "rPr", "pPr" -> {
                    // not what the paragraph reads
                }
                case "p" -> {
                    words.append('\n');
                    text(child, words);
                }
                default -> text(child, words);
            }
        }
    }
}
