using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;
using PledgePage = SafeguardingPortal.Features.Pledges.IndexModel;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>
/// A launch-day burst: 1,000 public pledges posted over HTTP by 32 clients at once (on PostgreSQL when
/// PORTAL_TEST_DATABASE=Postgres) leave the cached counts exactly equal to the stored pledges; and one person's
/// pledges posted at once leave one row, which the database itself holds to.
/// </summary>
public sealed class PledgeConcurrencyTests : IDisposable
{
    private const int Clients = 32;
    private const int Posts = 1000;

    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task A_thousand_pledges_from_32_clients_are_all_stored_and_counted_exactly_once()
    {
        // The counts are cached before the burst, so a stale figure would show if invalidation lost a race.
        var before = await PledgeClients.ShownCountAsync(portal);
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var next = 0;

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var client = portal.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler());
            var page = await new JourneyClient(client).OpenAsync("/pledge");
            var token = page.Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            while (Interlocked.Increment(ref next) <= Posts)
            {
                using var response = await client.PostAsync(new Uri("/pledge", UriKind.Relative), new FormUrlEncodedContent(
                    [new("__RequestVerificationToken", token), new("action", "I will report"), new("wall", PledgePage.WallOption)]));
                statuses.Add(response.StatusCode);

                // Reading between writes keeps the cache busy while others invalidate it.
                await PledgeClients.ShownCountAsync(portal);
            }
        }));

        Assert.Equal(Posts, statuses.Count(s => s == HttpStatusCode.Redirect));
        var now = portal.Time.GetUtcNow();
        var stored = await PledgeClients.StoredAsync(portal, p => PledgeRules.IsCounted(p, now));
        Assert.Equal(before + Posts, stored.Count);
        Assert.Equal(stored.Count, await PledgeClients.ShownCountAsync(portal));
    }

    [Fact]
    public async Task One_persons_pledges_posted_at_once_leave_one_current_pledge()
    {
        var staff = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = PledgeClients.Counted(portal, staff).Page;
        await page.OpenAsync("/pledge");
        var token = page.Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Each on its own thread: SQLite's "async" calls complete synchronously, so the posts would not overlap otherwise.
        // On PostgreSQL several pass the "no pledge yet" check together and meet the unique index.
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            using var response = await page.Http.PostAsync(new Uri("/pledge", UriKind.Relative), new FormUrlEncodedContent(
                [new("__RequestVerificationToken", token), new("action", $"try {i}")]));
            return (response.StatusCode, response.Headers.Location?.OriginalString);
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(responses, r => Assert.StartsWith("/pledge/yours/", r.OriginalString, StringComparison.Ordinal));
        Assert.Single(await PledgeClients.StoredAsync(portal, p => p.UserId == staff.Id));
    }

    [Fact]
    public async Task The_database_refuses_a_second_un_ended_pledge_for_one_person_but_not_after_the_first_has_ended()
    {
        var staff = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var first = Stored(staff.Id);
        await SaveAsync(first);

        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => SaveAsync(Stored(staff.Id)));
        Assert.Contains("UserId", refused.InnerException?.Message ?? "", StringComparison.OrdinalIgnoreCase);

        // Withdrawn or renewed pledges are ended, and public pledges have no person: none of them is held to one.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Set<Pledge>().Where(p => p.Id == first.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.WithdrawnAt, portal.Time.GetUtcNow()));
        }

        await SaveAsync(Stored(staff.Id));
        await SaveAsync(Stored(null));
        await SaveAsync(Stored(null));
        Assert.Equal(2, (await PledgeClients.StoredAsync(portal, p => p.UserId == staff.Id)).Count);
    }

    private Pledge Stored(Guid? userId) => new() { Id = Guid.NewGuid(), UserId = userId, Source = userId is null ? PledgeSource.Public : PledgeSource.Staff, PledgedAt = portal.Time.GetUtcNow() };

    private async Task SaveAsync(Pledge pledge)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(pledge);
        await db.SaveChangesAsync();
    }
}
