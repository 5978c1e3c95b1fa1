package org.concordat.document.render.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * veraPDF's verdict on a document: PDF/A-3a (the archival part, level A: accessible) and PDF/UA-1, each profile
 * loaded explicitly and checked to be there and to have rules, so that a missing profile fails the test rather than
 * passing it with nothing checked.
 */
public final class VeraPdf {

    /** The two profiles every document Concordat renders must pass. */
    public static final List<PDFAFlavour> TAGGED = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Validates the document against PDF/A-3a and PDF/UA-1; fails with every failed rule, and where. */
    public static void assertTaggedPdfA3aAndPdfUa1(String name, byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertEquals(PDFAFlavour.PDFA_3_A, parser.getFlavour(), name + " declares PDF/A-3a in its metadata");
        } catch (Exception e) {
            fail(name + " could not be read by veraPDF: " + e, e);
        }
        for (PDFAFlavour flavour : TAGGED) {
            assertValid(name, pdf, flavour);
        }
    }

    public static void assertValid(String name, byte[] pdf, PDFAFlavour flavour) {
        ValidationProfile profile = profile(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            assertEquals(flavour, result.getPDFAFlavour(), name + " was validated against another profile");
            assertTrue(result.getTotalAssertions() > 1000, name + ": veraPDF checked only " + result.getTotalAssertions()
                    + " assertions against " + flavour.getId() + ", so it did not really look at the document");
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().collect(Collectors.joining("\n"));
            assertEquals("", failures, name + " fails " + flavour.getId());
            assertTrue(result.isCompliant(), name + " is not compliant with " + flavour.getId());
        } catch (Exception e) {
            fail(name + " could not be validated against " + flavour.getId() + ": " + e, e);
        }
    }

    /** The profile of the flavour, from veraPDF's own directory; fails when it is not there or has no rules. */
    static ValidationProfile profile(PDFAFlavour flavour) {
        ValidationProfile profile;
        try {
            profile = Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
        } catch (RuntimeException e) {
            throw new AssertionError("veraPDF has no profile for " + flavour.getId(), e);
        }
        assertEquals(flavour, profile.getPDFAFlavour(), "veraPDF loaded the wrong profile");
        assertFalse(profile.getRules().isEmpty(), "the profile for " + flavour.getId() + " has no rules");
        assertTrue(profile.getRules().size() > 50, "the profile for " + flavour.getId() + " has only "
                + profile.getRules().size() + " rules");
        return profile;
    }
}
