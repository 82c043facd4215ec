using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Training.Records.All;

/// <summary>Every department's (and Members') training figures for the safeguarding lead, each opening to its people.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(TrainingRecords records) : PageModel
{
    public IReadOnlyList<(string Name, PopulationStanding Figures)> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await RowsAsync();

    /// <summary>Counts only, even for the lead: names stay on the pages, where each view is audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync() =>
        File(Encoding.UTF8.GetBytes(RecordsCsv.Write(await RowsAsync(), suppress: false)), "text/csv", "training-by-department.csv");

    private async Task<IReadOnlyList<(string, PopulationStanding)>> RowsAsync() =>
        [.. (await records.FiguresAsync(records.Populations, await records.PeopleAsync(TrainingRecords.InAny))).Select(f => (records.NameOf(f.Population), f))];
}
