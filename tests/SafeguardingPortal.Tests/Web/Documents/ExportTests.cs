using ClosedXML.Excel;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Dashboard;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.Features.Dashboard.Coverage;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Tests.Web.Documents;

/// <summary>The CSV and the Excel workbook written from one table agree, keep text as text, and defuse formulas.</summary>
public sealed class ExportTests
{
    private static readonly Table Sample = new("Figures", ["Cohort", "People"],
    [
        ["Culture, Heritage and Libraries", "12"],
        ["=HYPERLINK(\"http://example.invalid\")", "<5"],
        ["Members \"Court\"", "-3"],
    ]);

    [Fact]
    public void Csv_quotes_where_needed_and_defuses_formula_characters()
    {
        Assert.Equal(
            "Cohort,People\r\n\"Culture, Heritage and Libraries\",12\r\n\"'=HYPERLINK(\"\"http://example.invalid\"\")\",<5\r\n\"Members \"\"Court\"\"\",'-3\r\n",
            Csv.Write(Sample));
    }

    [Fact]
    public void Excel_writes_whole_numbers_as_numbers_and_everything_else_as_text()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Excel.Write([Sample])));
        var sheet = workbook.Worksheet("Figures");

        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal((XLDataType.Number, 12.0), (sheet.Cell(2, 2).DataType, sheet.Cell(2, 2).GetDouble()));
        Assert.Equal((XLDataType.Text, "<5"), (sheet.Cell(3, 2).DataType, sheet.Cell(3, 2).GetString()));
        Assert.False(sheet.Cell(3, 1).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://example.invalid\")", sheet.Cell(3, 1).GetString());
    }

    [Fact]
    public void The_dashboard_exports_hide_small_coverage_figures_whoever_downloads_them_but_count_reports_exactly()
    {
        var figures = new DashboardFigures(
            new(2026, 4, 1),
            new(2026, 6, 30),
            ConcernFigures.For(new ConcernInputs([], new Dictionary<SafeguardingPortal.Features.Concerns.Routing.Team, int>(), [], 0, new(0, 0))),
            new BriefingReachTotals(3, 20, 15, 2),
            2,
            CoverageFigures.For(new CohortInputs("all", 40, 40, 12, 30, 3), 90),
            CoverageFigures.For(new CohortInputs("members", 100, 90, 60, 4, 70), 90));

        var rows = figures.ToTable().Rows.ToDictionary(r => $"{r[0]}/{r[1]}", r => r[2]);

        Assert.Equal("2", rows["Pledges/Current"]);
        Assert.Equal("3", rows["Briefings/Sessions"]);
        Assert.Equal(("40", "12", "<5"), (rows["Coverage/All departments: people"], rows["Coverage/All departments: pledged"], rows["Coverage/All departments: briefed"]));
        Assert.Equal("<5", rows["Coverage/Elected Members: trained"]);
        Assert.Equal("0", rows["Concerns/Received"]);
    }
}
