using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Jobs;
using SafeguardingPortal.Web.Outbox;
using static SafeguardingPortal.PageTests.Pledges.PledgeClients;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>
/// Follow-through: one email 30 days on, even when the job runs twice or on two instances at once, to the pledges with
/// an address; its one-tap links only open the page, the button records the answer, and "honoured" is counted.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed partial class PledgeFollowUpTests(PortalFactory portal)
{
    [Fact]
    public async Task One_follow_up_goes_30_days_on_to_each_pledge_with_an_address_however_often_the_job_runs()
    {
        var now = portal.Time.Now;
        try
        {
            var publicEmail = await PublicPledgeAsync(withEmail: true);
            var spamEmail = await PublicPledgeAsync(withEmail: true, honeypot: true);
            var withdrawnEmail = await PublicPledgeAsync(withEmail: true);
            await StoredWithdrawAsync(withdrawnEmail);
            var staff = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
            var staffPage = Counted(portal, staff).Page;
            await staffPage.OpenAsync("/pledge");
            await staffPage.PressAsync("Make my pledge");

            // Enough due at once that the runs below overlap: each reads its list before the others have claimed any.
            var colleagues = new List<PortalUser>();
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                for (var i = 0; i < 20; i++)
                {
                    var colleague = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
                    colleagues.Add(colleague);
                    db.Add(new Pledge { Id = Guid.NewGuid(), UserId = colleague.Id, Source = PledgeSource.Staff, PledgedAt = now });
                }

                await db.SaveChangesAsync();
            }

            portal.Time.Now = now.AddDays(30).AddMinutes(-1);
            await RunConcurrentlyAsync();
            Assert.Empty(await FollowUpsToAsync(publicEmail));
            Assert.Empty(await FollowUpsToAsync(staff.Email!));

            // Two instances at once, then again: one email each, to the public address and to the account's.
            portal.Time.Now = now.AddDays(30);
            await RunConcurrentlyAsync();
            await RunConcurrentlyAsync();
            portal.Time.Now = now.AddDays(100);
            await RunConcurrentlyAsync();

            var toPublic = Assert.Single(await FollowUpsToAsync(publicEmail));
            Assert.Single(await FollowUpsToAsync(staff.Email!));
            foreach (var colleague in colleagues)
            {
                Assert.Single(await FollowUpsToAsync(colleague.Email!));
            }

            Assert.Empty(await FollowUpsToAsync(spamEmail));
            Assert.Empty(await FollowUpsToAsync(withdrawnEmail));
            Assert.Contains("Have you done your action? Do you know your reporting route?", toPublic.TextBody, StringComparison.Ordinal);
            Assert.Contains("020 7332 1224", toPublic.TextBody, StringComparison.Ordinal);
            Assert.NotNull(Assert.Single(await StoredAsync(portal, p => p.UserId == staff.Id)).FollowUpSentAt);

            // The job runs by itself in the background, as the refresher reminders do.
            Assert.Single(portal.Services.GetServices<IHostedService>().OfType<RecurringJob<PledgeFollowUps>>());
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    [Fact]
    public async Task The_emailed_answer_is_recorded_only_by_the_button_can_be_changed_and_is_counted_as_honoured()
    {
        var now = portal.Time.Now;
        string email;
        try
        {
            email = await PublicPledgeAsync(withEmail: true);
            portal.Time.Now = now.AddDays(31);
            await RunConcurrentlyAsync();
        }
        finally
        {
            portal.Time.Now = now;
        }

        var body = Assert.Single(await FollowUpsToAsync(email)).TextBody;
        var yes = Link(body, "yes");
        Assert.DoesNotContain("/pledge/yours/", yes, StringComparison.Ordinal);
        var honouredBefore = await HonouredShownAsync();

        // A mail scanner opening the link changes nothing: the page asks, with the answer chosen and one button.
        var page = new JourneyClient(portal.CreateBrowserlessClient());
        await page.OpenAsync(yes);
        Assert.Equal("Have you done your action, and do you know how to report a concern?", page.Heading);
        Assert.NotNull(page.Page.QuerySelector("input[name=answer][value=yes][checked]"));
        Assert.Single(page.Page.QuerySelectorAll("main form button"));
        var route = page.Page.QuerySelector("#reporting-route")!.TextContent;
        Assert.Contains("020 7332 1224", route, StringComparison.Ordinal);
        Assert.Contains("https://portal.test/report", route, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await StoredAsync(portal, p => p.PersonalAction == email)).Honoured);
        Assert.Equal(honouredBefore, await HonouredShownAsync());

        await page.PressAsync("Send my answer", ("answer", "yes"));
        await page.PressAsync("Send my answer", ("answer", "yes"));
        Assert.NotNull(page.Page.QuerySelector("#answer-recorded"));
        Assert.True(Assert.Single(await StoredAsync(portal, p => p.PersonalAction == email)).Honoured);
        Assert.Equal(honouredBefore + 1, await HonouredShownAsync());

        // Changeable: the not-yet link, then the button.
        await page.OpenAsync(Link(body, "not-yet"));
        Assert.NotNull(page.Page.QuerySelector("input[name=answer][value=not-yet][checked]"));
        await page.PressAsync("Send my answer", ("answer", "not-yet"));
        Assert.False(Assert.Single(await StoredAsync(portal, p => p.PersonalAction == email)).Honoured);
        Assert.Equal(honouredBefore, await HonouredShownAsync());

        await page.OpenAsync(Regex.Replace(yes, "/pledge/follow-up/[0-9a-f]+", "/pledge/follow-up/00ff"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task The_follow_up_token_cannot_open_or_withdraw_the_pledge()
    {
        var email = await PublicPledgeAsync(withEmail: true);
        var pledge = Assert.Single(await StoredAsync(portal, p => p.PersonalAction == email));
        using var scope = portal.Services.CreateScope();
        var token = scope.ServiceProvider.GetRequiredService<PledgeService>().FollowUpTokenFor(pledge);

        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync($"/pledge/yours/{token}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>A public pledge whose personal action is its email address (or a fresh marker), so the test can find it.</summary>
    private async Task<string> PublicPledgeAsync(bool withEmail, bool honeypot = false)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", [("action", email), .. withEmail ? [("email", email)] : Array.Empty<(string, string)>(), .. honeypot ? [("website", "http://spam.example")] : Array.Empty<(string, string)>()]);
        return email;
    }

    private async Task StoredWithdrawAsync(string marker)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pledge = await db.Set<Pledge>().SingleAsync(p => p.PersonalAction == marker);
        await scope.ServiceProvider.GetRequiredService<PledgeService>().WithdrawAsync(pledge);
    }

    /// <summary>Four runs at once, each on its own thread: SQLite's "async" calls complete synchronously, so they would not overlap otherwise.</summary>
    private async Task RunConcurrentlyAsync() =>
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PledgeFollowUps>().RunAsync(CancellationToken.None);
        })));

    private async Task<List<OutboxMessage>> FollowUpsToAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>()
            .Where(m => m.Kind == PledgeEmails.FollowUpKind && m.Recipient == email).ToListAsync();
    }

    private async Task<int> HonouredShownAsync()
    {
        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/pledge");
        return int.Parse(page.Page.QuerySelector("#pledges-honoured")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The emailed link for one answer, as a path the test client opens.</summary>
    private static string Link(string body, string answer) =>
        new Uri(FollowUpLink().Matches(body).Select(m => m.Value).Single(url => url.EndsWith("answer=" + answer, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex(@"https://portal\.test/pledge/follow-up/\S+")]
    private static partial Regex FollowUpLink();
}
