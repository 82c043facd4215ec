using System.Globalization;
using Microsoft.Extensions.Localization;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <param name="Emergency">The 999 advice, shown before everything else (§6.4).</param>
/// <param name="Headline">The first line, summing up where the report went, the City first.</param>
/// <param name="People">One paragraph per person: who acts for them, and what happens next.</param>
/// <param name="Notes">What the fired rules tell the reporter (routing.md §6.2 "Reporter is told").</param>
/// <param name="CallNow">Teams whose numbers to call now as well (R1).</param>
/// <param name="Councils">Other councils to show contacts for, with the teams each is responsible for.</param>
public sealed record ConfirmationText(
    IReadOnlyList<string> Emergency,
    string Headline,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Team> CallNow,
    IReadOnlyList<(string Code, IReadOnlyList<Team> Teams)> Councils,
    bool CityActs);

/// <summary>
/// What the confirmation page tells the reporter, from the saved decision alone (routing.md §6.2, §6.4): no page says
/// that a City team will read or decide something no City team receives.
/// </summary>
public static class ConfirmationTexts
{
    public static ConfirmationText For(RoutingDecision d, bool anonymous, Func<string, string> councilName, IStringLocalizer t)
    {
        var fired = d.Rules.ToHashSet();
        var city = d.Destinations.Where(x => x.AuthorityCode == Authority.City).ToList();
        var cityReceives = city.Where(x => x.Action is RoutingAction.Referral or RoutingAction.InformationRecord).ToList();
        var transfers = city.Where(x => x.Action == RoutingAction.Transfer).ToList();
        var councilSignposts = d.Destinations.Where(x => x.Action == RoutingAction.Signpost && x.AuthorityCode is not null and not Authority.City).ToList();
        var cityActs = cityReceives.Count > 0 || transfers.Count > 0;
        var day = d.NextWorkingDay.ToString("dddd d MMMM", CultureInfo.CurrentCulture);

        List<string> emergency = [];
        if (fired.Contains("R0"))
        {
            emergency.Add(t["If you have not called 999 yet, call now."]);
        }
        else if (d.EmergencyAdvice)
        {
            emergency.Add(t["If a child is alone, or anyone could be hurt before {0}, call 999 now.", day]);
        }

        var transferCouncils = councilSignposts.Where(s => transfers.Any(x => x.Team == s.Team && x.PersonIndex == s.PersonIndex)).Select(s => councilName(s.AuthorityCode!)).Distinct().ToList();
        List<string> headline = [];
        if (cityReceives.Count > 0)
        {
            headline.Add(t["We've sent your report to the City of London: {0}.", string.Join(", ", cityReceives.Select(x => TeamName(x.Team, t)).Distinct())]);
        }

        if (transferCouncils.Count > 0)
        {
            headline.Add(t["We're passing your report on to {0}.", string.Join(", ", transferCouncils)]);
        }

        if (!cityActs)
        {
            headline.Add(t["The City of London will not act on this report. Please contact the services below."]);
        }

        var people = d.Destinations.Where(x => x.PersonIndex is not null).Select(x => x.PersonIndex!.Value).Distinct().Order()
            .Select(i => Person(d, i, councilName, t)).ToList();

        return new ConfirmationText(
            emergency,
            string.Join(" ", headline),
            people,
            Notes(d, fired, anonymous, cityActs, day, t),
            fired.Contains("R1") ? [.. d.Destinations.Where(x => x.Team is Team.Children or Team.Adults or Team.Lado).Select(x => x.Team is Team.Lado ? Team.Children : x.Team).Distinct()] : [],
            [.. councilSignposts.GroupBy(s => s.AuthorityCode!).Select(g => (g.Key, (IReadOnlyList<Team>)[.. g.Select(s => s.Team).Distinct()]))],
            cityActs);
    }

    private static string Person(RoutingDecision d, int i, Func<string, string> councilName, IStringLocalizer t)
    {
        var mine = d.Destinations.Where(x => x.PersonIndex == i).ToList();
        var name = i == 0 && d.Destinations.All(x => x.PersonIndex is null or 0) ? t["the person"] : t["person {0}", i + 1];
        var lead = mine.FirstOrDefault(x => x.AuthorityCode == Authority.City && x.Action is RoutingAction.Referral or RoutingAction.InformationRecord && x.Team is Team.Children or Team.Adults);
        var transfer = mine.FirstOrDefault(x => x.Action == RoutingAction.Transfer);
        var councils = mine.Where(x => x.Action == RoutingAction.Signpost && x.AuthorityCode is not null and not Authority.City).Select(x => councilName(x.AuthorityCode!)).Distinct().ToList();
        var notify = mine.FirstOrDefault(x => x.Action == RoutingAction.NotifyHomeAuthority);

        List<string> lines = [];
        if (lead is not null)
        {
            lines.Add(t["About {0}: we've sent your report to the City of London {1}.", name, TeamName(lead.Team, t)]);
            if (notify is not null)
            {
                lines.Add(t["Because they are in the City now, our team will respond, and will tell {0}.", councilName(notify.AuthorityCode!)]);
            }

            lines.Add(Next(lead, null, t));
        }
        else if (transfer is not null)
        {
            var council = string.Join(", ", councils);
            lines.Add(t["We're passing what you told us about {0} to {1}. {1} is responsible and will decide what to do next.", name, council]);
            lines.Add(Next(transfer, council, t));
        }
        else
        {
            lines.Add(t["The City of London will not act on what you told us about {0}.", name]);
            lines.Add(councils.Count > 0
                ? t["If you want {0} to know, contact them using the details below.", string.Join(", ", councils)]
                : t["No UK council can act. Call the police on 101 (or 999 in an emergency), or the NSPCC for advice about a child."]);
        }

        return string.Join(" ", lines);
    }

    /// <summary>R9, R10 and R11: what the receiving team does next.</summary>
    private static string Next(Destination destination, string? council, IStringLocalizer t) => destination switch
    {
        { Team: Team.Children } => council is null
            ? t["A social worker will decide what to do next within one working day of reading it. They can't always tell you what happened next."]
            : t["A social worker at {0} will decide what to do next.", council],
        { Action: RoutingAction.InformationRecord } => t["From what you've told us, they may not need care and support. We've still passed your report to Adult Social Care, who will decide whether to contact you."],
        _ => council is null
            ? t["Adult Social Care will decide whether they need protection or support and will try to involve them. We aim to decide within one working day."]
            : t["{0}'s Adult Social Care will decide whether they need protection or support.", council],
    };

    private static List<string> Notes(RoutingDecision d, HashSet<string> fired, bool anonymous, bool cityActs, string day, IStringLocalizer t)
    {
        List<string> notes = [];
        void When(string rule, string text)
        {
            if (fired.Contains(rule))
            {
                notes.Add(text);
            }
        }

        When("R12", t["We couldn't tell whether someone is under 18, so the children's team will look at it first."]);
        When("R13", t["Young people are children until their 18th birthday, so the Children and Families Team will respond."]);
        When("R14", t["We'll also let the leaving care team know."]);
        When("R15", t["Children who live with domestic abuse are victims too, so we've also told the children's team."]);
        When("R16", t["We've shared this with the Local Authority Designated Officer, who oversees allegations against people who work with children. Please also tell the organisation's safeguarding lead."]);
        When("R17", t["We'll consider whether this person poses a risk to the adults they work with."]);
        When("R18", t["If you think someone is planning an attack, call 999. You can also call the Anti-Terrorist Hotline."]);
        When("R19", t["If a girl may be taken abroad for FGM soon, call 999."]);
        When("R20", t["You have a personal legal duty to report this to the police on 101, normally by the end of the next working day. This form does not meet that duty."]);
        When("R21", t["Call 999 if someone is at risk now, or 101 to report it to the police."]);
        When("R22", t["The child who caused harm may need help too. If you know who they are, you can make another report about them."]);
        if (fired.Contains("R24"))
        {
            notes.Add(d.Destinations.Any(x => x.Team == Team.SafeguardingLead)
                ? t["Because the person may work in your department, we've sent a copy to the Corporation's safeguarding lead instead of your department. Please don't discuss it with anyone in your department."]
                : t["Please also tell your line manager or departmental safeguarding lead, as the Corporation's safeguarding policy requires."]);
        }

        When("R25", t["You should also make a referral through the professional referral route of the council responsible (in the City, phone Children's Duty and complete the Multi-Agency Referral Form)."]);
        if (anonymous)
        {
            notes.Add(t["We can't update you because we can't contact you. We respect anonymity, but a court can occasionally order us to say who made a report."]);
        }

        When("R27", t["You can also talk to Childline, free, any time."]);
        if (fired.Contains("R28"))
        {
            notes.Add(cityActs
                ? t["We'll read this on {0}. If it can't wait, call the out-of-hours number below now.", day]
                : t["If it can't wait, call the council's out-of-hours number now (or the police on 101, or 999 in an emergency)."]);
        }

        When("R29", t["If the child is in danger now, call 999. Otherwise call the police on 101 to report them missing, as well as sending this."]);
        When("R30", t["If someone has seriously hurt themselves or may be about to end their life, call 999. For urgent mental health help, call NHS 111 and choose the mental health option. Samaritans: 116 123, free, any time."]);
        return notes;
    }

    public static string TeamName(Team team, IStringLocalizer t) => team switch
    {
        Team.Children => t["Children and Families Team"],
        Team.Adults => t["Adult Social Care"],
        Team.Lado => t["Local Authority Designated Officer (LADO)"],
        Team.Prevent => t["Prevent team"],
        Team.DepartmentLead => t["your departmental safeguarding lead"],
        Team.SafeguardingLead => t["the Corporation's safeguarding lead"],
        _ => t["the police"],
    };
}
