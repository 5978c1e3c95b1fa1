package org.concordat.shared.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.shared.application.DatabaseOutage;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InputRules;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotAuthenticatedException;
import org.concordat.shared.domain.NotFoundException;

/**
 * Every failure of the API becomes a problem detail with a precise message. Unexpected failures are logged with
 * an incident id that the response repeats; the stack trace never leaves the server.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

    /** How soon to try again while the database is out of reach: a restart takes a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problemFor(failure);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"concordat\"");
        }
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static Problem problemFor(Throwable failure) {
        // Before the loop: RESTEasy wraps JSON-B's failure in a ProcessingException, answered below as malformed JSON.
        FieldError date = unreadableDate(failure);
        if (date != null) {
            return new Problem("/problems/invalid-input", Messages.text("shared.ProblemMapper.invalidInput"), 400,
                    Messages.text("shared.ProblemMapper.someOfTheInputIs"), null, List.of(date));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return new Problem("/problems/invalid-input", Messages.text("shared.ProblemMapper.invalidInput"), 400,
                        Messages.text("shared.ProblemMapper.someOfTheInputIs"), null, e.errors());
            }
            if (t instanceof NotAuthenticatedException e) {
                return Problem.of("not-authenticated", Messages.text("shared.ProblemMapper.notAuthenticated"), 401,
                        Messages.text("shared.ProblemMapper.sendAValidApiToken", e.getMessage()));
            }
            if (t instanceof AccessDeniedException e) {
                return Problem.of("forbidden", "Forbidden", 403, e.getMessage());
            }
            if (t instanceof NotFoundException e) {
                return Problem.of("not-found", Messages.text("shared.ProblemMapper.notFound"), 404, e.getMessage() + ".");
            }
            if (t instanceof ConcurrentChangeException e) {
                return Problem.of("conflict", "Conflict", 409, e.getMessage());
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of("conflict", "Conflict", 409, new ConcurrentChangeException("record").getMessage());
            }
            if (t instanceof WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status < 500) {
                    return Problem.of("http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(), status, describe(status));
                }
            }
            if (t instanceof ProcessingException || t instanceof jakarta.json.bind.JsonbException
                    || t instanceof jakarta.json.JsonException) {
                return Problem.of("malformed-json", Messages.text("shared.ProblemMapper.malformedRequest"), 400,
                        Messages.text("shared.ProblemMapper.theRequestBodyIsNot"));
            }
        }
        if (DatabaseOutage.causedBy(failure)) {
            // Temporary, and nothing was written: no incident to chase, one line in the log (no stack trace).
            LOG.warning("event=api_database_unavailable detail=\"" + failure.getClass().getSimpleName() + "\"");
            return Problem.of("service-unavailable", Messages.text("shared.ProblemMapper.serviceUnavailable"), 503,
                    Messages.text("shared.ProblemMapper.theDatabaseIsOutOfReach", RETRY_AFTER_SECONDS));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "event=api_failure incident=" + incident, failure);
        return Problem.of("internal-error", Messages.text("shared.ProblemMapper.internalError"), 500,
                Messages.text("shared.ProblemMapper.somethingWentWrongOnOur", incident));
    }

    /**
     * A date JSON-B could not read at all (a year of ten digits, a thirteenth month), against the property JSON-B names
     * in its message ("Unable to deserialize property 'effectiveDate' ..."), the innermost one when nested; null when
     * the failure is not about a date or names no property, and the body is then just malformed.
     */
    static FieldError unreadableDate(Throwable failure) {
        boolean aboutADate = false;
        boolean readingJson = false;
        String property = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            readingJson |= t instanceof jakarta.json.bind.JsonbException || t instanceof ProcessingException;
            aboutADate |= t instanceof DateTimeException || message.contains("java.time.LocalDate");
            Matcher named = PROPERTY.matcher(message);
            while (named.find()) {
                property = named.group(1);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return readingJson && aboutADate && property != null ? new FieldError(property, InputRules.unreadableDate()) : null;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> Messages.text("shared.ProblemMapper.theRequestIsNotValid");
            case 404 -> Messages.text("shared.ProblemMapper.thereIsNothingAtThis");
            case 405 -> Messages.text("shared.ProblemMapper.thisAddressDoesNotAccept");
            case 406 -> Messages.text("shared.ProblemMapper.thisEndpointAnswersInJson");
            case 415 -> Messages.text("shared.ProblemMapper.sendTheRequestBodyAs");
            default -> Messages.text("shared.ProblemMapper.theRequestCouldNotBe");
        };
    }
}
