using System.Globalization;
using System.Text.Json;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Concerns.Reports;

/// <summary>
/// The emails a decision needs: one to each City team that receives something, and the departmental copy for
/// staff reports. They say that there is a concern and where to open it — never what it is about.
/// </summary>
public static class ConcernNotifications
{
    public static IEnumerable<OutboxMessage> For(Concern concern, RoutingDecision decision, Reporter reporter, ReferenceData reference, Uri inbox)
    {
        var teams = decision.Destinations
            .Where(d => d.Team != Team.Police101 && d.Action != RoutingAction.Signpost)
            .Select(d => d.Team)
            .Distinct();
        foreach (var team in teams)
        {
            var key = JsonNamingPolicy.CamelCase.ConvertName(team.ToString());
            var recipient = team == Team.DepartmentLead
                ? reference.Departments.Departments.SingleOrDefault(d => d.Slug == reporter.Department)?.LeadMailbox
                : reference.Contacts.Mailboxes.GetValueOrDefault(key);
            var subject = $"[{concern.Urgency}] New safeguarding concern {concern.Reference}";
            var body = Body(concern, TeamName(team, reference), inbox);
            var kind = team is Team.DepartmentLead or Team.SafeguardingLead ? "staff-report-copy" : "team-notification";
            yield return OutboxMessage.Email(kind, recipient, subject, body, concern.ReceivedAt, team: key, concernId: concern.Id);
        }
    }

    private static string Body(Concern concern, string team, Uri inbox)
    {
        var received = LondonTime.ToLondon(concern.ReceivedAt).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        var decideBy = concern.DecideBy.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return $"""
            A safeguarding concern has been routed to {team}.

            Reference: {concern.Reference}
            Urgency: {concern.Urgency}
            Received: {received} (London time)
            Decide by: the end of {decideBy}

            Open it in the safeguarding inbox: {inbox}

            For the reporter's and the people's privacy, this email contains no details of the concern.
            """;
    }

    private static string TeamName(Team team, ReferenceData reference) => team switch
    {
        Team.Children => reference.Contacts.Team("children").Name,
        Team.Adults => reference.Contacts.Team("adults").Name,
        Team.Lado => reference.Contacts.Team("lado").Name,
        Team.Prevent => "the Prevent team",
        Team.SafeguardingLead => "the Corporation's safeguarding lead",
        _ => "your department's safeguarding lead",
    };
}
