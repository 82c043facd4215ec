using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>
/// Several tabs of one report answering at once: the last page sent wins, however many saved in between (bench/fuzz.sh
/// found a third tab's save between a conflict and its retry answered with a 500).
/// </summary>
public sealed class DraftRaceTests
{
    [Fact]
    public async Task An_answer_is_saved_even_when_two_other_tabs_save_theirs_meanwhile()
    {
        var tabs = new OtherTabs();
        await using var portal = new PortalFactory
        {
            DatabaseInterceptors = [tabs],
        };
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        await j.OpenAsync("/report/immediate-danger");
        await j.AnswerAsync(("answer", "no"));
        Assert.Equal("/report/can-it-wait", j.Path);

        tabs.Remaining = 2;
        await j.AnswerAsync(("answer", "yes"));

        Assert.Equal(0, tabs.Remaining);
        Assert.Equal(HttpStatusCode.OK, j.Status);
        Assert.NotEqual("/report/can-it-wait", j.Path);
    }

    /// <summary>Before each of the next saves of a draft, another tab saves the same draft first.</summary>
    private sealed class OtherTabs : SaveChangesInterceptor
    {
        public int Remaining { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Remaining > 0 && eventData.Context!.ChangeTracker.Entries<ReportDraft>().SingleOrDefault(e => e.State == EntityState.Modified) is { } draft)
            {
                Remaining--;
                await eventData.Context.Database.ExecuteSqlAsync(
                    $"""UPDATE "ReportDrafts" SET "Version" = "Version" + 1 WHERE "Id" = {draft.Entity.Id}""", cancellationToken);
            }

            return result;
        }
    }
}
