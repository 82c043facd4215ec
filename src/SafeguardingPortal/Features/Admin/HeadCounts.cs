using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Admin;

/// <summary>One row of a head-count CSV: <c>department,head_count,effective_from</c>.</summary>
public sealed record HeadCountRow(string Population, int Count, DateOnly EffectiveFrom);

/// <summary>Records head-counts, typed in or imported; a later record for the same date replaces the earlier one.</summary>
public sealed class HeadCounts(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public const int MaximumCount = 100_000;

    /// <summary>The head-count in force on <paramref name="day"/> for each population that has one.</summary>
    public async Task<Dictionary<string, HeadCount>> CurrentAsync(DateOnly day) =>
        (await db.Set<HeadCount>().Where(h => h.EffectiveFrom <= day).ToListAsync())
            .GroupBy(h => h.Population)
            .ToDictionary(g => g.Key, g => g.MaxBy(h => h.EffectiveFrom)!);

    public async Task RecordAsync(IReadOnlyList<HeadCountRow> rows, System.Security.Claims.ClaimsPrincipal by, string how)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var row in rows)
        {
            await db.Set<HeadCount>().Where(h => h.Population == row.Population && h.EffectiveFrom == row.EffectiveFrom).ExecuteDeleteAsync();
            db.Set<HeadCount>().Add(new HeadCount
            {
                Id = Guid.NewGuid(),
                Population = row.Population,
                Count = row.Count,
                EffectiveFrom = row.EffectiveFrom,
                RecordedAt = time.GetUtcNow(),
                RecordedBy = Accounts.PortalClaims.UserId(by),
            });
            audit.Record(by, "head-count.recorded", "head-count", row.Population, detail: $"{row.Count} from {row.EffectiveFrom:yyyy-MM-dd} ({how})");
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Reads a CSV export from HR: a header row, then department (slug or name, or "members"), head-count and
    /// effective date (YYYY-MM-DD or DD/MM/YYYY). Every problem is reported by line, and nothing is saved unless all rows are good.
    /// </summary>
    public static (List<HeadCountRow> Rows, List<string> Problems) ParseCsv(string text, ReferenceData reference)
    {
        var rows = new List<HeadCountRow>();
        var problems = new List<string>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var cells = CsvLine.Split(line);
            if (cells.Count != 3)
            {
                problems.Add($"Line {i + 1}: expected 3 columns (department, head-count, effective date), found {cells.Count}");
                continue;
            }

            var population = Population(cells[0], reference);
            if (population is null)
            {
                problems.Add($"Line {i + 1}: \"{cells[0]}\" is not a department");
            }

            if (!int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 0 or > MaximumCount)
            {
                problems.Add($"Line {i + 1}: head-count must be a whole number from 0 to {MaximumCount:N0}");
            }

            if (!DateOnly.TryParseExact(cells[2], ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                problems.Add($"Line {i + 1}: effective date must be a date like 2026-04-01");
            }

            if (population is not null && problems.Count == 0)
            {
                rows.Add(new HeadCountRow(population, count, from));
            }
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add("The file has no rows under its header");
        }

        return (rows, problems);
    }

    public static string? Population(string value, ReferenceData reference)
    {
        var trimmed = value.Trim();
        if (string.Equals(trimmed, HeadCount.Members, StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "Members", StringComparison.OrdinalIgnoreCase))
        {
            return HeadCount.Members;
        }

        return reference.Departments.Departments.FirstOrDefault(d =>
            string.Equals(d.Slug, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, trimmed, StringComparison.OrdinalIgnoreCase))?.Slug;
    }
}
