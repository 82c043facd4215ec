using System.Globalization;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.Features.Dashboard.Coverage;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Dashboard;

/// <summary>
/// Everything the dashboard shows for one date range. <see cref="ToTable"/> lists the same figures for the CSV and
/// Excel exports, so the page and its downloads are one set of numbers. Coverage counts people, so in the exports
/// its small numbers always read "&lt;5"; the concern figures count reports and are exact.
/// </summary>
public sealed record DashboardFigures(DateOnly From, DateOnly To, ConcernTotals Concerns, BriefingReachTotals Briefings, int CurrentPledges, CohortCoverage Departments, CohortCoverage Members)
{
    public const string AllDepartments = "All departments";

    public const string ElectedMembers = "Elected Members";

    public Table ToTable()
    {
        var rows = new List<string[]>();
        void Add(string section, string figure, string value) => rows.Add([section, figure, value]);
        void Count(string section, string figure, int count) => Add(section, figure, count.ToString(CultureInfo.InvariantCulture));

        Count("Concerns", "Received", Concerns.Received);
        Count("Concerns", "Quarantined", Concerns.Quarantined);
        foreach (var (section, tallies) in new (string, IReadOnlyList<Tally>)[] { ("Source", Concerns.BySource), ("Team", Concerns.ByTeam), ("Urgency", Concerns.ByUrgency), ("Category", Concerns.ByCategory) })
        {
            foreach (var t in tallies)
            {
                Count(section, t.Label, t.Count);
            }
        }

        Count("Timeliness", "Decided", Concerns.Timeliness.Decided);
        Count("Timeliness", "Decided in time", Concerns.Timeliness.DecidedInTime);
        Add("Timeliness", "Median hours to a decision", Concerns.Timeliness.MedianToDecision is { } m ? m.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) : "");
        Count("Timeliness", "Overdue now", Concerns.Timeliness.OverdueNow);
        Count("Felt safer", "Answered", Concerns.FeltSafer.Answered);
        Count("Felt safer", "Safer", Concerns.FeltSafer.Safer);
        Count("Briefings", "Sessions", Briefings.Sessions);
        Count("Briefings", "People reached", Briefings.PeopleReached);
        Count("Pledges", "Current", CurrentPledges);
        foreach (var (name, cohort) in new[] { (AllDepartments, Departments), (ElectedMembers, Members) })
        {
            Add("Coverage", $"{name}: people", SmallNumbers.Plain(cohort.Denominator, suppress: true));
            Add("Coverage", $"{name}: pledged", SmallNumbers.Plain(cohort.Pledged.Numerator, suppress: true));
            Add("Coverage", $"{name}: trained", SmallNumbers.Plain(cohort.Trained.Numerator, suppress: true));
            Add("Coverage", $"{name}: briefed", SmallNumbers.Plain(cohort.Briefed.Numerator, suppress: true));
        }

        return new Table($"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}", ["Section", "Figure", "Count"], rows);
    }
}
