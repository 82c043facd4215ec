using System.Globalization;
using System.Text;
using SafeguardingPortal.Features.Dashboard;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>Population figures as CSV: counts only, never names, with small numbers hidden below lead level.</summary>
public static class RecordsCsv
{
    public const string Header = "population,name,people_with_accounts,head_count,level_1_in_date,required_training_in_date,due_within_60_days,overdue_or_never";

    public static string Write(IEnumerable<(string Name, PopulationStanding Figures)> rows, bool suppress)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var (name, f) in rows)
        {
            string[] cells =
            [
                f.Population,
                name,
                Count(f.People, suppress),
                f.HeadCount?.ToString(CultureInfo.InvariantCulture) ?? "",
                Count(f.Level1InDate, suppress),
                Count(f.RequiredInDate, suppress),
                Count(f.DueSoon, suppress),
                Count(f.Overdue, suppress),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Plain digits (no thousands separator) so spreadsheets read them as numbers; the head-count is not about training, so never hidden.</summary>
    private static string Count(int count, bool suppress) =>
        SmallNumbers.Hides(count, suppress) ? SmallNumbers.Hidden : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quoted where needed ("Culture, Heritage and Libraries"); a leading formula character is defused for spreadsheets.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
