package org.concordat.document.render.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.concordat.document.render.domain.AttachedFiles;

/**
 * The files attached to a document Concordat rendered, read with PDFBox. Only Concordat's own documents come here
 * (stored when they were rendered and signed): an uploaded PDF is read by the verification's inspector instead.
 */
@ApplicationScoped
public class PdfAttachedFiles implements AttachedFiles {

    @Override
    public Optional<byte[]> read(byte[] document, String fileName) {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            PDComplexFileSpecification spec = tree == null ? null : tree.getValue(fileName);
            PDEmbeddedFile file = spec == null ? null : spec.getEmbeddedFile();
            return file == null ? Optional.empty() : Optional.of(file.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The files attached to a stored document could not be read", e);
        }
    }
}
