using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

public sealed record NumberToCall(string Who, string Phone);

/// <summary>
/// The numbers to show now (routing.md §8 "Numbers shown"): a team's duty number in office hours, its out-of-hours
/// number otherwise, and both in the closing hour; another council's numbers by the same clock when configured (§9.3).
/// </summary>
public sealed class NumbersToCall(IOptions<ReferenceData> reference, RoutingDataProvider routing, TimeProvider time)
{
    private readonly DateTimeOffset now = time.GetUtcNow();

    private WorkingCalendar Calendar => routing.Get().Calendar;

    public bool OfficeHours => Calendar.IsOfficeHours(now);

    private bool ClosingHour => Calendar.IsOfficeHours(now) && Calendar.IsClosingHour(now);

    /// <summary>The City's numbers for children (children, household children, LADO) or adults (adults, PiPoT).</summary>
    public IReadOnlyList<NumberToCall> City(Team team)
    {
        var contact = reference.Value.Contacts.Team(IsChildren(team) ? "children" : "adults");
        var outOfHours = new NumberToCall(contact.OutOfHoursName ?? contact.Name, contact.OutOfHoursPhone ?? contact.DayPhone);
        var day = new NumberToCall(contact.Name, contact.DayPhone);
        return ClosingHour ? [day, outOfHours] : OfficeHours ? [day] : [outOfHours];
    }

    /// <summary>Another council's numbers for the team by the same clock; empty when the service owner has not configured them yet.</summary>
    public IReadOnlyList<NumberToCall> Council(string code, string name, Team team)
    {
        if (!reference.Value.Councils.Councils.TryGetValue(code, out var council))
        {
            return [];
        }

        var (day, outOfHours) = IsChildren(team)
            ? (council.ChildrenDayPhone, council.ChildrenOutOfHoursPhone)
            : (council.AdultsDayPhone, council.AdultsOutOfHoursPhone);
        var numbers = ClosingHour ? [day, outOfHours] : OfficeHours ? [day] : new[] { outOfHours };
        return [.. numbers.OfType<string>().Select(phone => new NumberToCall(council.Name ?? name, phone))];
    }

    public string? Website(string code) => reference.Value.Councils.Councils.GetValueOrDefault(code)?.Website;

    private static bool IsChildren(Team team) => team is Team.Children or Team.Lado;
}

/// <summary>What the council contacts partial shows: one council, the teams it is responsible for here, and how urgent the report is.</summary>
public sealed record CouncilContactsModel(string Code, string Name, IReadOnlyList<Team> Teams, Urgency Urgency);
