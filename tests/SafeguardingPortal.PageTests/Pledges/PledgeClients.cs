using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>Counts the requests a client makes, so a test can hold the pledge to its "three interactions or fewer".</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private int count;

    public int Count => count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return base.SendAsync(request, cancellationToken);
    }
}

public static class PledgeClients
{
    /// <summary>A cookie-keeping client (antiforgery needs its cookie) that counts its requests, acting as <paramref name="user"/>.</summary>
    public static (JourneyClient Page, RequestCounter Requests) Counted(PortalFactory portal, PortalUser? user)
    {
        var counter = new RequestCounter();
        var client = portal.CreateDefaultClient(new Uri("https://localhost"), counter, new CookieContainerHandler());
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestSignIn.Header, user.Id.ToString());
        }

        return (new JourneyClient(client), counter);
    }

    public static async Task<List<Pledge>> StoredAsync(PortalFactory portal, Func<Pledge, bool>? where = null)
    {
        using var scope = portal.Services.CreateScope();
        var all = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Pledge>().AsNoTracking().ToListAsync();
        return [.. all.Where(where ?? (_ => true))];
    }

    /// <summary>The current-pledge count the pledge page shows.</summary>
    public static async Task<int> ShownCountAsync(PortalFactory portal)
    {
        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/pledge");
        return int.Parse(page.Page.QuerySelector("#pledge-count")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
