package org.concordat.shared.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.NotAuthenticatedException;
import org.concordat.shared.domain.Role;

/**
 * The caller of a use case under test, without a container: who is signed in (changeable between steps), and the
 * {@link AccessGuard} and {@link CurrentCaller} the application services would be given, with every refusal kept.
 */
public final class TestCallers implements CurrentCaller {

    private Caller current;
    private final List<String> refusals = new ArrayList<>();

    public static Caller caller(long id, long organisation, Role... roles) {
        return new Caller(id, "user" + id + "@example.org", "User " + id, organisation, "Organisation " + organisation,
                Set.of(roles));
    }

    public TestCallers signIn(Caller caller) {
        this.current = caller;
        return this;
    }

    public TestCallers signOut() {
        this.current = null;
        return this;
    }

    /** "email: action" for each refusal recorded, in order. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The real guard's rules, with the refusal event replaced by a list. */
    public AccessGuard guard() {
        TestCallers callers = this;
        AccessGuard guard = new AccessGuard() {
            @Override
            public AccessDeniedException refuse(Caller caller, String action, String reason) {
                callers.refusals.add(caller.email() + ": " + action);
                return new AccessDeniedException(reason);
            }
        };
        guard.currentCaller = callers;
        return guard;
    }

    @Override
    public Optional<Caller> get() {
        return Optional.ofNullable(current);
    }

    @Override
    public String sourceAddress() {
        return "192.0.2.10";
    }

    @Override
    public void actAsSystem(String task) {
        current = null;
    }

    @Override
    public void runAs(Caller user, Runnable work) {
        Caller before = current;
        current = user;
        try {
            work.run();
        } finally {
            current = before;
        }
    }

    /** Asserts the guard refused: nobody is signed in. */
    public static boolean unauthenticated(RuntimeException e) {
        return e instanceof NotAuthenticatedException;
    }
}
