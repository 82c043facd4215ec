using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>
/// The pledge figures on the home page (English and Bengali) and the staff page: current and ever kept apart, and
/// honoured beside them. Its own portal, as the home page is output-cached.
/// </summary>
public sealed class PledgeSummaryTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Home_and_staff_pages_show_current_ever_and_honoured_pledges()
    {
        var now = portal.Time.GetUtcNow();
        var renewal = Guid.NewGuid();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.AddRange(
                New(now.AddDays(-40), honoured: true),
                New(now.AddDays(-1)),
                New(now.AddMonths(-13), renewedAs: renewal),
                New(now.AddDays(-2), id: renewal),
                New(now.AddMonths(-14)),
                New(now.AddDays(-3), withdrawn: true),
                New(now.AddDays(-3), quarantined: true));
            await db.SaveChangesAsync();
        }

        // Stored directly rather than through PledgeService, so the counts' cache is told here, as the service does on
        // every write (the month-end coverage snapshot may have read the counts at start-up).
        portal.Services.GetRequiredService<PledgeCountsVersion>().Changed();

        // Current: the two recent ones and the renewal. Ever: all but the renewed one (counted by its renewal) and the quarantined.
        var expected = ("3", "5", "1");
        var home = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/");
        Assert.Equal(expected, Figures(home));
        Assert.Equal("/pledge", home.Page.QuerySelectorAll("main a").Single(a => a.TextContent == "Take the pledge").GetAttribute("href"));

        var bengali = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/bn");
        Assert.Equal(expected, Figures(bengali));
        Assert.Contains("বর্তমান অঙ্গীকার", bengali.Page.QuerySelector("#pledge-summary")!.TextContent, StringComparison.Ordinal);

        var staff = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var account = await new JourneyClient(portal.ClientFor(staff)).OpenAsync("/account");
        Assert.Equal(expected, Figures(account));
    }

    private static (string Current, string Ever, string Honoured) Figures(JourneyClient page) =>
        (Figure(page, "#pledges-current"), Figure(page, "#pledges-ever"), Figure(page, "#pledges-honoured"));

    private static string Figure(JourneyClient page, string id) => page.Page.QuerySelector(id)?.TextContent.Trim() ?? $"no {id} on {page.Path} ({page.Status})";

    private static Pledge New(DateTimeOffset at, bool honoured = false, Guid? renewedAs = null, Guid? id = null, bool withdrawn = false, bool quarantined = false) => new()
    {
        Id = id ?? Guid.NewGuid(),
        Source = PledgeSource.Public,
        PledgedAt = at,
        Honoured = honoured ? true : null,
        RenewedAsId = renewedAs,
        WithdrawnAt = withdrawn ? at.AddHours(1) : null,
        QuarantineReason = quarantined ? "The hidden honeypot field was filled in." : null,
    };
}
