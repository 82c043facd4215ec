using SafeguardingPortal.Features.Admin;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Tests.Concerns;

namespace SafeguardingPortal.Tests.Admin;

/// <summary>HR's head-count export: departments by name or slug, Members, and every bad line reported.</summary>
public sealed class HeadCountCsvTests
{
    private static readonly ReferenceData Reference = TestRouting.Reference;

    [Fact]
    public void Reads_departments_by_name_or_slug_and_the_members()
    {
        var (rows, problems) = HeadCounts.ParseCsv("department,head_count,effective_from\nOpen Spaces,412,2026-04-01\r\nbarbican-centre,\"1003\",01/04/2026\nmembers,125,2026-05-01\n\n", Reference);

        Assert.Empty(problems);
        Assert.Equal(
            [new("open-spaces", 412, new DateOnly(2026, 4, 1)), new("barbican-centre", 1003, new DateOnly(2026, 4, 1)), new(HeadCount.Members, 125, new DateOnly(2026, 5, 1))],
            rows);
    }

    [Fact]
    public void Reports_each_problem_by_line_and_keeps_nothing()
    {
        var (rows, problems) = HeadCounts.ParseCsv("department,head_count,effective_from\nNarnia,10,2026-04-01\nOpen Spaces,-3,2026-04-01\nOpen Spaces,3,31/02/2026\nOpen Spaces,3\n", Reference);

        Assert.Empty(rows);
        Assert.Equal(
            [
                "Line 2: \"Narnia\" is not a department",
                "Line 3: head-count must be a whole number from 0 to 100,000",
                "Line 4: effective date must be a date like 2026-04-01",
                "Line 5: expected 3 columns (department, head-count, effective date), found 2",
            ],
            problems);
    }

    [Fact]
    public void An_empty_file_is_a_problem() =>
        Assert.Equal(["The file has no rows under its header"], HeadCounts.ParseCsv("department,head_count,effective_from\n", Reference).Problems);
}
