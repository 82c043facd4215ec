using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Training.Records.All;

/// <summary>One department (or the Members) with its people named, for the safeguarding lead; every view is audited.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PopulationModel(TrainingRecords records) : PageModel
{
    public string Name { get; private set; } = "";

    public PopulationStanding Figures { get; private set; } = null!;

    public IReadOnlyList<PersonStanding> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string population)
    {
        if (!records.Populations.Contains(population))
        {
            return NotFound();
        }

        Name = records.NameOf(population);
        People = await records.PeopleAsync(TrainingRecords.In(population));
        Figures = (await records.FiguresAsync([population], People)).Single();
        await records.RecordViewedAsync(User, People, $"population {population}");
        return Page();
    }
}
