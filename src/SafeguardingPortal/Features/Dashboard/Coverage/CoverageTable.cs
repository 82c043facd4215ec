using System.Globalization;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>
/// Coverage as an export: every cohort's head-count and numerators with their shares. Exports leave the building,
/// so any figure about fewer than five people reads "&lt;5" whoever downloads it, and its share is left blank.
/// </summary>
public static class CoverageTable
{
    public static Table For(CoverageReport report, Func<string, string> nameOf, string title)
    {
        IEnumerable<(string Name, CohortCoverage Cohort)> cohorts = report.Departments.Select(c => (nameOf(c.Population), c))
            .Append((report.Overall.Population, report.Overall))
            .Append((DashboardFigures.ElectedMembers, report.Members));
        return new Table(title, ["Cohort", "People", "Pledged", "Pledged %", "Trained", "Trained %", "Briefed", "Briefed %"],
        [
            .. cohorts.Select(x => (string[])
            [
                x.Name,
                SmallNumbers.Plain(x.Cohort.Denominator, suppress: true),
                .. Measure(x.Cohort.Pledged),
                .. Measure(x.Cohort.Trained),
                .. Measure(x.Cohort.Briefed),
            ]),
        ]);
    }

    private static string[] Measure(Measure m) =>
        SmallNumbers.Hides(m.Numerator, suppress: true) || SmallNumbers.Hides(m.Denominator, suppress: true)
            ? [SmallNumbers.Plain(m.Numerator, suppress: true), ""]
            : [SmallNumbers.Plain(m.Numerator, suppress: true), m.Percent.ToString(CultureInfo.InvariantCulture)];
}
