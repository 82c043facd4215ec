using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;
using PledgePage = SafeguardingPortal.Features.Pledges.IndexModel;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>
/// A launch-day burst: 1,000 public pledges posted over HTTP by 32 clients at once (on PostgreSQL when
/// PORTAL_TEST_DATABASE=Postgres) leave the cached counts exactly equal to the stored pledges.
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
}
