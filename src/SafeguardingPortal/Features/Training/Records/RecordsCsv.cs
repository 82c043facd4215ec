using System.Globalization;
using SafeguardingPortal.Features.Dashboard;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>Population figures as CSV: counts only, never names, with small numbers hidden below lead level.</summary>
public static class RecordsCsv
{
    public const string Header = "population,name,people_with_accounts,head_count,level_1_in_date,required_training_in_date,due_within_60_days,overdue_or_never";

    public static string Write(IEnumerable<(string Name, PopulationStanding Figures)> rows, bool suppress) =>
        Csv.Write(new Table("Training", Header.Split(','), [.. rows.Select(row => Cells(row.Name, row.Figures, suppress))]));

    private static string[] Cells(string name, PopulationStanding f, bool suppress) =>
    [
        f.Population,
        name,
        SmallNumbers.Plain(f.People, suppress),
        f.HeadCount?.ToString(CultureInfo.InvariantCulture) ?? "", // not about training, so never hidden
        SmallNumbers.Plain(f.Level1InDate, suppress),
        SmallNumbers.Plain(f.RequiredInDate, suppress),
        SmallNumbers.Plain(f.DueSoon, suppress),
        SmallNumbers.Plain(f.Overdue, suppress),
    ];
}
