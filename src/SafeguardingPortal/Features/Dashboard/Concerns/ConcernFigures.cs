using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Dashboard.Concerns;

/// <summary>One concern as the dashboard counts it: when it came, from whom, how urgent, what about (<see cref="CategoryMask"/>) and where it went.</summary>
public sealed record ConcernRow(DateOnly ReceivedOn, ReporterRole Source, Urgency Urgency, bool Quarantined, IReadOnlyCollection<Team> Teams, int Categories = 0);

/// <summary>One team's case: its deadline, when it was decided, and an adult's "do you feel safer?" (1 to 10) at closure.</summary>
public sealed record CaseRow(Team Team, DateTimeOffset ReceivedAt, DateOnly DecideBy, DateTimeOffset? DecidedAt, bool Open, int? FeelsSafer);

/// <summary>A label and its count, in the order the page and the exports list them.</summary>
public sealed record Tally(string Label, int Count);

public sealed record Timeliness(int Decided, int DecidedInTime, TimeSpan? MedianToDecision, int OverdueNow)
{
    public int PercentInTime => Decided == 0 ? 0 : (int)(100L * DecidedInTime / Decided);
}

/// <summary>How often an adult said they felt safer (6 or more out of 10), of those who answered.</summary>
public sealed record FeltSafer(int Answered, int Safer);

public sealed record ConcernTotals(int Received, int Quarantined, IReadOnlyList<Tally> BySource, IReadOnlyList<Tally> ByTeam, IReadOnlyList<Tally> ByUrgency, IReadOnlyList<Tally> ByCategory, Timeliness Timeliness, FeltSafer FeltSafer);

/// <summary>
/// The concern figures for a date range. Pure: the caller passes London dates and the rows. Quarantined reports
/// (suspected spam) are counted apart and left out of every other figure.
/// </summary>
public static class ConcernFigures
{
    public const int SaferFrom = 6;

    public static ConcernTotals For(IReadOnlyList<ConcernRow> concerns, IReadOnlyList<CaseRow> cases, DateOnly from, DateOnly to, DateOnly today)
    {
        var inRange = concerns.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to).ToList();
        var counted = inRange.Where(c => !c.Quarantined).ToList();
        var casesInRange = cases.Where(c => InRange(c.ReceivedAt, from, to)).ToList();
        var decided = casesInRange.Where(c => c.DecidedAt is not null).ToList();
        var adults = casesInRange.Where(c => c.Team == Team.Adults && c.FeelsSafer is not null).ToList();
        return new(
            counted.Count,
            inRange.Count - counted.Count,
            [.. Enum.GetValues<ReporterRole>().Select(r => new Tally(SourceName(r), counted.Count(c => c.Source == r)))],
            [.. Enum.GetValues<Team>().Select(t => new Tally(t.ToString(), counted.Count(c => c.Teams.Contains(t)))).Where(t => t.Count > 0)],
            [.. Enum.GetValues<Urgency>().Select(u => new Tally(u.ToString(), counted.Count(c => c.Urgency == u)))],
            ByCategory(counted),
            new Timeliness(
                decided.Count,
                decided.Count(c => Content.LondonTime.Date(c.DecidedAt!.Value) <= c.DecideBy),
                Median([.. decided.Select(c => c.DecidedAt!.Value - c.ReceivedAt)]),
                cases.Count(c => c.Open && c.DecidedAt is null && c.DecideBy < today)),
            new FeltSafer(adults.Count, adults.Count(c => c.FeelsSafer >= SaferFrom)));
    }

    /// <summary>Who reported, in the words the committee uses.</summary>
    public static string SourceName(ReporterRole role) => role switch
    {
        ReporterRole.Public => "Public",
        ReporterRole.CorporationStaff => "Staff",
        ReporterRole.Professional => "Professional",
        _ => "Self",
    };

    /// <summary>
    /// Concerns per kind of abuse, most first, leaving out kinds nobody reported. A report about several kinds counts
    /// under each; reports saved before categories were kept are "Not recorded".
    /// </summary>
    private static List<Tally> ByCategory(List<ConcernRow> counted)
    {
        var tallies = Enum.GetValues<Category>()
            .Select(category => new Tally(CategoryName(category), counted.Count(c => CategoryMask.Has(c.Categories, category))))
            .Append(new Tally("Not recorded", counted.Count(c => c.Categories == 0)));
        return [.. tallies.Where(t => t.Count > 0).OrderByDescending(t => t.Count)];
    }

    /// <summary>The kinds of abuse in the words of the signs-of-abuse pages.</summary>
    public static string CategoryName(Category category) => category switch
    {
        Category.Physical => "Physical abuse",
        Category.Emotional => "Emotional abuse",
        Category.Sexual => "Sexual abuse",
        Category.Neglect => "Neglect",
        Category.SexualExploitation => "Sexual exploitation",
        Category.CriminalExploitation => "Criminal exploitation",
        Category.DomesticAbuse => "Domestic abuse",
        Category.Online => "Online abuse",
        Category.HarmByAnotherChild => "Harm by another child",
        Category.Missing => "Missing or run away",
        Category.Psychological => "Psychological abuse",
        Category.Financial => "Financial abuse",
        Category.ModernSlavery => "Modern slavery",
        Category.Discriminatory => "Discriminatory abuse",
        Category.Organisational => "Organisational abuse",
        Category.SelfNeglect => "Self-neglect",
        Category.Fgm => "Female genital mutilation",
        Category.Radicalisation => "Radicalisation",
        Category.ForcedMarriage => "Forced marriage",
        Category.Trafficking => "Trafficking",
        Category.SelfHarm => "Self-harm or risk of suicide",
        _ => "Not sure",
    };

    private static bool InRange(DateTimeOffset at, DateOnly from, DateOnly to) =>
        Content.LondonTime.Date(at) is var day && day >= from && day <= to;

    private static TimeSpan? Median(List<TimeSpan> spans)
    {
        if (spans.Count == 0)
        {
            return null;
        }

        spans.Sort();
        var middle = spans.Count / 2;
        return spans.Count % 2 == 1 ? spans[middle] : (spans[middle - 1] + spans[middle]) / 2;
    }
}
