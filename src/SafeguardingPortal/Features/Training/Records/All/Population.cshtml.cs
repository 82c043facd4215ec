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
        Figures = (await records.PopulationsAsync([population])).Single();
        People = await records.PeopleAsync(TrainingRecords.In(population));
        await records.RecordViewedAsync(User, People, $"population {population}");
        return Page();
    }
}
