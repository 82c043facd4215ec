using SafeguardingPortal.Features.Training.Records;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Tests.Training.Records;

public sealed class RecordsCsvTests
{
    private static readonly PopulationStanding Figures = new("culture-heritage-and-libraries", 1200, 1500, 1100, 3, 40, 97);

    [Fact]
    public void Write_GivesOneRowPerPopulation_QuotingNamesWithCommas_AndPlainNumbers()
    {
        var lines = RecordsCsv.Write([("Culture, Heritage and Libraries", Figures)], suppress: false).Split("\r\n");

        Assert.Equal(RecordsCsv.Header, lines[0]);
        Assert.Equal(["culture-heritage-and-libraries", "Culture, Heritage and Libraries", "1200", "1500", "1100", "3", "40", "97"], CsvLine.Split(lines[1]));
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void Write_BelowLeadLevel_HidesSmallCountsButNotTheHeadCount()
    {
        var small = new PopulationStanding("open-spaces", 4, 3, 2, 1, 0, 3);

        var cells = CsvLine.Split(RecordsCsv.Write([("Open Spaces", small)], suppress: true).Split("\r\n")[1]);

        Assert.Equal(["open-spaces", "Open Spaces", "<5", "3", "<5", "<5", "<5", "<5"], cells);
    }

    [Fact]
    public void Write_DefusesALeadingFormulaCharacter() =>
        Assert.Contains(",'=HYPERLINK(1),", RecordsCsv.Write([("=HYPERLINK(1)", Figures)], suppress: false), StringComparison.Ordinal);
}
