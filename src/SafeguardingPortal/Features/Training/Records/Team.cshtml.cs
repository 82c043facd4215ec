using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>
/// A line manager's direct reports (people whose line manager they are, not their reports' reports), overdue and
/// due-soon first. The TeamTraining policy admits anyone who manages someone; the query limits it to their own.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TeamModel(TrainingRecords records) : PageModel
{
    public IReadOnlyList<PersonStanding> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = User.UserId() ?? throw new InvalidOperationException("The team view needs a signed-in user");
        People = await records.PeopleAsync(u => u.LineManagerId == me);
        await records.RecordViewedAsync(User, People, "team");
    }
}
