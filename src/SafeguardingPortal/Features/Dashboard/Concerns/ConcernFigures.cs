using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Dashboard.Concerns;

/// <summary>How many concerns received in the range share a source, urgency, quarantine and kinds of abuse (<see cref="CategoryMask"/>).</summary>
public sealed record ConcernGroup(ReporterRole Source, Urgency Urgency, bool Quarantined, int Categories, int Count);

/// <summary>A team's decision on a concern received in the range: when the concern came, its deadline, when it was decided.</summary>
public sealed record Decision(DateTimeOffset ReceivedAt, DateOnly DecideBy, DateTimeOffset DecidedAt);

/// <summary>What the database counts for a range; the figures are made from it by <see cref="ConcernFigures"/>.</summary>
/// <param name="ByTeam">Concerns (not quarantined) routed to each team, each concern once per team.</param>
/// <param name="OverdueNow">Cases open and undecided past their deadline today, whenever their concern came.</param>
public sealed record ConcernInputs(IReadOnlyList<ConcernGroup> Groups, IReadOnlyDictionary<Team, int> ByTeam, IReadOnlyList<Decision> Decisions, int OverdueNow, FeltSafer FeltSafer);

/// <summary>A label and its count, in the order the page and the exports list them.</summary>
public sealed record Tally(string Label, int Count);

public sealed record Timeliness(int Decided, int DecidedInTime, TimeSpan? MedianToDecision, int OverdueNow)
{
    public int PercentInTime => Decided == 0 ? 0 : (int)(100L * DecidedInTime / Decided);
}

/// <summary>How often an adult said they felt safer (<see cref="ConcernFigures.SaferFrom"/> or more out of 10), of those who answered.</summary>
public sealed record FeltSafer(int Answered, int Safer);

public sealed record ConcernTotals(int Received, int Quarantined, IReadOnlyList<Tally> BySource, IReadOnlyList<Tally> ByTeam, IReadOnlyList<Tally> ByUrgency, IReadOnlyList<Tally> ByCategory, Timeliness Timeliness, FeltSafer FeltSafer);

/// <summary>
/// The concern figures for a date range, from counts the database made (ConcernQueries). Pure. Quarantined reports
/// (suspected spam) are counted apart and left out of every other figure.
/// </summary>
public static class ConcernFigures
{
    public const int SaferFrom = 6;

    public static ConcernTotals For(ConcernInputs inputs)
    {
        var counted = inputs.Groups.Where(g => !g.Quarantined).ToList();
        var decisions = inputs.Decisions;
        return new(
            counted.Sum(g => g.Count),
            inputs.Groups.Where(g => g.Quarantined).Sum(g => g.Count),
            [.. Enum.GetValues<ReporterRole>().Select(r => new Tally(SourceName(r), counted.Where(g => g.Source == r).Sum(g => g.Count)))],
            [.. Enum.GetValues<Team>().Select(t => new Tally(t.ToString(), inputs.ByTeam.GetValueOrDefault(t))).Where(t => t.Count > 0)],
            [.. Enum.GetValues<Urgency>().Select(u => new Tally(u.ToString(), counted.Where(g => g.Urgency == u).Sum(g => g.Count)))],
            ByCategory(counted),
            new Timeliness(
                decisions.Count,
                decisions.Count(d => Content.LondonTime.Date(d.DecidedAt) <= d.DecideBy),
                Median([.. decisions.Select(d => d.DecidedAt - d.ReceivedAt)]),
                inputs.OverdueNow),
            inputs.FeltSafer);
    }

    /// <summary>Who reported, in the words the committee uses.</summary>
    public static string SourceName(ReporterRole role) => role switch
    {
        ReporterRole.Public => "Public",
        ReporterRole.CorporationStaff => "Staff",
        ReporterRole.Professional => "Professional",
        _ => "Self",
    };

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

    /// <summary>
    /// Concerns per kind of abuse, most first, leaving out kinds nobody reported. A report about several kinds counts
    /// under each; reports saved before categories were kept are "Not recorded".
    /// </summary>
    private static List<Tally> ByCategory(List<ConcernGroup> counted)
    {
        var tallies = Enum.GetValues<Category>()
            .Select(category => new Tally(CategoryName(category), counted.Where(g => CategoryMask.Has(g.Categories, category)).Sum(g => g.Count)))
            .Append(new Tally("Not recorded", counted.Where(g => g.Categories == 0).Sum(g => g.Count)));
        return [.. tallies.Where(t => t.Count > 0).OrderByDescending(t => t.Count)];
    }

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
