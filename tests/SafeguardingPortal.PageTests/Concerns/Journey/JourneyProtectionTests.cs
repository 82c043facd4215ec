using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>Spam without a CAPTCHA (security.md §9): suspected robots are quarantined, never dropped; floods get 429.</summary>
public sealed class JourneyProtectionTests : IDisposable
{
    private readonly PortalFactory portal = new() { Settings = { ["RateLimits:FormPermitLimit"] = "2", ["RateLimits:FormWindowSeconds"] = "600" } };

    public void Dispose() => portal.Dispose();

    private async Task<JourneyClient> UpToCheckAnswersAsync(string honeypot = "")
    {
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        await j.OpenAsync("/report/immediate-danger");
        await j.AnswerAsync(("answer", "no"), ("website", honeypot));
        await j.ChooseAsync("yes");
        await j.ChooseAsync("someoneElse");
        await j.ChooseAsync("public");
        await j.PersonAsync(7, "EC2V 7HH", "atHome", "neglect");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        return await j.FinishAnonymouslyAsync();
    }


    private async Task<Concern> ByReferenceAsync(JourneyClient j)
    {
        var reference = j.Page.QuerySelector(".govuk-panel__body strong")!.TextContent;
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Concern>().SingleAsync(c => c.Reference == reference);
    }

    private async Task<int> OutboxRowsAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().CountAsync();
    }

    [Fact]
    public async Task AFilledInHoneypot_IsQuarantined_AndTheReporterSeesTheNormalConfirmation()
    {
        var j = await UpToCheckAnswersAsync(honeypot: "https://spam.example");
        portal.Time.Now += TimeSpan.FromMinutes(5);
        var outbox = await OutboxRowsAsync();

        await j.AnswerAsync();

        Assert.Equal("/report/confirmation", j.Path);
        Assert.Contains("Report sent", j.Heading);
        var concern = await ByReferenceAsync(j);
        Assert.Equal(ConcernStatus.Quarantined, concern.Status);
        Assert.Contains("honeypot", concern.QuarantineReason, StringComparison.Ordinal);
        Assert.Equal(outbox, await OutboxRowsAsync());
    }

    [Fact]
    public async Task AJourneyFasterThanAPersonCouldAnswer_IsQuarantined()
    {
        var j = await UpToCheckAnswersAsync();

        await j.AnswerAsync();

        var concern = await ByReferenceAsync(j);
        Assert.Equal(ConcernStatus.Quarantined, concern.Status);
        Assert.Equal("The whole journey took 0 seconds.", concern.QuarantineReason);
    }

    [Fact]
    public async Task OverTheLimitPerAddress_Is429WithRetryAfter_TheNumbers_AndTheAnswersKept()
    {
        for (var i = 0; i < 2; i++)
        {
            var ok = await UpToCheckAnswersAsync();
            portal.Time.Now += TimeSpan.FromMinutes(5);
            await ok.AnswerAsync();
            Assert.Equal("/report/confirmation", ok.Path);
        }

        var j = await UpToCheckAnswersAsync();
        var token = j.Page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await j.Http.PostAsync("/report/submit", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("999", page, StringComparison.Ordinal);
        Assert.Contains("020 7332 3621", page, StringComparison.Ordinal);
        Assert.Contains("Your answers are kept", page, StringComparison.Ordinal);
        await j.OpenAsync("/report/check-answers");
        Assert.Equal("/report/check-answers", j.Path);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryToken_IsRefused()
    {
        var client = portal.CreateBrowserlessClient();

        using var response = await client.PostAsync("/report/immediate-danger", new FormUrlEncodedContent([new("answer", "no")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A form the server cannot read (a null character) is refused with the 400 page, which still gives the numbers.</summary>
    [Fact]
    public async Task AFormThatCannotBeRead_Is400_NotAServerError()
    {
        var client = portal.CreateBrowserlessClient();

        using var response = await client.PostAsync("/report/immediate-danger", new StringContent("answer=%00", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A double press of "Send report" saves one concern: the draft's version makes the second commit roll back whole.</summary>
    [Fact]
    public async Task TheSameReportSentTwiceAtOnce_IsSavedOnce()
    {
        var j = await UpToCheckAnswersAsync();
        portal.Time.Now += TimeSpan.FromMinutes(5);
        var token = j.Page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var first = portal.Services.CreateScope();
        using var second = portal.Services.CreateScope();
        var drafts = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<PortalDbContext>()).ToList();
        var loaded = await Task.WhenAll(drafts.Select(db => db.Set<ReportDraft>().SingleAsync()));

        loaded[0].Version++;
        await drafts[0].SaveChangesAsync();
        loaded[1].Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => drafts[1].SaveChangesAsync());

        // The conflict let go of SQLite's write gate: the next write does not wait for ever.
        loaded[0].Version++;
        await drafts[0].SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => j.Http.PostAsync("/report/submit", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))));

        Assert.All(responses, r => Assert.Equal("/report/confirmation", r.Headers.Location?.ToString()));
        using var scope = portal.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Concern>().CountAsync());
    }
}
