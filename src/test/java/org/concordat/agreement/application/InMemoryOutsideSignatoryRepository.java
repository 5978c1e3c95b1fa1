package org.concordat.agreement.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.domain.OutsideSignatory;
import org.concordat.agreement.domain.OutsideSignatoryRepository;
import org.concordat.agreement.domain.SignatoryInvitation;

/** The JPA repository's semantics in memory, for use-case tests. */
final class InMemoryOutsideSignatoryRepository implements OutsideSignatoryRepository {

    final List<OutsideSignatory> signatories = new ArrayList<>();
    final List<SignatoryInvitation> invitations = new ArrayList<>();
    private long nextId = 1000;

    @Override
    public OutsideSignatory add(OutsideSignatory signatory) {
        assign(signatory, OutsideSignatory.class);
        signatories.add(signatory);
        return signatory;
    }

    @Override
    public void remove(OutsideSignatory signatory) {
        signatories.remove(signatory);
    }

    @Override
    public Optional<OutsideSignatory> find(long versionId, long organisationId) {
        return signatories.stream().filter(s -> s.getVersionId() == versionId && s.getOrganisationId() == organisationId)
                .findFirst();
    }

    @Override
    public List<OutsideSignatory> forVersion(long versionId) {
        return signatories.stream().filter(s -> s.getVersionId() == versionId).toList();
    }

    @Override
    public SignatoryInvitation add(SignatoryInvitation invitation) {
        assign(invitation, SignatoryInvitation.class);
        invitations.add(invitation);
        return invitation;
    }

    @Override
    public Optional<SignatoryInvitation> byTokenForUpdate(String tokenSha256) {
        return invitations.stream().filter(i -> tokenSha256.equals(hash(i))).findFirst();
    }

    @Override
    public Optional<SignatoryInvitation> invitation(long id) {
        return invitations.stream().filter(i -> i.getId() == id).findFirst();
    }

    @Override
    public List<SignatoryInvitation> open(long versionId, Long organisationId) {
        return invitations.stream().filter(i -> i.getVersionId() == versionId && i.getRevokedAt() == null
                && (organisationId == null || i.getOrganisationId() == organisationId)).toList();
    }

    @Override
    public void flush() {
        // Nothing is pending in memory.
    }

    private static String hash(SignatoryInvitation invitation) {
        try {
            Field f = SignatoryInvitation.class.getDeclaredField("tokenSha256");
            f.setAccessible(true);
            return (String) f.get(invitation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assign(Object entity, Class<?> type) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
