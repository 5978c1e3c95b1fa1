package org.concordat.document.render.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.render.domain.ParagraphComparison;
import org.concordat.document.render.domain.WordFileReader;
import org.concordat.document.render.domain.WordFileReader.UnreadableFileException;
import org.concordat.document.render.domain.WordFileReader.WordText;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * A partner's comments brought back: an IG lead who may edit a draft uploads the Word copy a partner marked up, and
 * sees each paragraph that differs from the draft as it stands now — changed, added or removed — beside the draft's,
 * with the comments left in the file, to apply by hand in the editor. Nothing is changed and nothing uploaded is kept.
 *
 * <p>The draft's side is the draft's own Word copy produced again now, at the moment the partner's copy says it was
 * produced (so the cover's "Produced" line matches), and both files are read by the same reader: only what the partner
 * changed differs, plus whatever changed in the draft since the partner's copy was made.
 */
@ApplicationScoped
public class CommentComparisons {

    /** The largest file accepted: the same 10 MB as every other upload. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final String FIELD = "file";

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDocuments documents;

    @Inject
    WordFileReader reader;

    @Inject
    AccessGuard guard;

    @Inject
    Clock clock;

    /**
     * One paragraph that differs.
     *
     * @param kind      CHANGED, ADDED or REMOVED
     * @param paragraph its position in the draft's Word copy (from 1), or for an added one, of the paragraph it follows
     * @param current   the draft's paragraph now, or null when the partner added one
     * @param partners  the partner's paragraph, or null when the partner removed one
     */
    public record ParagraphDifference(String kind, int paragraph, String current, String partners) {
    }

    /** A comment the partner left in the file. */
    public record ReviewerComment(String author, String text) {
    }

    /**
     * What a partner's copy changes.
     *
     * @param partnersCopyProduced when the partner's copy was produced, as its file says, or null
     */
    public record CommentComparison(long versionId, String reference, int number, String title, String fileName,
                             Instant partnersCopyProduced, int currentParagraphs, int partnersParagraphs,
                             List<ParagraphDifference> differences, List<ReviewerComment> comments) {
        public CommentComparison {
            differences = List.copyOf(differences);
            comments = List.copyOf(comments);
        }
    }

    /** Whether the caller may compare a partner's copy with this version (an IG lead who may edit the draft). */
    public boolean mayCompare(long versionId) {
        AgreementData data = agreements.version(versionId);
        return data.status() == VersionStatus.DRAFT && data.canEdit();
    }

    /**
     * Compares a partner's marked-up Word copy with the draft as it stands now.
     *
     * @throws org.concordat.shared.domain.NotFoundException          the version does not exist or the caller may not see it
     * @throws org.concordat.shared.domain.AccessDeniedException      the caller may see it but not edit it
     * @throws InvalidInputException the version is not a draft, or the file is too large or not a Word document
     */
    public CommentComparison compare(long versionId, String fileName, byte[] file) {
        Caller caller = guard.signedIn();
        AgreementData data = agreements.version(versionId);
        String action = Messages.text("document.CommentComparisons.action");
        if (data.status() != VersionStatus.DRAFT) {
            throw new InvalidInputException(FIELD, Messages.text("document.CommentComparisons.notADraft"));
        }
        if (!data.canEdit()) {
            throw guard.refuse(caller, action, Messages.text("document.CommentComparisons.notAnEditor"));
        }
        if (file == null || file.length == 0) {
            throw new InvalidInputException(FIELD, Messages.text("document.CommentComparisons.chooseFile"));
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, tooLarge());
        }
        WordText partners;
        try {
            partners = reader.read(file);
        } catch (UnreadableFileException e) {
            throw new InvalidInputException(FIELD, e.getMessage());
        }
        Instant produced = partners.created() == null ? clock.instant() : partners.created();
        WordText current = reader.read(documents.word(data, produced));
        List<ParagraphDifference> differences = ParagraphComparison.compare(current.paragraphs(), partners.paragraphs()).stream()
                .map(d -> new ParagraphDifference(d.kind().name(), d.currentIndex(), d.current(), d.partners())).toList();
        return new CommentComparison(data.versionId(), data.reference(), data.number(), data.title(), safeName(fileName),
                partners.created(), current.paragraphs().size(), partners.paragraphs().size(), differences,
                partners.comments().stream().map(c -> new ReviewerComment(c.author(), c.text())).toList());
    }

    public static String tooLarge() {
        return Messages.text("document.CommentComparisons.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    /** The name the file was sent under, only to show it back; at most 120 characters, no control characters. */
    private static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String shown = name.replaceAll("\\p{Cntrl}", "").strip();
        return shown.length() > 120 ? shown.substring(0, 120) : shown;
    }
}
