using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Active;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>What the keeping-champions-active tests share: the job run twice, the outbox read back, a champion course passed.</summary>
public static class ActiveChampions
{
    /// <summary>Runs the job twice, as two runs (or two instances) would: anything sent twice is a failure the tests see.</summary>
    public static async Task RunJobTwiceAsync(PortalFactory portal)
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ChampionReminders>().RunAsync(CancellationToken.None);
        }
    }

    public static async Task<List<OutboxMessage>> MessagesAsync(PortalFactory portal, string kind, string? to = null, string? mentioning = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var messages = await db.Set<OutboxMessage>().Where(m => m.Kind == kind && (to == null || m.Recipient == to)).ToListAsync();
        return [.. messages.Where(m => mentioning is null || m.TextBody.Contains(mentioning, StringComparison.Ordinal)).OrderBy(m => m.CreatedAt)];
    }

    /// <summary>A champion-course certificate, as passing the course would leave (the course itself is tested in Training).</summary>
    public static async Task PassChampionCourseAsync(PortalFactory portal, PortalUser user, DateOnly on)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Certificate
        {
            Id = Guid.NewGuid(),
            Code = "NTS-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            UserId = user.Id,
            AttemptId = Guid.NewGuid(),
            HolderName = user.DisplayName,
            Course = ChampionReminders.ChampionCourse,
            CourseTitle = "Running a briefing",
            Level = "Champion",
            CompletedOn = on,
            ExpiresOn = on.AddYears(3),
            Score = 90,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Sends a request through the form as <paramref name="manager"/> and returns its id.</summary>
    public static async Task<Guid> RequestAsync(PortalFactory portal, PortalUser manager, string department)
    {
        var journey = new JourneyClient(portal.ClientFor(manager));
        await journey.OpenAsync("/champions/request-briefing");
        await journey.PressAsync("Send request", ("department", department), ("dates", "Any Tuesday morning in January"), ("audience", "40"), ("notes", "Team meeting room is free"));
        Assert.NotNull(journey.Page.QuerySelector("#sent"));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Set<BriefingRequest>().Where(r => r.RequestedBy == manager.Id && r.Department == department).ToListAsync()).OrderBy(r => r.RequestedAt).Last().Id;
    }

    public static DateOnly Today(PortalFactory portal) => Content.LondonTime.Date(portal.Time.Now);
}
