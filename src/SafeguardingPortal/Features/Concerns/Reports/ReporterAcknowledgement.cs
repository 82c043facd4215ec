using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Concerns.Reports;

/// <summary>
/// The email that tells a reporter who gave an address that their report arrived: its reference, what happens next
/// and the numbers to call. Nothing they wrote is repeated, so a shared or read-over-the-shoulder inbox learns nothing
/// about the people in it.
/// </summary>
public static class ReporterAcknowledgement
{
    public const string Kind = "reporter-acknowledgement";

    public static OutboxMessage For(Concern concern, string email, ReferenceData reference)
    {
        var contacts = reference.Contacts;
        var subject = $"We have received your safeguarding report {concern.Reference}";
        var teams = string.Join("\n", contacts.Teams.Select(t => $"{t.Name}: {t.DayPhone}"));
        var body = $"""
            Thank you for telling us. We have received your safeguarding report.

            Your reference is {concern.Reference}. Quote it if you contact us about this report.

            What happens next: the right safeguarding team will look at your report by the end of the next working day. They may contact you if they need to know more. If the team decides to act, they may not be able to tell you what they did, to protect the people involved.

            If anyone is in immediate danger, call {contacts.Emergency}.

            To talk to a team, {contacts.OfficeHours.Opens} to {contacts.OfficeHours.Closes} on working days:
            {teams}

            City of London Corporation
            """;
        return OutboxMessage.Email(Kind, email, subject, body, concern.ReceivedAt, concernId: concern.Id);
    }
}
