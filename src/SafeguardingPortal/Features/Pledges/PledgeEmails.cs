using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>The pledge's emails: each repeats the reporting route, because knowing how to report is the point.</summary>
public static class PledgeEmails
{
    public const string ConfirmationKind = "pledge-confirmation";

    public const string FollowUpKind = "pledge-follow-up";

    public static OutboxMessage Confirmation(Pledge pledge, string email, Uri pledgePage, Uri reportPage, ReferenceData reference)
    {
        var contacts = reference.Contacts;
        var subject = "Thank you for taking the Notice the Signs pledge";
        var action = pledge.PersonalAction is null ? "" : $"\n\nYour own action: {pledge.PersonalAction}";
        var body = $"""
            Thank you for your pledge: "{PledgeLinks.PledgeText}"{action}

            How to report a concern: call {contacts.Campaign.Phone}, or report online at {reportPage.AbsoluteUri}
            If someone is in immediate danger, call {contacts.Emergency}.

            Your pledge card, and the button to withdraw your pledge: {pledgePage.AbsoluteUri}

            City of London Corporation
            """;
        return OutboxMessage.Email(ConfirmationKind, email, subject, body, pledge.PledgedAt);
    }

    /// <summary>
    /// The one follow-up, 30 days on. The answer links only open a page that asks again with one button, because mail
    /// scanners open every link in a message; the route is repeated, as nearly half of people do not know it.
    /// </summary>
    public static OutboxMessage FollowUp(Pledge pledge, string email, Func<string, Uri> answerPage, Uri reportPage, ReferenceData reference, DateTimeOffset now)
    {
        var contacts = reference.Contacts;
        var subject = "Your Notice the Signs pledge, a month on";
        var action = pledge.PersonalAction is null ? "" : $"\n\nYour own action: {pledge.PersonalAction}";
        var body = $"""
            A month ago you pledged: "{PledgeLinks.PledgeText}"{action}

            Have you done your action? Do you know your reporting route? Answer with one tap:

            Yes, I have: {answerPage(PledgeLinks.AnswerYes).AbsoluteUri}
            Not yet: {answerPage(PledgeLinks.AnswerNotYet).AbsoluteUri}

            Your reporting route: call {contacts.Campaign.Phone}, or report online at {reportPage.AbsoluteUri}
            If someone is in immediate danger, call {contacts.Emergency}.

            City of London Corporation
            """;
        return OutboxMessage.Email(FollowUpKind, email, subject, body, now);
    }
}
