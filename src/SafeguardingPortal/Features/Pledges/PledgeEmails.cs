using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>The pledge's emails: each repeats the reporting route, because knowing how to report is the point.</summary>
public static class PledgeEmails
{
    public const string ConfirmationKind = "pledge-confirmation";

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
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Kind = ConfirmationKind,
            Recipient = email,
            Subject = subject,
            TextBody = body,
            HtmlBody = EmailHtml.From(subject, body),
            CreatedAt = pledge.PledgedAt,
            NextAttemptAt = pledge.PledgedAt,
        };
    }
}
