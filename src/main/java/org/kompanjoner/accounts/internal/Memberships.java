package org.kompanjoner.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.kompanjoner.accounts.MemberJoined;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.OrganisationCreated;
import org.kompanjoner.accounts.OrganisationUpdated;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.SecretToken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and who belongs to them. Every change checks here, not only in the page, that the
 * person making it is an owner of that organisation (or, to leave, the member themself).
 */
@Service
public class Memberships {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
    static final int INVITATIONS_PER_DAY = 50;

    public enum Acceptance {
        JOINED,
        ALREADY_MEMBER
    }

    private final JdbcOrganisations organisations;
    private final JdbcPeople people;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;

    Memberships(
            JdbcOrganisations organisations, JdbcPeople people, AccountMails mails, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.people = people;
        this.mails = mails;
        this.events = events;
    }

    public boolean isOwner(long organisationId, long personId) {
        return organisations
                .role(organisationId, personId)
                .filter(MembershipRole.OWNER::equals)
                .isPresent();
    }

    private void requireOwner(long organisationId, long personId) {
        if (!isOwner(organisationId, personId)) {
            throw Refused.notYours("Only an owner may change this organisation");
        }
    }

    @Transactional
    public long create(OrganisationProfile profile, long creatorId) {
        if (organisations.numberTaken(profile.organisationNumber(), null)) {
            throw new Refused("accounts.organisation.number.taken");
        }
        long id = organisations.create(profile, creatorId);
        organisations.addMember(id, creatorId, MembershipRole.OWNER);
        events.publishEvent(new OrganisationCreated(
                id,
                creatorId,
                profile.name(),
                profile.sector(),
                profile.size(),
                profile.municipality(),
                profile.challenges()));
        return id;
    }

    @Transactional
    public void update(long organisationId, OrganisationProfile profile, long actorId) {
        requireOwner(organisationId, actorId);
        if (organisations.numberTaken(profile.organisationNumber(), organisationId)) {
            throw new Refused("accounts.organisation.number.taken");
        }
        organisations.update(organisationId, profile);
        events.publishEvent(new OrganisationUpdated(
                organisationId,
                profile.name(),
                profile.sector(),
                profile.size(),
                profile.municipality(),
                profile.challenges()));
    }

    @Transactional
    public void invite(long organisationId, String email, long actorId, Locale locale) {
        requireOwner(organisationId, actorId);
        Organisation organisation = organisations.byId(organisationId).orElseThrow();
        String address = Emails.normalise(email);
        boolean alreadyMember = people.byEmail(address)
                .map(person -> organisations.isMember(organisationId, person.id()))
                .orElse(false);
        if (alreadyMember) {
            throw new Refused("accounts.invitation.already-member");
        }
        if (organisations.invitationsSentSince(organisationId, Instant.now().minus(Duration.ofDays(1)))
                >= INVITATIONS_PER_DAY) {
            throw new Refused("accounts.invitation.too-many");
        }
        Person inviter = people.byId(actorId).orElseThrow();
        SecretToken token = SecretToken.generate();
        organisations.invite(
                organisationId, address, token.hash(), actorId, Instant.now().plus(INVITATION_LIFETIME));
        mails.invitation(address, locale, inviter.displayName(), organisation.name(), token);
    }

    public Optional<Invitation> openInvitation(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return organisations.invitationByTokenHash(SecretToken.hashOf(secret)).filter(Invitation::open);
    }

    /**
     * Whether the invitation was sent to {@code personId}'s own, verified address. A link can travel (a
     * forwarded mail, the outbox), so holding it is not enough: only the invited address may join.
     */
    public boolean sentTo(Invitation invitation, long personId) {
        return people.byId(personId)
                .filter(Person::verified)
                .map(person -> Emails.normalise(person.email()).equals(Emails.normalise(invitation.email())))
                .orElse(false);
    }

    @Transactional
    public Acceptance accept(String secret, long personId) {
        Invitation invitation = openInvitation(secret).orElseThrow(() -> new Refused("accounts.invitation.invalid"));
        if (!sentTo(invitation, personId)) {
            throw Refused.notYours("The invitation was sent to another address");
        }
        if (organisations.isMember(invitation.organisationId(), personId)) {
            return Acceptance.ALREADY_MEMBER;
        }
        if (!organisations.markAccepted(invitation.id(), personId)) {
            throw new Refused("accounts.invitation.invalid");
        }
        organisations.addMember(invitation.organisationId(), personId, MembershipRole.MEMBER);
        events.publishEvent(new MemberJoined(invitation.organisationId(), personId));
        return Acceptance.JOINED;
    }

    @Transactional
    public void withdrawInvitation(long organisationId, long invitationId, long actorId) {
        requireOwner(organisationId, actorId);
        organisations.withdrawInvitation(organisationId, invitationId);
    }

    @Transactional
    public void changeRole(long organisationId, long memberId, MembershipRole role, long actorId) {
        requireOwner(organisationId, actorId);
        MembershipRole current = organisations
                .role(organisationId, memberId)
                .orElseThrow(() -> new Refused("accounts.members.not-member"));
        if (current == MembershipRole.OWNER
                && role != MembershipRole.OWNER
                && organisations.ownerCount(organisationId) <= 1) {
            throw new Refused("accounts.members.last-owner");
        }
        organisations.changeRole(organisationId, memberId, role);
    }

    /** An owner removes a member, or a member leaves; the last owner can do neither. */
    @Transactional
    public void remove(long organisationId, long memberId, long actorId) {
        if (memberId != actorId) {
            requireOwner(organisationId, actorId);
        }
        MembershipRole current = organisations
                .role(organisationId, memberId)
                .orElseThrow(() -> new Refused("accounts.members.not-member"));
        if (current == MembershipRole.OWNER && organisations.ownerCount(organisationId) <= 1) {
            throw new Refused("accounts.members.last-owner");
        }
        organisations.removeMember(organisationId, memberId);
    }
}
